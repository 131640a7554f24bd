// A server of its own for the access tests (`npm start` on a fresh embedded database with the demo data), which
// they can stop to read the database: PGlite lets one process at a time open its data folder, and the app exposes
// its database to nobody else. Between two stops, a fingerprint of every table tells whether anything was written.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows, type DatabaseHandle, type Executor } from "../../db/client";

export class AppServer {
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), "alliances-access-"));
  readonly baseURL: string;
  private process: ChildProcess | null = null;
  private log = "";

  constructor(readonly port: number) {
    this.baseURL = `http://localhost:${port}`;
  }

  async start(timeoutMs = 240_000): Promise<void> {
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    this.log = "";
    const child = spawn(tsx, ["lib/cli/start.ts"], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, PORT: String(this.port), DATA_DIR: this.dataDir, PUBLIC_URL: this.baseURL, DEMO_DATA: "true", DEV_MAILBOX: "true" },
    });
    child.stdout?.on("data", (chunk: Buffer) => (this.log += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (this.log += chunk.toString()));
    this.process = child;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the server stopped while starting:\n${this.log}`);
      try {
        const response = await fetch(`${this.baseURL}/api/health`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the server did not start in ${timeoutMs / 1000} s:\n${this.log}`);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    // The whole group: the start script and the `next start` it spawned.
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
    // `next start` may outlive the script by a moment: wait until the port is free.
    for (let attempt = 0; attempt < 60; attempt += 1) {
      try {
        await fetch(`${this.baseURL}/api/health`);
      } catch {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    this.process = null;
  }

  /** Stops the server and deletes its data folder. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Opens the stopped server's database, runs `work` on it, closes it. */
  async withDatabase<T>(work: (db: Executor, handle: DatabaseHandle) => Promise<T>): Promise<T> {
    if (this.process) throw new Error("stop the server before opening its database");
    const handle = await openDatabase({ engine: "pglite", dataDir: this.dataDir });
    try {
      return await work(handle.db, handle);
    } finally {
      await handle.close();
    }
  }
}

// Tables a running service writes whatever the requests: sessions (Auth.js extends them as they are used),
// sign-in tokens, rate-limit counters. Everything else, the mails of the outbox and the audit log included, must
// stay as it was when no one was allowed to change anything.
const VOLATILE_TABLES = new Set(["sessions", "verification_tokens", "rate_limits"]);
// Of the outbox, the mails themselves: their delivery state belongs to the outbox's worker, which without SMTP marks
// each mail printed on the console whatever the requests do (lib/server/jobs.ts). A mail sent by a request still shows.
const CHECKED_COLUMNS: Record<string, string> = { mail_outbox: "id, to_address, subject, text_body, html_body, template, created_at" };

export type TableChecksums = Record<string, string>;

/** Per table, its row count and a checksum of its rows. */
export async function tableChecksums(db: Executor): Promise<TableChecksums> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const checksums: TableChecksums = {};
  for (const { name } of tables) {
    if (VOLATILE_TABLES.has(name) || name.startsWith("__")) continue;
    const [row] = await queryRows<{ rows: number; checksum: string }>(
      db,
      sql.raw(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text), '')) AS checksum
         FROM (SELECT ${CHECKED_COLUMNS[name] ?? "*"} FROM "${name}") t`,
      ),
    );
    checksums[name] = `${row?.rows ?? 0} rows, ${row?.checksum ?? ""}`;
  }
  return checksums;
}

/** The tables whose rows differ between two checksums, with both values. */
export function changedTables(before: TableChecksums, after: TableChecksums): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).map((name) => `${name}: ${before[name] ?? "absent"} → ${after[name] ?? "absent"}`);
}
