import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { createAuthAdapter } from "./auth-adapter";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("sign-in links", () => {
  it("are good once, and not after they expire", async () => {
    await withRollback(handle.db, async (tx) => {
      const now = new Date("2026-11-30T10:00:00Z");
      const adapter = createAuthAdapter(tx, () => now);
      const identifier = "lien@test.example";
      await adapter.createVerificationToken!({ identifier, token: "fresh-token", expires: new Date(now.getTime() + 10 * 60_000) });
      await adapter.createVerificationToken!({ identifier, token: "old-token", expires: new Date(now.getTime() - 1_000) });

      expect(await adapter.useVerificationToken!({ identifier, token: "fresh-token" })).toMatchObject({ identifier, token: "fresh-token" });
      // Used: gone. Expired: refused, and removed too.
      expect(await adapter.useVerificationToken!({ identifier, token: "fresh-token" })).toBeNull();
      expect(await adapter.useVerificationToken!({ identifier, token: "old-token" })).toBeNull();
      expect(await adapter.useVerificationToken!({ identifier, token: "never-issued" })).toBeNull();
      const [left] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM verification_tokens WHERE identifier = ${identifier}`);
      expect(left!.count).toBe(0);
    });
  });
});
