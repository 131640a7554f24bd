// Opens the lane's prepared database inside a test file: a private copy of the PGlite template, or a
// connection to the lane's scratch Postgres database.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "../client";

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const target = inject("testDatabase");
  // Guards the lanes themselves: a "postgres" lane quietly running on PGlite would prove nothing.
  if (target.engine !== process.env.TEST_DB_ENGINE) {
    throw new Error(`lane ${process.env.TEST_DB_ENGINE} was given a ${target.engine} database`);
  }
  if (target.engine === "postgres") return openDatabase({ engine: "postgres", url: target.url, maxConnections: 4 });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "alliances-test-"));
  cpSync(target.templateDir, dataDir, { recursive: true });
  const handle = await openDatabase({ engine: "pglite", dataDir });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
