// What the running server has stored, read without touching it: its embedded database folder is copied (the copy
// is what a crash would leave, which Postgres recovers from its write-ahead log on opening) and the copy is opened
// on its own, so the server keeps its folder to itself. Per table: the row count, and for the tables the seed fills
// a checksum of every row (db/testing/fingerprint.ts), so an update shows as well as an insert.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "../../db/client";
import { fingerprintDatabase } from "../../db/testing/fingerprint";

export type StorageSnapshot = Record<string, { rows: number; checksum?: string }>;

export async function snapshotStorage(dataDir: string): Promise<StorageSnapshot> {
  const copy = mkdtempSync(path.join(os.tmpdir(), "alliances-fuzz-snapshot-"));
  try {
    cpSync(dataDir, copy, { recursive: true });
    const handle = await openDatabase({ engine: "pglite", dataDir: copy });
    try {
      const { tables } = await fingerprintDatabase(handle.db);
      const snapshot: StorageSnapshot = { ...tables };
      // The operational tables the fingerprint leaves out: their counts.
      const names = await queryRows<{ name: string }>(
        handle.db,
        sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      );
      for (const { name } of names) {
        if (snapshot[name]) continue;
        const [row] = await queryRows<{ rows: number }>(handle.db, sql.raw(`SELECT count(*)::int AS rows FROM "${name}"`));
        snapshot[name] = { rows: row?.rows ?? 0 };
      }
      return snapshot;
    } finally {
      await handle.close();
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
