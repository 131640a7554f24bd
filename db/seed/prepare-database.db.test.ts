import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows, type DatabaseHandle } from "../client";
import { fingerprintDatabase } from "../testing/fingerprint";
import { openTestDatabase } from "../testing/test-database";
import { DEMO_USERS } from "./demo-network";
import { prepareDatabase } from "./prepare-database";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("preparing the database", () => {
  it("loads the demo network on an empty database: catalysts, organisations, needs and offers, users, introductions", async () => {
    const { tables } = await fingerprintDatabase(handle.db);
    expect(tables.communes?.rows).toBe(34_969);
    expect(tables.catalysts?.rows).toBe(350);
    expect(tables.organisations?.rows).toBe(5_000);
    expect(tables.needs_offers?.rows).toBeGreaterThan(10_000);
    expect(tables.users?.rows).toBe(DEMO_USERS.length);
    expect(tables.introductions?.rows).toBe(300);
    expect(tables.introduction_events?.rows).toBeGreaterThan(900);
    // Told from today: pending requests are younger than 30 days, so the first scheduled run expires none of them.
    const [pending] = await queryRows<{ pending: number; stale: number; future: number }>(
      handle.db,
      sql`SELECT count(*) FILTER (WHERE status IN ('submitted', 'forwarded'))::int AS pending,
                 count(*) FILTER (WHERE status IN ('submitted', 'forwarded') AND created_at <= now() - interval '30 days')::int AS stale,
                 count(*) FILTER (WHERE updated_at > now())::int AS future
          FROM introductions`,
    );
    expect(pending!.pending).toBeGreaterThan(0);
    expect(pending!.stale).toBe(0);
    expect(pending!.future).toBe(0);
  });

  it("changes nothing when run again (every start runs it)", async () => {
    const before = await fingerprintDatabase(handle.db);
    const report = await prepareDatabase(handle, { demo: true });
    expect(report).toEqual({ territoriesLoaded: false, demoLoaded: false });
    expect(await fingerprintDatabase(handle.db)).toEqual(before);
  });

  it("gives a fresh PGlite folder exactly the same schema and data as this lane's database", async () => {
    // On the PGlite lane this proves run-to-run identity; on the Postgres lane, engine-to-engine identity.
    const folder = mkdtempSync(path.join(os.tmpdir(), "alliances-fresh-"));
    const fresh = await openDatabase({ engine: "pglite", dataDir: folder });
    try {
      await prepareDatabase(fresh, { demo: true });
      const [mine, theirs] = [await fingerprintDatabase(handle.db), await fingerprintDatabase(fresh.db)];
      expect(theirs.columns).toEqual(mine.columns);
      expect(theirs.indexes).toEqual(mine.indexes);
      expect(theirs.tables).toEqual(mine.tables);
    } finally {
      await fresh.close();
      rmSync(folder, { recursive: true, force: true });
    }
    expect(handle.engine).toBe(process.env.TEST_DB_ENGINE);
    expect(inject("testDatabase").engine).toBe(handle.engine);
  });
});
