// The bound every query of the app's pool gets on PostgreSQL (STATEMENT_TIMEOUT_MS, lib/server/db.ts), and only there.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./testing/test-database";
import { openDatabase, queryRows, type DatabaseHandle } from "./client";

// PGlite cannot interrupt a running statement (WASM has no timer signal) and ignores statement_timeout: there the
// bound is the input caps of lib/shared/search-terms.ts. Only a real server can show the cancellation.
describe.skipIf(process.env.TEST_DB_ENGINE !== "postgres")("statement timeout (PostgreSQL only: PGlite cannot cancel a running statement)", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("a pool opened with a statement timeout cancels a longer query with 57014, and stays usable", async () => {
    const bounded = await openDatabase({ engine: "postgres", url: handle.url!, maxConnections: 1, statementTimeoutMs: 200 });
    try {
      const started = Date.now();
      const error: unknown = await bounded.db.execute(sql`SELECT pg_sleep(2)`).then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(Date.now() - started).toBeLessThan(1_500);
      const causes: { code?: string }[] = [];
      for (let item = error as { code?: string; cause?: unknown } | undefined; item; item = item.cause as typeof item) causes.push(item);
      expect(causes.map((item) => item.code)).toContain("57014");
      expect(await queryRows<{ ok: number }>(bounded.db, sql`SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
      expect(await queryRows<{ statement_timeout: string }>(bounded.db, sql`SHOW statement_timeout`)).toEqual([{ statement_timeout: "200ms" }]);
    } finally {
      await bounded.close();
    }
  });

  it("a handle opened without the option (migrations, CLI scripts, seeds) has no timeout", async () => {
    const plain = await openDatabase({ engine: "postgres", url: handle.url!, maxConnections: 1 });
    try {
      expect(await queryRows<{ statement_timeout: string }>(plain.db, sql`SHOW statement_timeout`)).toEqual([{ statement_timeout: "0" }]);
    } finally {
      await plain.close();
    }
  });
});
