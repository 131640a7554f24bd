import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { PEER_ADDRESS_HEADER } from "./http/client-address";
import { admitSignInLinkRequest, consumeRateLimit } from "./rate-limit";

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

describe("sign-in link requests", () => {
  const now = new Date("2026-11-22T14:05:00Z");
  const from = (peer: string, forwardedFor?: string) =>
    new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

  it("count every spelling of one mailbox as one address (5 per 15 minutes), and refuse the ones Auth.js would cut", async () => {
    // In a rolled-back transaction: the sign-in counters' keys are the real ones, other files must not see them.
    await withRollback(handle.db, async (tx) => {
      const spellings = [
        "victim@limit.example",
        " Victim@Limit.Example",
        "ｖｉｃｔｉｍ@ｌｉｍｉｔ.ｅｘａｍｐｌｅ",
        "VICTIM@LIMIT.EXAMPLE\t",
        "victim＠limit．example",
      ];
      const verdicts = [];
      // Each from its own client, so that only the per-address limit can refuse.
      for (const [index, email] of spellings.entries())
        verdicts.push(await admitSignInLinkRequest(tx, { email, headers: from(`192.0.2.${index + 1}`) }, 0, now));
      expect(verdicts).toEqual(spellings.map(() => ({ allowed: true, identifier: "victim@limit.example" })));
      expect(await admitSignInLinkRequest(tx, { email: "victim@limit.example,1", headers: from("192.0.2.10") }, 0, now)).toEqual({
        allowed: false,
        reason: "invalid_email",
      });
      expect(await admitSignInLinkRequest(tx, { email: "Victim@limit.example", headers: from("192.0.2.11") }, 0, now)).toEqual({
        allowed: false,
        reason: "rate_limited",
        retryAfterSeconds: 600,
      });
    });
  });

  it("count one client as one, whatever X-Forwarded-For it writes (30 per hour)", async () => {
    await withRollback(handle.db, async (tx) => {
      const verdicts = [];
      for (let attempt = 0; attempt < 31; attempt += 1) {
        const forged = `198.51.100.${attempt}`;
        verdicts.push(await admitSignInLinkRequest(tx, { email: `client${attempt}@limit.example`, headers: from("203.0.113.5", forged) }, 0, now));
      }
      expect(verdicts.slice(0, 30).every((verdict) => verdict.allowed)).toBe(true);
      expect(verdicts[30]).toEqual({ allowed: false, reason: "rate_limited", retryAfterSeconds: 55 * 60 });
      // Behind one trusted proxy the client is the entry that proxy appended, whatever comes before it.
      const behindProxy = [];
      for (let attempt = 0; attempt < 31; attempt += 1) {
        const headers = from("10.0.0.2", `198.51.100.${attempt}, 203.0.113.6`);
        behindProxy.push(await admitSignInLinkRequest(tx, { email: `proxied${attempt}@limit.example`, headers }, 1, now));
      }
      expect(behindProxy.slice(0, 30).every((verdict) => verdict.allowed)).toBe(true);
      expect(behindProxy[30]).toMatchObject({ allowed: false, reason: "rate_limited" });
    });
  });
});
