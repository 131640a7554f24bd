// A throwaway PostgreSQL cluster for the fault tests (initdb + pg_ctl in a temporary folder, on a port of its own),
// so that a test can stop and restart "the database" without touching any server others use. Run as the
// `postgres` system user when the tests run as root (PostgreSQL refuses root), as the current user otherwise.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(path.join(root, name, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL server binaries not found: install PostgreSQL or set PG_BIN to the folder of initdb and pg_ctl");
  return path.join(root, newest, "bin");
}

export class ThrowawayCluster {
  readonly folder: string;
  private readonly bin = postgresBin();
  private readonly asRoot = process.getuid?.() === 0;
  private running = false;

  constructor(readonly port: number) {
    this.folder = mkdtempSync(path.join(os.tmpdir(), "alliances-resilience-pg-"));
    if (this.asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
      chownSync(this.folder, uid, gid);
    }
    chmodSync(this.folder, 0o700);
  }

  get dataDir(): string {
    return path.join(this.folder, "data");
  }

  /** The URL of a database of this cluster. */
  url(database = "postgres"): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private run(tool: string, args: string[]): string {
    const command = path.join(this.bin, tool);
    const [file, fullArgs] = this.asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, fullArgs, { encoding: "utf8", cwd: this.folder });
    if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
    return result.stdout;
  }

  init(): void {
    this.run("initdb", ["-D", this.dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  }

  start(): void {
    // Durability is not what these tests measure: no fsync, like a developer's scratch database.
    const options = `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    this.run("pg_ctl", ["-D", this.dataDir, "-l", path.join(this.folder, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
    this.running = true;
  }

  /** Stops the server the way an operator or a crash would: open sessions are cut at once. */
  stop(mode: "fast" | "immediate" = "fast"): void {
    if (!this.running) return;
    this.run("pg_ctl", ["-D", this.dataDir, "-m", mode, "-w", "-t", "60", "stop"]);
    this.running = false;
  }

  destroy(): void {
    try {
      this.stop("immediate");
    } catch {
      // Already stopped, or never started.
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}
