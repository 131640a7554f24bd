// Who someone is for one introduction, and how its parties are told: the helpers the requests, transitions, reads
// and schedule of introductions share. Server-only; the roles' rules themselves are the pure workflow.ts.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import type { IntroductionStatus } from "@/lib/shared/vocabulary";
import type { NotificationData, NotificationKind } from "./messages";
import { notifyPeople, type Recipient } from "@/lib/accounts/notifications";
import type { Viewer } from "@/lib/auth/viewer";
import type { IntroductionRole, TransitionContext } from "./workflow";

export interface IntroductionRow {
  id: string;
  status: IntroductionStatus;
  requesterOrganisationId: string;
  targetOrganisationId: string;
  catalystId: string | null;
  createdAt: Date | string;
}

export function rolesOf(viewer: Viewer, row: Pick<IntroductionRow, "requesterOrganisationId" | "targetOrganisationId" | "catalystId">): IntroductionRole[] {
  const roles: IntroductionRole[] = [];
  const memberOf = (organisationId: string) => viewer.memberships.some((membership) => membership.organisationId === organisationId);
  if (memberOf(row.requesterOrganisationId)) roles.push("requester");
  if (memberOf(row.targetOrganisationId)) roles.push("target");
  if (row.catalystId && viewer.catalysts.some((catalyst) => catalyst.catalystId === row.catalystId)) roles.push("catalyst");
  if (viewer.isAdmin) roles.push("admin");
  return roles;
}

/**
 * The viewer's roles, less "target" while the catalyst has not forwarded the request (until then it is not theirs to
 * see), and whether the viewer forwarded it themselves (then they may not also answer for the target).
 */
export async function visibleRoles(
  db: Executor,
  viewer: Viewer,
  row: Pick<IntroductionRow, "id" | "requesterOrganisationId" | "targetOrganisationId" | "catalystId">,
): Promise<{ roles: IntroductionRole[]; context: TransitionContext }> {
  const roles = rolesOf(viewer, row);
  if (!roles.includes("target")) return { roles, context: {} };
  const [forwarded] = await parsedRows(
    db,
    sql`SELECT bool_or(actor_user_id = ${viewer.id}) AS "byViewer" FROM introduction_events
        WHERE introduction_id = ${row.id} AND to_status = 'forwarded' HAVING count(*) > 0`,
    // Null when every forwarding event lost its actor (a deleted account).
    z.object({ byViewer: z.boolean().nullable() }),
  );
  if (!forwarded) return { roles: roles.filter((role) => role !== "target"), context: { belongsToTarget: true } };
  return { roles, context: { forwardedByViewer: Boolean(forwarded.byViewer) } };
}

/** The catalyst's side sees contacts once revealed; admins do only where they stand in for a missing catalyst. */
export function seesContacts(roles: IntroductionRole[], catalystId: string | null): boolean {
  return roles.includes("requester") || roles.includes("target") || roles.includes("catalyst") || (roles.includes("admin") && !catalystId);
}

/** Tells these people about an introduction: its page is where the notification and the mail lead. */
export function notify(
  db: Executor,
  people: Recipient[],
  kind: NotificationKind,
  introductionId: string,
  data: NotificationData,
  publicUrl: string,
): Promise<void> {
  return notifyPeople(db, people, { kind, data, introductionId, path: `/introductions/${introductionId}` }, publicUrl);
}

const namesRow = z.object({ requester: z.string(), target: z.string(), catalyst: z.string() });

export async function namesOf(
  db: Executor,
  row: Pick<IntroductionRow, "requesterOrganisationId" | "targetOrganisationId" | "catalystId">,
): Promise<NotificationData> {
  const [names] = await parsedRows(
    db,
    sql`SELECT (SELECT name FROM organisations WHERE id = ${row.requesterOrganisationId}) AS requester,
               (SELECT name FROM organisations WHERE id = ${row.targetOrganisationId}) AS target,
               coalesce((SELECT name FROM catalysts WHERE id = ${row.catalystId}), 'Alliances') AS catalyst`,
    namesRow,
  );
  return names as NotificationData;
}
