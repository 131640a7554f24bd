// Backup and restore of either engine, for `npm run backup` / `npm run restore` and their test.
// - PostgreSQL server: pg_dump's custom format, restored with pg_restore into an empty database in one transaction.
// - Embedded PGlite: its data folder as a gzipped tarball (PGlite's dumpDataDir), loaded into an empty folder. It is
//   a physical copy: it restores with the same PGlite version (the one in package-lock.json).
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { openDatabase, parsedRows, type DatabaseHandle, type DatabaseOptions } from "./client";

export class BackupError extends Error {}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on("error", (error) => reject(new BackupError(`${command}: ${error.message} (is the PostgreSQL client installed?)`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} exited with ${code}: ${errors.trim()}`))));
  });
}

/** Writes a backup of the open database to `file`. PGlite: the server must not be running on the same folder. */
export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<void> {
  if (handle.engine === "postgres") {
    // Custom format: compressed, restorable table by table; no owners or grants, so any role can restore it.
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${handle.url}`]);
    return;
  }
  if (!handle.dumpDataDir) throw new BackupError("this PGlite handle cannot dump its data folder");
  const tarball = await handle.dumpDataDir();
  await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
}

/** Restores `file` into an empty database (PostgreSQL) or a missing or empty data folder (PGlite). */
export async function restoreDatabase(target: DatabaseOptions, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`no backup file ${file}`);
  if (target.engine === "postgres") {
    const handle = await openDatabase({ ...target, maxConnections: 1 });
    try {
      const [row] = await parsedRows(
        handle.db,
        sql`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`,
        z.object({ tables: z.number() }),
      );
      if ((row?.tables ?? 0) > 0) throw new BackupError("the target database is not empty: restore into a new database (createdb)");
    } finally {
      await handle.close();
    }
    await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${target.url}`, file]);
    return;
  }
  if (!target.dataDir) throw new BackupError("restoring PGlite needs a data folder (DATA_DIR)");
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new BackupError(`the data folder ${path.resolve(target.dataDir)} is not empty: restore into a new folder`);
  }
  const handle = await openDatabase({ engine: "pglite", dataDir: target.dataDir, loadDataDir: new Blob([await readFile(file)]) });
  await handle.close();
}
