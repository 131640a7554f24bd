// A catalyst's dashboard: its introductions by status, the requests waiting for it, its moderation queue, the
// organisations of its territory and simple figures. For the catalyst's staff and admins only (checked here for
// the function and for the object: staff of *this* catalyst).
import "server-only";
import { count, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor } from "@/db/client";
import { catalysts, introductions } from "@/db/schema";
import { INTRODUCTION_STATUSES, type IntroductionStatus } from "@/lib/shared/vocabulary";
import { coverageContainsCommune, coveredCommuneCodes } from "./coverage-sql";
import type { Viewer } from "../auth/viewer";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

/** Statuses that mean the requested organisation said yes (then what followed). */
const ACCEPTED = ["accepted", "meeting_held", "alliance_started", "closed"] as const;

export interface CatalystDashboard {
  catalyst: { id: string; slug: string; name: string };
  byStatus: Partial<Record<IntroductionStatus, number>>;
  figures: {
    requests: number;
    requestsLast12Months: number;
    /** Accepted ÷ answered by the requested organisation (accepted or declined); null before any answer. */
    acceptanceRate: number | null;
    alliancesStarted: number;
    publishedOrganisations: number;
    pendingOrganisations: number;
  };
  waiting: z.infer<typeof waitingRow>[];
}

const figuresRow = z.object({
  requests: z.number(),
  requestsLast12Months: z.number(),
  accepted: z.number(),
  declined: z.number(),
  alliancesStarted: z.number(),
  publishedOrganisations: z.number(),
  pendingOrganisations: z.number(),
});
const waitingRow = z.object({
  id: z.string(),
  status: z.enum(INTRODUCTION_STATUSES),
  requesterName: z.string(),
  targetName: z.string(),
  createdAt: z.string(),
  ageDays: z.number(),
});

export async function getCatalystDashboard(db: Executor, viewer: Viewer | null, catalystSlug: string, now = new Date()): Promise<CatalystDashboard> {
  if (!viewer || (!viewer.isAdmin && viewer.catalysts.length === 0)) throw new ForbiddenError(viewer, "network:dashboard");
  const [catalyst] = await db
    .select({ id: catalysts.id, slug: catalysts.slug, name: catalysts.name })
    .from(catalysts)
    .where(eq(catalysts.slug, catalystSlug.slice(0, 200)));
  if (!catalyst) throw new NotFoundError();
  if (!viewer.isAdmin && !viewer.catalysts.some((item) => item.catalystId === catalyst.id)) throw new ForbiddenError(viewer, "network:dashboard:catalyst");

  const yearAgo = new Date(now.getTime() - 365 * 24 * 3600 * 1000).toISOString();
  const accepted = sql.join(
    ACCEPTED.map((status) => sql`${status}`),
    sql`, `,
  );
  const [statusRows, [figures], waiting] = await Promise.all([
    db
      .select({ status: introductions.status, count: count() })
      .from(introductions)
      .where(eq(introductions.catalystId, catalyst.id))
      .groupBy(introductions.status),
    parsedRows(
      db,
      sql`WITH territory AS ${coveredCommuneCodes(sql`cc.catalyst_id = ${catalyst.id}`)}
          SELECT count(*)::int AS requests,
                 count(*) FILTER (WHERE i.created_at >= ${yearAgo})::int AS "requestsLast12Months",
                 count(*) FILTER (WHERE i.status IN (${accepted}))::int AS accepted,
                 count(*) FILTER (WHERE i.status = 'declined')::int AS declined,
                 count(*) FILTER (WHERE i.status = 'alliance_started')::int AS "alliancesStarted",
                 (SELECT count(*)::int FROM organisations o WHERE o.status = 'published' AND o.commune_code IN (SELECT code FROM territory)) AS "publishedOrganisations",
                 (SELECT count(*)::int FROM organisations o WHERE o.status = 'pending' AND EXISTS (
                    SELECT 1 FROM communes c JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
                    WHERE c.code = o.commune_code AND cc.catalyst_id = ${catalyst.id})) AS "pendingOrganisations"
          FROM introductions i WHERE i.catalyst_id = ${catalyst.id}`,
      figuresRow,
    ),
    parsedRows(
      db,
      sql`SELECT i.id, i.status, r.name AS "requesterName", t.name AS "targetName",
                 ${isoTimestamp("i.created_at")} AS "createdAt",
                 floor(extract(epoch FROM (${now.toISOString()}::timestamptz - i.created_at)) / 86400)::int AS "ageDays"
          FROM introductions i
          JOIN organisations r ON r.id = i.requester_organisation_id
          JOIN organisations t ON t.id = i.target_organisation_id
          WHERE i.catalyst_id = ${catalyst.id} AND i.status IN ('submitted', 'forwarded')
          ORDER BY (i.status = 'submitted') DESC, i.created_at LIMIT 20`,
      waitingRow,
    ),
  ]);
  const answered = (figures?.accepted ?? 0) + (figures?.declined ?? 0);
  return {
    catalyst,
    byStatus: Object.fromEntries(statusRows.map((row) => [row.status, row.count])),
    figures: {
      requests: figures?.requests ?? 0,
      requestsLast12Months: figures?.requestsLast12Months ?? 0,
      acceptanceRate: answered > 0 ? (figures?.accepted ?? 0) / answered : null,
      alliancesStarted: figures?.alliancesStarted ?? 0,
      publishedOrganisations: figures?.publishedOrganisations ?? 0,
      pendingOrganisations: figures?.pendingOrganisations ?? 0,
    },
    waiting,
  };
}
