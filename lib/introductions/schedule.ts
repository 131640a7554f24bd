// The introductions' scheduled job: reminders at day 7 and 14 to whoever must answer, expiry at day 30; rows are
// claimed by conditional UPDATEs, so several app instances never remind twice.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { introductionEvents } from "@/db/schema";
import { INTRODUCTION_STATUSES } from "@/lib/shared/vocabulary";
import { findRecipients } from "@/lib/accounts/notifications";
import { EXPIRY_DAYS, REMINDER_DAYS } from "./workflow";
import { DAY_MS } from "@/lib/shared/time";
import { namesOf, notify } from "./parties";

const partiesRow = z.object({ id: z.string(), requesterOrganisationId: z.string(), targetOrganisationId: z.string(), catalystId: z.string().nullable() });

/**
 * Reminds at day 7 and 14 whoever must answer (the catalyst while submitted, the target once forwarded) and
 * expires requests at day 30. Each step is one conditional UPDATE … RETURNING: when several app instances run
 * the job at once, a row is claimed by exactly one of them, so nobody gets a reminder twice.
 */
export async function runIntroductionSchedule(db: Executor, publicUrl: string, now = new Date()): Promise<{ reminded: number; expired: number }> {
  const at = now.toISOString();
  const expiryCutoff = new Date(now.getTime() - EXPIRY_DAYS * DAY_MS).toISOString();
  const [first, second] = REMINDER_DAYS.map((day) => new Date(now.getTime() - day * DAY_MS).toISOString());
  return db.transaction(async (tx) => {
    const expired = await parsedRows(
      tx,
      sql`UPDATE introductions i SET status = 'expired', updated_at = ${at}
          FROM (SELECT id, status AS from_status FROM introductions
                WHERE status IN ('submitted', 'forwarded') AND created_at <= ${expiryCutoff}
                ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED) due
          WHERE i.id = due.id
          RETURNING i.id, due.from_status AS "fromStatus", i.requester_organisation_id AS "requesterOrganisationId",
                    i.target_organisation_id AS "targetOrganisationId", i.catalyst_id AS "catalystId"`,
      partiesRow.extend({ fromStatus: z.enum(INTRODUCTION_STATUSES) }),
    );
    for (const row of expired) {
      await tx
        .insert(introductionEvents)
        .values({ introductionId: row.id, actorUserId: null, fromStatus: row.fromStatus, toStatus: "expired", createdAt: now });
      const data = { ...(await namesOf(tx, row)), status: "expired" };
      await notify(
        tx,
        await findRecipients(tx, { organisations: [row.requesterOrganisationId], catalystId: row.catalystId, adminsIfNoCatalyst: true }),
        "intro.expired",
        row.id,
        data,
        publicUrl,
      );
    }
    const reminded = await parsedRows(
      tx,
      sql`UPDATE introductions i SET reminders_sent = due.owed
          FROM (SELECT id, CASE WHEN created_at <= ${second} THEN 2 ELSE 1 END AS owed FROM introductions
                WHERE status IN ('submitted', 'forwarded') AND created_at <= ${first} AND created_at > ${expiryCutoff}
                  AND reminders_sent < CASE WHEN created_at <= ${second} THEN 2 ELSE 1 END
                ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED) due
          WHERE i.id = due.id
          RETURNING i.id, i.status, i.requester_organisation_id AS "requesterOrganisationId",
                    i.target_organisation_id AS "targetOrganisationId", i.catalyst_id AS "catalystId"`,
      partiesRow.extend({ status: z.enum(INTRODUCTION_STATUSES) }),
    );
    for (const row of reminded) {
      const data = { ...(await namesOf(tx, row)), status: row.status };
      const who = row.status === "submitted" ? { catalystId: row.catalystId, adminsIfNoCatalyst: true } : { organisations: [row.targetOrganisationId] };
      await notify(tx, await findRecipients(tx, who), "intro.reminder", row.id, data, publicUrl);
    }
    return { reminded: reminded.length, expired: expired.length };
  });
}
