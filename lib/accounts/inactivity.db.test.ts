import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { recordVisit, runInactivitySchedule } from "./inactivity";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const URL = "http://localhost:3000";
const DAY = 24 * 3600 * 1000;
// A fake clock in the past: every account of the shared database was created after it, so only ours are inactive.
const START = new Date("2001-03-15T09:00:00Z");
const monthsAfter = (months: number, days = 0) => {
  const date = new Date(START);
  date.setUTCMonth(date.getUTCMonth() + months);
  return new Date(date.getTime() + days * DAY);
};

async function newUser(db: Executor, email: string, values: Partial<typeof users.$inferInsert> = {}): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email, name: "Inactif", createdAt: START, ...values })
    .returning({ id: users.id });
  return row!.id;
}

async function mailsTo(db: Executor, email: string) {
  return queryRows<{ subject: string; template: string; text: string }>(
    db,
    sql`SELECT subject, template, text_body AS text FROM mail_outbox WHERE to_address = ${email} ORDER BY id`,
  );
}

async function exists(db: Executor, id: string): Promise<boolean> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.id, id))).length === 1;
}

describe("inactive accounts", () => {
  it("are warned at 24 months without a visit, not before, in their language, once", async () => {
    await withRollback(handle.db, async (tx) => {
      const neverSeen = await newUser(tx, "jamais.vu@inactif.example");
      const english = await newUser(tx, "never.back@inactif.example", { locale: "en", lastSeenAt: monthsAfter(1) });

      expect(await runInactivitySchedule(tx, URL, monthsAfter(24, -1))).toEqual({ warned: 0, deleted: 0 });
      expect(await mailsTo(tx, "jamais.vu@inactif.example")).toEqual([]);

      expect(await runInactivitySchedule(tx, URL, monthsAfter(24))).toEqual({ warned: 1, deleted: 0 });
      const [warning] = await mailsTo(tx, "jamais.vu@inactif.example");
      expect(warning).toMatchObject({ template: "account.inactivity-warning", subject: expect.stringContaining("supprimé") });
      expect(warning!.text).toContain("14 avril 2003");
      expect(await runInactivitySchedule(tx, URL, monthsAfter(24, 10))).toEqual({ warned: 0, deleted: 0 });
      expect(await mailsTo(tx, "jamais.vu@inactif.example")).toHaveLength(1);

      // Seen a month later, so warned a month later, in English (when the first one's notice has run out).
      expect(await mailsTo(tx, "never.back@inactif.example")).toEqual([]);
      expect(await runInactivitySchedule(tx, URL, monthsAfter(25))).toEqual({ warned: 1, deleted: 1 });
      expect(await mailsTo(tx, "never.back@inactif.example")).toMatchObject([{ subject: expect.stringContaining("deleted for inactivity") }]);
      expect(await exists(tx, neverSeen)).toBe(false);
      expect(await exists(tx, english)).toBe(true);
    });
  });

  it("are deleted 30 days after the warning, not before, with an audit row that does not name them", async () => {
    await withRollback(handle.db, async (tx) => {
      const id = await newUser(tx, "supprime.apres@inactif.example");
      await tx.execute(sql`INSERT INTO sessions (session_token, user_id, expires) VALUES ('inactive-session', ${id}, ${START.toISOString()})`);
      await runInactivitySchedule(tx, URL, monthsAfter(24));
      expect(await runInactivitySchedule(tx, URL, monthsAfter(24, 29.9))).toEqual({ warned: 0, deleted: 0 });
      expect(await exists(tx, id)).toBe(true);
      expect(await runInactivitySchedule(tx, URL, monthsAfter(24, 30))).toEqual({ warned: 0, deleted: 1 });
      expect(await exists(tx, id)).toBe(false);
      // Its warning mail goes with it.
      expect(await mailsTo(tx, "supprime.apres@inactif.example")).toEqual([]);
      const [trail] = await queryRows<{ text: string; action: string }>(tx, sql`SELECT action, t::text AS text FROM audit_log t ORDER BY id DESC LIMIT 1`);
      expect(trail!.action).toBe("account.deleted_inactive");
      expect(trail!.text).not.toContain(id);
      expect(trail!.text).not.toContain("supprime.apres");
    });
  });

  it("are kept when the person comes back after the warning, and warned afresh only 24 months after that visit", async () => {
    await withRollback(handle.db, async (tx) => {
      const id = await newUser(tx, "revenu@inactif.example");
      await runInactivitySchedule(tx, URL, monthsAfter(24));
      await recordVisit(tx, id, monthsAfter(24, 10));
      expect(await runInactivitySchedule(tx, URL, monthsAfter(24, 31))).toEqual({ warned: 0, deleted: 0 });
      expect(await runInactivitySchedule(tx, URL, monthsAfter(26))).toEqual({ warned: 0, deleted: 0 });
      expect(await exists(tx, id)).toBe(true);
      expect(await mailsTo(tx, "revenu@inactif.example")).toHaveLength(1);
      expect(await runInactivitySchedule(tx, URL, monthsAfter(48, 10))).toEqual({ warned: 1, deleted: 0 });
      expect(await mailsTo(tx, "revenu@inactif.example")).toHaveLength(2);
    });
  });

  it("are left to the admins when disabled", async () => {
    await withRollback(handle.db, async (tx) => {
      const id = await newUser(tx, "desactive@inactif.example", { disabledAt: START });
      expect(await runInactivitySchedule(tx, URL, monthsAfter(30))).toEqual({ warned: 0, deleted: 0 });
      expect(await exists(tx, id)).toBe(true);
    });
  });

  it("get one warning even when several instances run the job at once", async () => {
    // Real time and committed rows: the runs use separate connections on Postgres.
    const tag = Math.random().toString(36).slice(2, 8);
    // Enough people that the runs overlap: each run writes one mail per person in its transaction.
    const emails = Array.from({ length: 80 }, (_, index) => `concurrent-${index}-${tag}@inactif.example`);
    const longAgo = new Date(Date.now() - 25 * 31 * DAY);
    await handle.db.insert(users).values(emails.map((email) => ({ email, createdAt: longAgo, lastSeenAt: longAgo })));
    const target = inject("testDatabase");
    const other = target.engine === "postgres" ? await openDatabase({ engine: "postgres", url: target.url, maxConnections: 2 }) : handle;
    try {
      const now = new Date();
      const runs = await Promise.all([
        runInactivitySchedule(handle.db, URL, now),
        runInactivitySchedule(other.db, URL, now),
        runInactivitySchedule(handle.db, URL, now),
      ]);
      expect(runs.reduce((sum, run) => sum + run.warned, 0)).toBe(emails.length);
      const [mails] = await queryRows<{ count: number; people: number }>(
        handle.db,
        sql`SELECT count(*)::int AS count, count(DISTINCT to_address)::int AS people FROM mail_outbox WHERE to_address LIKE ${`%-${tag}@inactif.example`}`,
      );
      expect(mails).toEqual({ count: emails.length, people: emails.length });
    } finally {
      if (other !== handle) await other.close();
      await handle.db.execute(sql`DELETE FROM mail_outbox WHERE to_address LIKE ${`%-${tag}@inactif.example`}`);
      await handle.db.execute(sql`DELETE FROM users WHERE email LIKE ${`%-${tag}@inactif.example`}`);
    }
  });
});
