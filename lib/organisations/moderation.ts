// Moderation of new organisations by the catalysts of their territory (admins everywhere). Authorisation is
// checked here for the function (staff or admin) and for the object (a catalyst covering *this* commune).
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { auditLog, memberships, organisations, users } from "@/db/schema";
import { coverageContainsCommune } from "@/lib/catalysts/coverage-sql";
import { withdrawPendingIntroductionsOf } from "@/lib/introductions/transitions";
import { enqueueMail } from "@/lib/server/mail/outbox";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import type { Viewer } from "@/lib/auth/viewer";
import type { OrganisationStatus } from "@/lib/shared/vocabulary";
import { getOrganisationMails } from "./mail-messages";
import { moderationDecisionSchema, suspensionReasonSchema, type ModerationDecision } from "./schemas";

const queueItemRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  communeName: z.string(),
  departementCode: z.string(),
  description: z.string(),
  siren: z.string().nullable(),
  siret: z.string().nullable(),
  rna: z.string().nullable(),
  submittedAt: z.string(),
});
export type QueueItem = z.infer<typeof queueItemRow>;

function canModerate(viewer: Viewer | null): viewer is Viewer {
  return Boolean(viewer && (viewer.isAdmin || viewer.catalysts.length > 0));
}

/**
 * Pending organisations the viewer may moderate: in their catalysts' territories, or all for an admin; never one the
 * viewer belongs to (someone else decides on it).
 */
export async function listModerationQueue(db: Executor, viewer: Viewer | null): Promise<QueueItem[]> {
  if (!canModerate(viewer)) throw new ForbiddenError(viewer, "moderation:queue");
  const scope = viewer.isAdmin
    ? sql`TRUE`
    : sql`EXISTS (SELECT 1 FROM catalyst_coverage cc WHERE cc.catalyst_id IN (${sql.join(
        viewer.catalysts.map((catalyst) => sql`${catalyst.catalystId}::uuid`),
        sql`, `,
      )}) AND ${coverageContainsCommune("cc", "c")})`;
  return parsedRows(
    db,
    sql`SELECT o.id, o.slug, o.name, o.kind, c.name AS "communeName", c.departement_code AS "departementCode",
               o.description, o.siren, o.siret, o.rna,
               to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "submittedAt"
        FROM organisations o JOIN communes c ON c.code = o.commune_code
        WHERE o.status = 'pending' AND ${scope}
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND m.user_id = ${viewer.id})
        ORDER BY o.updated_at, o.id LIMIT 200`,
    queueItemRow,
  );
}

/**
 * Whether the viewer may moderate this organisation (object-level check): staff of a catalyst covering its commune,
 * or an admin, and in either case not one of its members: nobody vouches for their own organisation.
 */
export async function mayModerateOrganisation(db: Executor, viewer: Viewer | null, organisationId: string): Promise<boolean> {
  if (!canModerate(viewer)) return false;
  // Read from the database rather than the viewer loaded earlier: a membership gained meanwhile counts.
  const [row] = await parsedRows(
    db,
    sql`SELECT NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = ${organisationId} AND m.user_id = ${viewer.id})
           AND (${viewer.isAdmin}::boolean OR EXISTS (
          SELECT 1 FROM organisations o JOIN communes c ON c.code = o.commune_code
          JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
          JOIN catalyst_staff s ON s.catalyst_id = cc.catalyst_id AND s.user_id = ${viewer.id}
          WHERE o.id = ${organisationId})) AS allowed`,
    z.object({ allowed: z.boolean() }),
  );
  return Boolean(row?.allowed);
}

const DECISION_STATUS = { approve: "published", request_changes: "draft", reject: "rejected" } as const;

/** Approves, asks for changes (message required) or rejects (reason required) a pending organisation. */
export async function moderateOrganisation(
  db: Executor,
  viewer: Viewer | null,
  input: { organisationId: string; decision: ModerationDecision; message: string },
  publicUrl: string,
): Promise<void> {
  if (!(await mayModerateOrganisation(db, viewer, input.organisationId))) throw new ForbiddenError(viewer, "moderation:decide");
  const actor = viewer as Viewer;
  // The form's schema (lib/organisations/schemas.ts): a decision other than approval says why.
  const parsed = moderationDecisionSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError("message");
  const { message } = parsed.data;
  await db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, status: organisations.status })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId))
      .for("update");
    if (!organisation) throw new NotFoundError();
    if (organisation.status !== "pending") throw new ConflictError(organisation.status);
    const now = new Date();
    const status = DECISION_STATUS[input.decision];
    await tx
      .update(organisations)
      .set({ status, moderationNote: input.decision === "approve" ? null : message, updatedAt: now, ...(status === "published" ? { publishedAt: now } : {}) })
      .where(and(eq(organisations.id, organisation.id), eq(organisations.status, "pending")));
    await tx.insert(auditLog).values({
      actorUserId: actor.id,
      action: `organisation.${input.decision}`,
      entityType: "organisation",
      entityId: organisation.id,
      changes: { from: "pending", to: status, ...(message ? { message } : {}) },
    });
    const owners = await tx
      .select({ email: users.email, locale: users.locale })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, organisation.id), inArray(memberships.role, ["owner", "editor"])));
    for (const owner of owners) {
      const mails = getOrganisationMails(owner.locale);
      const { subject, text } =
        input.decision === "approve"
          ? mails.approved(organisation.name, `${publicUrl}/organisations/${organisation.slug}`)
          : input.decision === "request_changes"
            ? mails.changesRequested(organisation.name, message, `${publicUrl}/account`)
            : mails.rejected(organisation.name, message);
      await enqueueMail(tx, { to: owner.email, subject, text, template: `moderation-${input.decision}` });
    }
  });
}

/**
 * Takes an organisation out of the directory, in the caller's transaction (the row locked by the caller): it leaves
 * the directory, the map and matching at once, its pending introductions are withdrawn (nothing may be forwarded to
 * or accepted by it any more), the reason is kept for its members, who are told by e-mail, and the audit log says who.
 */
export async function applySuspension(
  tx: Executor,
  organisation: { id: string; name: string; status: string },
  actorUserId: string,
  reason: string,
  publicUrl: string,
  now = new Date(),
): Promise<void> {
  await tx.update(organisations).set({ status: "suspended", moderationNote: reason, updatedAt: now }).where(eq(organisations.id, organisation.id));
  await tx.insert(auditLog).values({
    actorUserId,
    action: "organisation.suspend",
    entityType: "organisation",
    entityId: organisation.id,
    changes: { from: organisation.status, to: "suspended", reason },
  });
  await withdrawPendingIntroductionsOf(tx, organisation.id, actorUserId, publicUrl, now);
  const members = await tx
    .select({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisation.id));
  for (const member of members) {
    const { subject, text } = getOrganisationMails(member.locale).suspended(organisation.name, reason, `${publicUrl}/account`);
    await enqueueMail(tx, { to: member.email, subject, text, template: "organisation-suspended" });
  }
}

/**
 * The territory's catalyst (or an admin) suspends a published organisation, e.g. after a suspicious change of its
 * profile; a reason is required. Restoring stays with the admins (docs/permissions.md).
 */
export async function suspendOrganisation(
  db: Executor,
  viewer: Viewer | null,
  input: { organisationId: string; reason: string },
  publicUrl: string,
): Promise<void> {
  if (!(await mayModerateOrganisation(db, viewer, input.organisationId))) throw new ForbiddenError(viewer, "moderation:suspend");
  const parsed = suspensionReasonSchema.safeParse(input.reason);
  if (!parsed.success) throw new InvalidInputError("reason");
  const reason = parsed.data;
  await db.transaction(async (tx) => {
    const organisation = await lockOrganisationStatus(tx, input.organisationId);
    if (organisation.status !== "published") throw new ConflictError(organisation.status);
    await applySuspension(tx, organisation, (viewer as Viewer).id, reason, publicUrl);
  });
}

/** The organisation whose status is about to change, its row locked until the transaction ends; NotFound if none. */
export async function lockOrganisationStatus(tx: Executor, organisationId: string): Promise<{ id: string; name: string; status: OrganisationStatus }> {
  const [organisation] = await tx
    .select({ id: organisations.id, name: organisations.name, status: organisations.status })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for("update");
  if (!organisation) throw new NotFoundError();
  return organisation;
}
