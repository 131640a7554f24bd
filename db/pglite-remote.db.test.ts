// PGlite in a worker thread (db/pglite-remote.ts), as the app's server opens it: the same answers as in the thread
// (rows, dates as text for drizzle, PostgreSQL's error fields, transactions that commit, roll back or fail at
// COMMIT), while the app's thread keeps running during a long statement — which the in-thread engine cannot do.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, queryRows, type DatabaseHandle } from "./client";

/** How many 5 ms timer ticks the app's thread got while `work` ran, and how long it took. */
async function ticksDuring(work: () => Promise<unknown>): Promise<{ ticks: number; ms: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { ticks, ms: performance.now() - started };
}

const LONG_QUERY = sql`SELECT count(*)::int AS n FROM generate_series(1, 4000000) AS g WHERE g % 7 = 3`;

describe.skipIf(process.env.TEST_DB_ENGINE !== "pglite")("PGlite in a worker thread", () => {
  let remote: DatabaseHandle;
  let local: DatabaseHandle;
  beforeAll(async () => {
    [remote, local] = await Promise.all([openDatabase({ engine: "pglite", dataDir: null, worker: true }), openDatabase({ engine: "pglite", dataDir: null })]);
    await remote.exec(`
      CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, at timestamptz NOT NULL DEFAULT '2026-12-01T10:00:00Z', data jsonb, bytes bytea);
      CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit' USING ERRCODE = 'P0042'; END $$;
      CREATE TABLE guarded (id int);
      CREATE CONSTRAINT TRIGGER guarded_commit AFTER INSERT ON guarded DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit();
    `);
  });
  afterAll(async () => {
    await Promise.all([remote?.close(), local?.close()]);
  });

  it("answers drizzle's queries as the engine in the thread does", async () => {
    await remote.db.execute(sql`INSERT INTO items (id, name, data, bytes) VALUES (1, 'un', '{"a": [1, 2]}', '\\x0102ff')`);
    const [row] = await queryRows<{ id: number; name: string; at: string; data: unknown; bytes: Uint8Array }>(
      remote.db,
      sql`SELECT id, name, at, data, bytes FROM items WHERE id = ${1}`,
    );
    expect(row).toMatchObject({ id: 1, name: "un", data: { a: [1, 2] } });
    expect([...row!.bytes]).toEqual([1, 2, 255]);
    // Drizzle asks for timestamps as text: they stay text, as in the thread.
    expect(typeof row!.at).toBe("string");
    const [same] = await queryRows<{ at: string }>(local.db, sql`SELECT '2026-12-01T10:00:00Z'::timestamptz AS at`);
    expect(row!.at).toBe(same!.at);
  });

  it("carries PostgreSQL's error fields, and transactions commit, roll back, or fail at COMMIT", async () => {
    const duplicate: unknown = await remote.db.execute(sql`INSERT INTO items (id, name) VALUES (1, 'deux')`).catch((error: unknown) => error);
    const causes: { code?: string; constraint?: string }[] = [];
    for (let item = duplicate as { code?: string; cause?: unknown } | undefined; item; item = item.cause as typeof item) causes.push(item);
    expect(causes.map((item) => item.code)).toContain("23505");
    expect(causes.map((item) => item.constraint)).toContain("items_pkey");

    await remote.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO items (id, name) VALUES (2, 'deux')`);
    });
    await expect(
      remote.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO items (id, name) VALUES (3, 'trois')`);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await expect(
      remote.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO guarded VALUES (1)`);
      }),
    ).rejects.toMatchObject({ code: "P0042" });
    expect(await queryRows<{ id: number }>(remote.db, sql`SELECT id FROM items ORDER BY id`)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await queryRows<{ n: number }>(remote.db, sql`SELECT count(*)::int AS n FROM guarded`)).toEqual([{ n: 0 }]);
  });

  it("makes a statement outside a transaction wait for its end, as PGlite's lock does", async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = remote.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE items SET name = 'un bis' WHERE id = 1`);
      await held;
      order.push("transaction ends");
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outside = queryRows<{ name: string }>(remote.db, sql`SELECT name FROM items WHERE id = 1`).then((rows) => {
      order.push("outside answered");
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await transaction;
    expect(await outside).toEqual([{ name: "un bis" }]);
    expect(order).toEqual(["transaction ends", "outside answered"]);
  });

  it("leaves the app's thread free during a long statement, where the engine in the thread blocks it", async () => {
    const inWorker = await ticksDuring(() => queryRows(remote.db, LONG_QUERY));
    const inThread = await ticksDuring(() => queryRows(local.db, LONG_QUERY));
    // Both ran long enough to tell (tens of ticks); only the worker's left the timers running.
    expect(inThread.ms).toBeGreaterThan(100);
    expect(inThread.ticks).toBeLessThanOrEqual(2);
    expect(inWorker.ticks).toBeGreaterThanOrEqual(Math.floor(inWorker.ms / 5 / 4));
    expect(inWorker.ticks).toBeGreaterThan(5);
  });
});
