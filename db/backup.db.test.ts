import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, backupDatabase, restoreDatabase } from "./backup";
import { openDatabase, type DatabaseHandle, type DatabaseOptions } from "./client";
import { fingerprintDatabase } from "./testing/fingerprint";
import { createScratchDatabase, dropScratchDatabase } from "./testing/scratch-database";
import { tableChecksums } from "./testing/table-checksums";
import { openTestDatabase } from "./testing/test-database";

let handle: DatabaseHandle;
const folder = mkdtempSync(path.join(os.tmpdir(), "alliances-backup-"));
const cleanUps: (() => Promise<void>)[] = [];
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
  for (const cleanUp of cleanUps) await cleanUp();
  rmSync(folder, { recursive: true, force: true });
});

/** A new, empty database of the lane's engine to restore into. */
async function emptyTarget(): Promise<DatabaseOptions> {
  if (handle.engine === "pglite") return { engine: "pglite", dataDir: path.join(folder, "restored") };
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const url = await createScratchDatabase(adminUrl);
  cleanUps.push(() => dropScratchDatabase(adminUrl, url));
  return { engine: "postgres", url };
}

describe("backup and restore", () => {
  it("a backup of the demo database restored into an empty one holds the same rows in every table, and the same schema", async () => {
    const file = path.join(folder, handle.engine === "pglite" ? "alliances.tar.gz" : "alliances.dump");
    await backupDatabase(handle, file);
    expect(statSync(file).size).toBeGreaterThan(100_000);

    const target = await emptyTarget();
    await restoreDatabase(target, file);
    const restored = await openDatabase(target);
    try {
      const [original, copy] = [await tableChecksums(handle.db), await tableChecksums(restored.db)];
      // The demo database: every table compared, the big ones with their rows.
      expect(Object.keys(original).length).toBeGreaterThan(20);
      expect(original.communes!.rows).toBe(34_969);
      expect(original.organisations!.rows).toBeGreaterThan(4_000);
      expect(copy).toEqual(original);
      // Columns (generated ones included) and indexes (the GiST and trigram ones included) came back too.
      const [schema, restoredSchema] = [await fingerprintDatabase(handle.db), await fingerprintDatabase(restored.db)];
      expect(restoredSchema.columns).toEqual(schema.columns);
      expect(restoredSchema.indexes).toEqual(schema.indexes);
      // And the restored database works: a full-text and a nearest-point query.
      await restored.exec("SELECT id FROM organisations WHERE search_vector @@ plainto_tsquery('fr_unaccent', 'association') LIMIT 1");
    } finally {
      await restored.close();
    }
  });

  it("refuses to restore over a database that has data", async () => {
    // The folder holds this very file (PGlite); the lane's database holds the demo (PostgreSQL).
    const file = path.join(folder, "refused.backup");
    await backupDatabase(handle, file);
    const target: DatabaseOptions = handle.engine === "pglite" ? { engine: "pglite", dataDir: folder } : { engine: "postgres", url: handle.url! };
    await expect(restoreDatabase(target, file)).rejects.toBeInstanceOf(BackupError);
  });
});
