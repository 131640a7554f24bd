import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { createAuthAdapter } from "./adapter";

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

describe("sessions", () => {
  it("of a disabled account are refused on the next request, and removed", async () => {
    await withRollback(handle.db, async (tx) => {
      const [user] = await tx.insert(users).values({ email: "session.desactivee@test.example", name: "Désactivée" }).returning({ id: users.id });
      await tx.execute(sql`INSERT INTO sessions (session_token, user_id, expires) VALUES ('disabled-next', ${user!.id}, now() + interval '1 day')`);
      const adapter = createAuthAdapter(tx);
      expect(await adapter.getSessionAndUser!("disabled-next")).toMatchObject({ user: { id: user!.id }, session: { sessionToken: "disabled-next" } });
      // Disabled behind the session's back (no back-office call to end its sessions): the lookup itself refuses it.
      await tx.execute(sql`UPDATE users SET disabled_at = now() WHERE id = ${user!.id}`);
      expect(await adapter.getSessionAndUser!("disabled-next")).toBeNull();
      const [left] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM sessions WHERE user_id = ${user!.id}`);
      expect(left!.count).toBe(0);
    });
  });

  it("record the visit at most once a day, and withdraw an inactivity warning at once", async () => {
    await withRollback(handle.db, async (tx) => {
      const start = new Date("2026-03-01T08:00:00Z");
      const [user] = await tx.insert(users).values({ email: "visite@test.example", name: "Visite" }).returning({ id: users.id });
      await tx.execute(sql`INSERT INTO sessions (session_token, user_id, expires) VALUES ('visit', ${user!.id}, '2026-04-01T00:00:00Z')`);
      const seen = async () => {
        const [row] = await queryRows<{ lastSeenAt: string | null; warned: boolean }>(
          tx,
          sql`SELECT to_char(last_seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS "lastSeenAt", inactivity_warned_at IS NOT NULL AS warned FROM users WHERE id = ${user!.id}`,
        );
        return row;
      };
      const at = (hours: number) => createAuthAdapter(tx, () => new Date(start.getTime() + hours * 3600_000));
      await at(0).getSessionAndUser!("visit");
      expect(await seen()).toEqual({ lastSeenAt: "2026-03-01T08:00", warned: false });
      await at(23).getSessionAndUser!("visit");
      expect(await seen()).toEqual({ lastSeenAt: "2026-03-01T08:00", warned: false });
      await at(24).getSessionAndUser!("visit");
      expect(await seen()).toEqual({ lastSeenAt: "2026-03-02T08:00", warned: false });
      await tx.execute(sql`UPDATE users SET inactivity_warned_at = '2026-03-02T09:00:00Z' WHERE id = ${user!.id}`);
      await at(26).getSessionAndUser!("visit");
      expect(await seen()).toEqual({ lastSeenAt: "2026-03-02T10:00", warned: false });
    });
  });
});
