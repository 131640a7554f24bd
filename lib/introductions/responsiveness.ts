// Reads, for many organisations at once, how they answer the introductions forwarded to them: how many await their
// answer now, and how fast they answered over the last year. The figures built on them are in responsiveness-figures.ts.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { textArray } from "@/lib/geo/sql";
import type { IntroductionStatus } from "@/lib/shared/vocabulary";
import { ANSWER_WINDOW_MONTHS, MIN_ANSWERS_FOR_MEDIAN, NO_INTRODUCTION_STATS, type OrganisationIntroStats } from "./responsiveness-figures";
import { CONTACT_REVEALED_STATUSES, TRANSITIONS } from "./workflow";

export type { OrganisationIntroStats } from "./responsiveness-figures";

/**
 * Waiting on the organisation itself: a "submitted" request is still with the catalyst (the target does not even
 * see it yet, and its reminders go to the catalyst), so only a forwarded one is the target's to answer.
 */
const AWAITING_TARGET: IntroductionStatus = TRANSITIONS.forward.to;
/** The target's answers, as the events' to_status. */
const ANSWERS: readonly IntroductionStatus[] = [TRANSITIONS.accept.to, TRANSITIONS.decline.to];
/**
 * Where an answered introduction can be now: declined, or accepted and whatever followed it. Filtering on them lets
 * the (target_organisation_id, status) index pick the rows before their events are read.
 */
const ANSWERED_STATUSES: readonly IntroductionStatus[] = [TRANSITIONS.decline.to, ...CONTACT_REVEALED_STATUSES];

const uuidArray = (ids: readonly string[]) => sql`${textArray(ids)}::uuid[]`;
const statusList = (statuses: readonly IntroductionStatus[]) =>
  sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  );

const statsRow = z.object({
  organisationId: z.string(),
  pendingReceived: z.number(),
  answered: z.number(),
  medianAnswerDays: z.number().nullable(),
});

/**
 * The introduction statistics of each organisation asked for (ids as the database writes them; zeros for one with no
 * introduction), in one query
 * backed by introductions_target_idx and introduction_events_introduction_idx. The delay of an answer runs from the
 * last forwarding before it to the answer itself; the window is on the answer's date. pendingReceived tells who is
 * being solicited: it is for ranking, not to be shown.
 */
export async function introductionStats(db: Executor, organisationIds: readonly string[], now = new Date()): Promise<Map<string, OrganisationIntroStats>> {
  const ids = [...new Set(organisationIds)];
  const stats = new Map<string, OrganisationIntroStats>(ids.map((id) => [id, { ...NO_INTRODUCTION_STATS }]));
  if (ids.length === 0) return stats;
  const rows = await parsedRows(
    db,
    sql`SELECT i.target_organisation_id::text AS "organisationId",
               count(*) FILTER (WHERE i.status = ${AWAITING_TARGET})::int AS "pendingReceived",
               count(answer.days)::int AS answered,
               (percentile_cont(0.5) WITHIN GROUP (ORDER BY answer.days))::float8 AS "medianAnswerDays"
        FROM introductions i
        LEFT JOIN LATERAL (
          SELECT extract(epoch FROM a.created_at - f.created_at)::float8 / 86400 AS days
          FROM introduction_events a
          JOIN introduction_events f ON f.introduction_id = a.introduction_id AND f.to_status = ${AWAITING_TARGET} AND f.created_at <= a.created_at
          WHERE a.introduction_id = i.id AND i.status <> ${AWAITING_TARGET}
            AND a.from_status = ${AWAITING_TARGET} AND a.to_status IN (${statusList(ANSWERS)})
            AND a.created_at > ${now.toISOString()}::timestamptz - make_interval(months => ${ANSWER_WINDOW_MONTHS}::int)
          ORDER BY a.created_at DESC, f.created_at DESC
          LIMIT 1
        ) answer ON true
        WHERE i.target_organisation_id = ANY(${uuidArray(ids)})
          AND i.status IN (${statusList([AWAITING_TARGET, ...ANSWERED_STATUSES])})
        GROUP BY i.target_organisation_id`,
    statsRow,
  );
  for (const row of rows) {
    stats.set(row.organisationId, {
      pendingReceived: row.pendingReceived,
      answered: row.answered,
      medianAnswerDays: row.answered >= MIN_ANSWERS_FOR_MEDIAN ? row.medianAnswerDays : null,
    });
  }
  return stats;
}
