// Accounts nobody uses are not kept forever: inactive 24 months → warned by e-mail; still inactive 30 days after
// the warning → deleted (lib/accounts/accounts.ts deleteAccount). Using the service again clears the warning.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { deleteAccount } from "./accounts";
import { formatDate } from "../organisations/directory-messages";
import { enqueueMail } from "../server/mail/outbox";
import { inactivityWarningMail } from "../server/mail/templates";
import { DAY_MS } from "@/lib/shared/time";

export const INACTIVITY_MONTHS = 24;
export const WARNING_NOTICE_DAYS = 30;
/** Rows handled per run; the rest wait for the next run (the job runs every hour). */
const BATCH = 200;

/** Records that the person used the service: last seen now, and any inactivity warning withdrawn. */
export async function recordVisit(db: Executor, userId: string, now = new Date()): Promise<void> {
  await db.execute(sql`UPDATE users SET last_seen_at = ${now.toISOString()}, inactivity_warned_at = NULL WHERE id = ${userId}`);
}

/** Whether a session's use is worth writing down: once a day is precise enough, and a warning must go at once. */
export function visitIsDue(user: { lastSeenAt: Date | null; inactivityWarnedAt: Date | null }, now = new Date()): boolean {
  return !user.lastSeenAt || user.inactivityWarnedAt !== null || now.getTime() - user.lastSeenAt.getTime() >= DAY_MS;
}

/**
 * One run of the job. Rows are claimed with FOR UPDATE SKIP LOCKED and the warning date is set in the same
 * statement, so instances running at once never warn or delete the same person twice. Disabled accounts are left
 * to the admins: they could not come back, and deleting them would let a banned person register afresh.
 */
export async function runInactivitySchedule(db: Executor, publicUrl: string, now = new Date()): Promise<{ warned: number; deleted: number }> {
  const at = now.toISOString();
  const inactiveSince = sql`${at}::timestamptz - make_interval(months => ${INACTIVITY_MONTHS})`;
  const lastActivity = sql`coalesce(last_seen_at, created_at)`;
  return db.transaction(async (tx) => {
    const due = await parsedRows(
      tx,
      sql`SELECT id FROM users
          WHERE disabled_at IS NULL AND inactivity_warned_at <= ${at}::timestamptz - make_interval(days => ${WARNING_NOTICE_DAYS})
            AND ${lastActivity} <= ${inactiveSince} AND (last_seen_at IS NULL OR last_seen_at < inactivity_warned_at)
          ORDER BY inactivity_warned_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      z.object({ id: z.string() }),
    );
    let deleted = 0;
    for (const { id } of due) {
      if (await deleteAccount(tx, id, { action: "account.deleted_inactive", actorUserId: null })) deleted += 1;
    }
    const warned = await parsedRows(
      tx,
      sql`UPDATE users u SET inactivity_warned_at = ${at}
          FROM (SELECT id FROM users
                WHERE disabled_at IS NULL AND inactivity_warned_at IS NULL AND ${lastActivity} <= ${inactiveSince}
                ORDER BY ${lastActivity} LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) due
          WHERE u.id = due.id
          RETURNING u.email, u.locale`,
      z.object({ email: z.string(), locale: z.string() }),
    );
    const deletionDay = new Date(now.getTime() + WARNING_NOTICE_DAYS * DAY_MS).toISOString();
    for (const user of warned) {
      const locale = user.locale === "en" ? "en" : "fr";
      await enqueueMail(tx, inactivityWarningMail({ to: user.email, locale, deletionDate: formatDate(deletionDay, locale), publicUrl }));
    }
    return { warned: warned.length, deleted };
  });
}
