// Moving an introduction along: the pure workflow (workflow.ts) says who may take which step; here each step is
// applied in one transaction with its event row, its notifications and e-mails, and its consent logged. Also the
// withdrawal of what is pending when an organisation leaves the directory.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { parsedRows, type Executor } from "@/db/client";
import { introductionEvents, introductions, organisations } from "@/db/schema";
import { z } from "zod";
import { INTRODUCTION_STATUSES, type IntroductionStatus, type PartnershipType } from "@/lib/shared/vocabulary";
import type { NotificationData, NotificationKind } from "./messages";
import { findRecipients } from "@/lib/accounts/notifications";
import { logSecurityEvent } from "@/lib/server/security-log";
import type { Viewer } from "@/lib/auth/viewer";
import { checkTransition, needsConfirmation, PENDING_STATUSES, type IntroductionAction } from "./workflow";
import { IntroductionError, introductionErrorOf } from "./errors";
import { introductionTransitionSchema } from "./schemas";
import { namesOf, notify, visibleRoles } from "./parties";

export interface TransitionInput {
  note?: string | null;
  partnershipType?: PartnershipType | null;
  /**
   * Whether the person confirmed a step that cannot be undone (CONFIRMED_ACTIONS). The pages always say (false
   * until the confirmation step was shown and accepted); left out by the API, whose callers mean each request.
   */
  confirmed?: boolean;
}

export async function transitionIntroduction(
  db: Executor,
  viewer: Viewer | null,
  introductionId: string,
  action: IntroductionAction,
  input: TransitionInput,
  publicUrl: string,
  now = new Date(),
): Promise<{ status: IntroductionStatus }> {
  if (!viewer) throw new IntroductionError("forbidden");
  if (action === "expire") throw new IntroductionError("role", { viewerId: viewer.id });
  // An id that is no uuid names no introduction (and would be a query error, not an answer).
  if (!z.uuid().safeParse(introductionId).success) throw new IntroductionError("not_found");
  // The same schema as the form's and the API's (lib/introductions/schemas.ts).
  const parsed = introductionTransitionSchema.safeParse({ action, note: input.note, partnershipType: input.partnershipType });
  if (!parsed.success) throw introductionErrorOf(parsed.error, viewer.id);
  const note = parsed.data.note || null;
  const partnershipType = parsed.data.partnershipType ?? null;
  const result = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: introductions.id,
        status: introductions.status,
        requesterOrganisationId: introductions.requesterOrganisationId,
        targetOrganisationId: introductions.targetOrganisationId,
        catalystId: introductions.catalystId,
        createdAt: introductions.createdAt,
      })
      .from(introductions)
      .where(eq(introductions.id, introductionId))
      .for("update");
    if (!row) throw new IntroductionError("not_found");
    const { roles, context } = await visibleRoles(tx, viewer, row);
    // Someone with no part in it does not learn that it exists.
    if (roles.length === 0) throw new IntroductionError("not_found");
    const check = checkTransition(row.status, action, roles, { note, partnershipType }, context);
    if (!check.ok) throw new IntroductionError(check.problem, { status: row.status, viewerId: viewer.id });
    // After the checks of who may act: only someone allowed to take the step is asked to confirm it.
    if (input.confirmed === false && needsConfirmation(action)) throw new IntroductionError("unconfirmed", { viewerId: viewer.id });
    // Forwarding and accepting lead to contacts being shown: both organisations must still be in the directory
    // (a suspended one's members must not receive the other side's contact).
    if (action === "forward" || action === "accept") {
      const [sides] = await parsedRows(
        tx,
        sql`SELECT bool_and(status = 'published') AS published FROM organisations
            WHERE id IN (${row.requesterOrganisationId}::uuid, ${row.targetOrganisationId}::uuid)`,
        z.object({ published: z.boolean().nullable() }),
      );
      if (!sides?.published) throw new IntroductionError("organisationUnavailable");
    }

    const changes: Partial<typeof introductions.$inferInsert> = { status: check.to, updatedAt: now };
    if (action === "forward") changes.catalystNote = note;
    if (action === "reject" || action === "decline") changes.decisionReason = note;
    if (action === "start_alliance") changes.outcomePartnershipType = partnershipType;
    await tx
      .update(introductions)
      .set(changes)
      .where(sql`id = ${row.id} AND status = ${row.status}`);
    await tx
      .insert(introductionEvents)
      .values({ introductionId: row.id, actorUserId: viewer.id, fromStatus: row.status, toStatus: check.to, note, createdAt: now });

    const names = await namesOf(tx, row);
    const data: NotificationData = { ...names, status: check.to, ...(note && action !== "close" ? { note } : {}) };
    const requester = { organisations: [row.requesterOrganisationId] };
    const target = { organisations: [row.targetOrganisationId] };
    const catalyst = { catalystId: row.catalystId, adminsIfNoCatalyst: true };
    const send = async (who: Parameters<typeof findRecipients>[1], kind: NotificationKind) =>
      notify(tx, await findRecipients(tx, who, viewer.id), kind, row.id, data, publicUrl);
    switch (action) {
      case "forward":
        await send(target, "intro.forwarded");
        await send(requester, "intro.forwarded_requester");
        break;
      case "reject":
        await send(requester, "intro.rejected");
        break;
      case "accept":
        await send({ organisations: [row.requesterOrganisationId], catalystId: row.catalystId, adminsIfNoCatalyst: true }, "intro.accepted");
        break;
      case "decline":
        await send({ organisations: [row.requesterOrganisationId], catalystId: row.catalystId, adminsIfNoCatalyst: true }, "intro.declined");
        break;
      case "withdraw":
        await send(row.status === "forwarded" ? { organisations: [row.targetOrganisationId], ...catalyst } : catalyst, "intro.withdrawn");
        break;
      default:
        await send({ organisations: [row.requesterOrganisationId, row.targetOrganisationId], ...catalyst }, "intro.outcome");
    }
    return { status: check.to };
  });
  const consent = CONSENT_EVENTS[action];
  if (consent) logSecurityEvent({ ...consent, userId: viewer.id, introductionId }, now);
  return result;
}

/** The answers that give, refuse or withdraw a side's consent to be introduced (and its contact person revealed). */
const CONSENT_EVENTS: Partial<Record<IntroductionAction, { event: "consent_given" | "consent_refused" | "consent_withdrawn"; role: "requester" | "target" }>> =
  {
    accept: { event: "consent_given", role: "target" },
    decline: { event: "consent_refused", role: "target" },
    withdraw: { event: "consent_withdrawn", role: "requester" },
  };

/**
 * An organisation leaves the directory (suspended, sent back to moderation, merged): its pending introductions are
 * withdrawn in the caller's transaction, each with its history row, and the other side and the catalyst are told.
 * Nothing pending may be forwarded to, or accepted by, an organisation that is no longer published.
 */
export async function withdrawPendingIntroductionsOf(
  tx: Executor,
  organisationId: string,
  actorUserId: string | null,
  publicUrl: string,
  now = new Date(),
): Promise<number> {
  const pendingList = sql.join(
    PENDING_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  );
  const withdrawn = await parsedRows(
    tx,
    sql`UPDATE introductions i SET status = 'withdrawn', updated_at = ${now.toISOString()}
        FROM (SELECT id, status AS from_status FROM introductions
              WHERE status IN (${pendingList}) AND ${organisationId} IN (requester_organisation_id, target_organisation_id)
              FOR UPDATE) due
        WHERE i.id = due.id
        RETURNING i.id, due.from_status AS "fromStatus", i.requester_organisation_id AS "requesterOrganisationId",
                  i.target_organisation_id AS "targetOrganisationId", i.catalyst_id AS "catalystId"`,
    z.object({
      id: z.string(),
      fromStatus: z.enum(INTRODUCTION_STATUSES),
      requesterOrganisationId: z.string(),
      targetOrganisationId: z.string(),
      catalystId: z.string().nullable(),
    }),
  );
  const [organisation] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  for (const row of withdrawn) {
    await tx.insert(introductionEvents).values({ introductionId: row.id, actorUserId, fromStatus: row.fromStatus, toStatus: "withdrawn", createdAt: now });
    const data: NotificationData = { ...(await namesOf(tx, row)), organisation: organisation?.name ?? "", status: "withdrawn" };
    // The organisation that left is told by its own notice; the target learns of a request only once forwarded.
    const others = [row.requesterOrganisationId, ...(row.fromStatus === "forwarded" ? [row.targetOrganisationId] : [])].filter((id) => id !== organisationId);
    const who = { organisations: others, catalystId: row.catalystId, adminsIfNoCatalyst: true };
    await notify(tx, await findRecipients(tx, who, actorUserId), "intro.cancelled", row.id, data, publicUrl);
  }
  return withdrawn.length;
}
