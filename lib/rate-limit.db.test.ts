import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { consumeRateLimit } from "./rate-limit";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  // The lane's database is shared with other test files: leave no counters behind.
  await handle?.db.execute(sql`DELETE FROM rate_limits WHERE key LIKE 'test-%'`);
  await handle?.close();
});

describe("rate limits in Postgres", () => {
  const rule = { name: `test-${Math.random().toString(36).slice(2)}`, limit: 3, windowSeconds: 600 };

  it("allows up to the limit in a window, then says how long to wait", async () => {
    const now = new Date("2026-11-22T10:05:00Z");
    const verdicts = [];
    for (let attempt = 0; attempt < 5; attempt += 1) verdicts.push(await consumeRateLimit(handle.db, rule, "a@b.example", now));
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    // The 10-minute window started at 10:00, so it ends in 5 minutes.
    expect(verdicts[3]).toEqual({ allowed: false, retryAfterSeconds: 300 });
    expect(verdicts[4]).toEqual({ allowed: false, retryAfterSeconds: 300 });
  });

  it("counts each subject separately and starts afresh in the next window", async () => {
    const now = new Date("2026-11-22T10:05:00Z");
    expect(await consumeRateLimit(handle.db, rule, "other@b.example", now)).toEqual({ allowed: true });
    expect(await consumeRateLimit(handle.db, rule, "A@B.example ", new Date("2026-11-22T10:11:00Z"))).toEqual({ allowed: true });
  });

  it("holds across connections, as across app instances", async () => {
    const shared = { ...rule, name: `${rule.name}-parallel` };
    const now = new Date("2026-11-22T12:00:00Z");
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => consumeRateLimit(handle.db, shared, "x@y.example", now)));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(3);
  });
});
