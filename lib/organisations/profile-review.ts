// Changes to published profiles, for the territory's catalyst: each watched change (name, website, kind,
// identifiers; lib/organisations/profile-changes.ts) is kept in the audit log with its old and new values, a change of kind or
// identifiers sends the profile back to moderation, and the catalyst sees the recent ones on its dashboard, where it
// may revert one or suspend the organisation. Authorisation here, for the function and for the object.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor, type RowSchema } from "@/db/client";
import { auditLog, catalysts, memberships, organisations, users } from "@/db/schema";
import { coverageContainsCommune } from "../catalysts/coverage-sql";
import { withdrawPendingIntroductionsOf } from "../introductions/transitions";
import { enqueueMail } from "../server/mail/outbox";
import { mayModerateOrganisation } from "./moderation";
import {
  needsReview,
  PROFILE_CHANGE_REVERTED,
  PROFILE_CHANGED,
  RECENT_CHANGES_DAYS,
  REVIEWED_FIELDS,
  revertibleFields,
  WATCHED_FIELDS,
  type FieldChange,
  type WatchedField,
} from "./profile-changes";
import { getOrganisationMails } from "./mail-messages";
import { moderatorsFor } from "./registration/registration";
import type { Viewer } from "../auth/viewer";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { DAY_MS } from "@/lib/shared/time";

/** The organisation's columns for each watched field. */
const COLUMNS: Record<WatchedField, keyof typeof organisations.$inferSelect> = {
  name: "name",
  website: "website",
  kind: "kind",
  siren: "siren",
  siret: "siret",
  rna: "rna",
};

interface ChangedOrganisation {
  id: string;
  name: string;
  status: string;
  communeCode: string;
}

/**
 * Keeps watched changes of an organisation in the audit log, in the caller's transaction (after the caller wrote
 * them). A published organisation whose kind or identifiers a member changed goes back to moderation: it leaves the
 * directory, its pending introductions are withdrawn, its moderators are asked to look. Admins' own edits do not.
 * Returns whether the organisation was sent back to moderation.
 */
export async function recordProfileChanges(
  tx: Executor,
  organisation: ChangedOrganisation,
  actor: Viewer,
  changes: readonly FieldChange[],
  publicUrl: string,
  now = new Date(),
): Promise<boolean> {
  if (changes.length === 0) return false;
  const review = organisation.status === "published" && needsReview(changes) && !actor.isAdmin;
  await tx.insert(auditLog).values({
    actorUserId: actor.id,
    action: PROFILE_CHANGED,
    entityType: "organisation",
    entityId: organisation.id,
    changes: { fields: changes, status: organisation.status, review },
    createdAt: now,
  });
  if (!review) return false;
  await tx.update(organisations).set({ status: "pending", updatedAt: now }).where(eq(organisations.id, organisation.id));
  await withdrawPendingIntroductionsOf(tx, organisation.id, actor.id, publicUrl, now);
  const changed = changes.map((change) => change.field);
  for (const moderator of await moderatorsFor(tx, organisation.communeCode, actor.id)) {
    const mail = getOrganisationMails(moderator.locale).changed(organisation.name, changed, `${publicUrl}/moderation`);
    await enqueueMail(tx, { to: moderator.email, ...mail, template: "moderation-changed" });
  }
  return true;
}

export interface RecentProfileChange {
  /** The audit entry. */
  id: number;
  organisation: { id: string; slug: string; name: string; status: string };
  at: string;
  /** Who made it, as a role: names and e-mails of members are not the catalyst's to read here. */
  by: "member" | "admin";
  fields: FieldChange[];
  /** It sent the profile back to moderation. */
  review: boolean;
  reverted: boolean;
  /** The viewer may revert it or suspend the organisation (not one of its members). */
  canAct: boolean;
}

const fieldChangeRow: RowSchema<FieldChange> = z.object({ field: z.enum(WATCHED_FIELDS), from: z.string().nullable(), to: z.string().nullable() });
/** The changes of a PROFILE_CHANGED audit entry, as recordProfileChanges writes them. */
const recordedChangesRow = z.object({ fields: z.array(fieldChangeRow), status: z.string(), review: z.boolean() });
const recentChangeRow = z.object({
  id: z.number(),
  at: z.string(),
  changes: recordedChangesRow,
  by: z.enum(["member", "admin"]),
  organisationId: z.string(),
  slug: z.string(),
  name: z.string(),
  status: z.string(),
  reverted: z.boolean(),
  member: z.boolean(),
});

/** The recent watched changes of published profiles in a catalyst's territory, newest first, for its staff and admins. */
export async function listRecentProfileChanges(db: Executor, viewer: Viewer | null, catalystSlug: string, now = new Date()): Promise<RecentProfileChange[]> {
  if (!viewer || (!viewer.isAdmin && viewer.catalysts.length === 0)) throw new ForbiddenError(viewer, "network:profile-changes");
  const [catalyst] = await db
    .select({ id: catalysts.id })
    .from(catalysts)
    .where(eq(catalysts.slug, catalystSlug.slice(0, 200)));
  if (!catalyst) throw new NotFoundError();
  if (!viewer.isAdmin && !viewer.catalysts.some((item) => item.catalystId === catalyst.id))
    throw new ForbiddenError(viewer, "network:profile-changes:catalyst");
  const since = new Date(now.getTime() - RECENT_CHANGES_DAYS * DAY_MS).toISOString();
  const rows = await parsedRows(
    db,
    sql`SELECT a.id::int AS id, ${isoTimestamp("a.created_at")} AS at, a.changes,
               CASE WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = a.actor_user_id AND m.organisation_id = o.id) THEN 'member' ELSE 'admin' END AS by,
               o.id AS "organisationId", o.slug, o.name, o.status,
               EXISTS (SELECT 1 FROM audit_log r WHERE r.action = ${PROFILE_CHANGE_REVERTED} AND r.entity_id = o.id::text AND r.changes->>'entry' = a.id::text) AS reverted,
               EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = ${viewer.id} AND m.organisation_id = o.id) AS member
        FROM audit_log a JOIN organisations o ON o.id::text = a.entity_id
        WHERE a.action = ${PROFILE_CHANGED} AND a.entity_type = 'organisation' AND a.created_at >= ${since}
          AND a.changes->>'status' = 'published'
          AND EXISTS (SELECT 1 FROM communes c JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
                      WHERE c.code = o.commune_code AND cc.catalyst_id = ${catalyst.id})
        ORDER BY a.created_at DESC, a.id DESC LIMIT 30`,
    recentChangeRow,
  );
  return rows.map(({ changes, organisationId, slug, name, status, member, ...row }) => ({
    ...row,
    organisation: { id: organisationId, slug, name, status },
    fields: changes.fields,
    review: Boolean(changes.review),
    canAct: !member,
  }));
}

/**
 * A moderator of the organisation puts back the values a watched change replaced, where nobody changed them since.
 * A change that had sent the profile back to moderation, once reverted, has nothing left to review: the profile is
 * published again. The members are told.
 */
export async function revertProfileChange(
  db: Executor,
  viewer: Viewer | null,
  entryId: number,
  publicUrl: string,
  now = new Date(),
): Promise<{ fields: FieldChange[] }> {
  if (!viewer || !Number.isSafeInteger(entryId) || entryId <= 0) throw new ForbiddenError(viewer, "profile-change:revert");
  const [entry] = await parsedRows(
    db,
    sql`SELECT entity_id AS "organisationId", changes FROM audit_log WHERE id = ${entryId} AND action = ${PROFILE_CHANGED} AND entity_type = 'organisation'`,
    z.object({ organisationId: z.string(), changes: recordedChangesRow }),
  );
  if (!entry) throw new NotFoundError();
  if (!(await mayModerateOrganisation(db, viewer, entry.organisationId))) throw new ForbiddenError(viewer, "profile-change:revert");
  const recorded = entry.changes;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(organisations).where(eq(organisations.id, entry.organisationId)).for("update");
    if (!current) throw new NotFoundError();
    const [already] = await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, PROFILE_CHANGE_REVERTED), eq(auditLog.entityId, current.id), sql`${auditLog.changes}->>'entry' = ${String(entryId)}`))
      .limit(1);
    if (already) throw new ConflictError("reverted");
    const values = Object.fromEntries(recorded.fields.map((change) => [change.field, current[COLUMNS[change.field]] as string | null]));
    const fields = revertibleFields(recorded.fields, values);
    if (fields.length === 0) throw new ConflictError("changed");
    const republish = recorded.review && current.status === "pending" && fields.some((change) => REVIEWED_FIELDS.includes(change.field));
    await tx
      .update(organisations)
      .set({
        ...Object.fromEntries(fields.map((change) => [COLUMNS[change.field], change.from])),
        ...(republish ? { status: "published" as const } : {}),
        updatedAt: now,
      })
      .where(eq(organisations.id, current.id));
    await tx.insert(auditLog).values({
      actorUserId: viewer.id,
      action: PROFILE_CHANGE_REVERTED,
      entityType: "organisation",
      entityId: current.id,
      changes: { entry: String(entryId), fields, ...(republish ? { from: "pending", to: "published" } : {}) },
      createdAt: now,
    });
    const members = await tx
      .select({ email: users.email, locale: users.locale })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organisationId, current.id))
      .orderBy(users.email);
    for (const member of members) {
      const mail = getOrganisationMails(member.locale).reverted(
        current.name,
        fields.map((change) => change.field),
        `${publicUrl}/account/organisations/${current.slug}`,
      );
      await enqueueMail(tx, { to: member.email, ...mail, template: "profile-change-reverted" });
    }
    return { fields };
  });
}
