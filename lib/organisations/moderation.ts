// Moderation of new organisations by the catalysts of their territory (admins everywhere). Authorisation is
// checked here for the function (staff or admin) and for the object (a catalyst covering *this* commune).
import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { auditLog, memberships, organisations, users } from "@/db/schema";
import { coverageContainsCommune } from "@/lib/catalysts/coverage-sql";
import { withdrawPendingIntroductionsOf } from "@/lib/introductions/transitions";
import { enqueueMail } from "@/lib/server/mail/outbox";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { NEED_OFFER_DIRECTIONS, RESOURCE_KINDS, type NeedOfferDirection, type OrganisationStatus, type ResourceKind } from "@/lib/shared/vocabulary";
import { LONGITUDE_SCALE } from "@/lib/geo/distance";
import { DUPLICATE_REASONS, SIMILAR_NAME_KM, duplicateFactsColumns, duplicateFactsRow, duplicateReason, type DuplicateReason } from "./duplicates";
import { compareDomains, isOverdue, waitingDays, type DomainCheck } from "./moderation-checks";
import { DEFAULT_MODERATION_DAYS, moderationOutlook } from "./registration/registration";
import { getOrganisationMails } from "./mail-messages";
import { moderationDecisionSchema, suspensionReasonSchema, type ModerationDecision } from "./schemas";

const queueRow = duplicateFactsRow.extend({
  description: z.string(),
  website: z.string().nullable(),
  contactName: z.string().nullable(),
  contactRole: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  /** The applicant's account address, read here for its domain only: it never leaves this module. */
  submitterEmail: z.string().nullable(),
  submittedAt: z.string(),
});
const queueNeedOfferRow = z.object({
  organisationId: z.string(),
  id: z.string(),
  direction: z.enum(NEED_OFFER_DIRECTIONS),
  resourceKind: z.enum(RESOURCE_KINDS),
  title: z.string(),
});
const candidateRow = duplicateFactsRow.extend({ subjectId: z.string() });

/** A published or pending organisation that is probably the same as the one waiting, and why (duplicateReason). */
export interface QueueDuplicate {
  id: string;
  slug: string;
  name: string;
  communeName: string;
  status: "published" | "pending";
  reason: DuplicateReason;
}

/** What a catalyst needs on a card to decide on a registration. */
export interface QueueItem {
  id: string;
  slug: string;
  name: string;
  kind: string;
  communeName: string;
  departementCode: string;
  description: string;
  website: string | null;
  siren: string | null;
  siret: string | null;
  rna: string | null;
  submittedAt: string;
  /** The contact person the registration gave: the moderating catalyst checks it (docs/permissions.md). */
  contact: { name: string | null; role: string | null; email: string | null; phone: string | null };
  needsOffers: { id: string; direction: NeedOfferDirection; resourceKind: ResourceKind; title: string }[];
  /** The applicant's e-mail domain against the website's (the address itself is not given). */
  domainCheck: DomainCheck;
  duplicates: QueueDuplicate[];
  waiting: { days: number; typicalDays: number; overdue: boolean };
}

/** Probable duplicates shown on one card at most, strongest reason first. */
const DUPLICATES_PER_ITEM = 5;

function canModerate(viewer: Viewer | null): viewer is Viewer {
  return Boolean(viewer && (viewer.isAdmin || viewer.catalysts.length > 0));
}

/**
 * Pending organisations the viewer may moderate, oldest first: in their catalysts' territories, or all for an admin;
 * never one the viewer belongs to (someone else decides on it). Each with what the decision needs: its needs and
 * offers, its contact person, the applicant's e-mail domain against its website, its probable duplicates among
 * published organisations and the pending ones the viewer may moderate, and how long it has waited against how long
 * its territory usually takes (moderationOutlook).
 */
export async function listModerationQueue(db: Executor, viewer: Viewer | null, now: Date = new Date()): Promise<QueueItem[]> {
  if (!canModerate(viewer)) throw new ForbiddenError(viewer, "moderation:queue");
  // Over `organisations o JOIN communes c`: the queue itself, and the pending duplicates a card may name.
  const scope = sql`(${
    viewer.isAdmin
      ? sql`TRUE`
      : sql`EXISTS (SELECT 1 FROM catalyst_coverage cc WHERE cc.catalyst_id IN (${sql.join(
          viewer.catalysts.map((catalyst) => sql`${catalyst.catalystId}::uuid`),
          sql`, `,
        )}) AND ${coverageContainsCommune("cc", "c")})`
  }) AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND m.user_id = ${viewer.id})`;
  const rows = await parsedRows(
    db,
    sql`SELECT ${duplicateFactsColumns}, o.description, o.website,
               o.contact_name AS "contactName", o.contact_role AS "contactRole", o.contact_email AS "contactEmail", o.contact_phone AS "contactPhone",
               (SELECT u.email FROM users u WHERE u.id = coalesce(
                  (SELECT a.actor_user_id FROM audit_log a
                   WHERE a.entity_type = 'organisation' AND a.entity_id = o.id::text AND a.action = 'organisation.submitted'
                   ORDER BY a.created_at DESC LIMIT 1),
                  (SELECT m.user_id FROM memberships m WHERE m.organisation_id = o.id AND m.role = 'owner' ORDER BY m.created_at LIMIT 1))
               ) AS "submitterEmail",
               to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "submittedAt"
        FROM organisations o JOIN communes c ON c.code = o.commune_code
        WHERE o.status = 'pending' AND ${scope}
        ORDER BY o.updated_at, o.id LIMIT 200`,
    queueRow,
  );
  if (!rows.length) return [];
  const ids = rows.map((row) => row.id);
  const items = await parsedRows(
    db,
    sql`SELECT organisation_id AS "organisationId", id, direction, resource_kind AS "resourceKind", title FROM needs_offers
        WHERE organisation_id IN ${ids} AND status = 'open'
        -- Needs, then offers: a registration writes them all at once, so created_at alone orders nothing.
        ORDER BY direction = 'offer', created_at, title, id`,
    queueNeedOfferRow,
  );
  const candidates = await duplicateCandidates(db, ids, scope);
  const typicalDays = await typicalDaysByCommune(db, [...new Set(rows.map((row) => row.communeCode))]);

  return rows.map((row) => {
    const duplicates = candidates
      .filter((candidate) => candidate.subjectId === row.id)
      .map((candidate) => ({ candidate, reason: duplicateReason(row, candidate) }))
      .filter((match): match is { candidate: (typeof candidates)[number]; reason: DuplicateReason } => match.reason !== null)
      .sort((a, b) => DUPLICATE_REASONS.indexOf(a.reason) - DUPLICATE_REASONS.indexOf(b.reason) || a.candidate.name.localeCompare(b.candidate.name, "fr"))
      .slice(0, DUPLICATES_PER_ITEM)
      .map(({ candidate, reason }) => ({
        id: candidate.id,
        slug: candidate.slug,
        name: candidate.name,
        communeName: candidate.communeName,
        status: candidate.status as QueueDuplicate["status"],
        reason,
      }));
    const days = waitingDays(row.submittedAt, now);
    const typical = typicalDays.get(row.communeCode) ?? DEFAULT_MODERATION_DAYS;
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      communeName: row.communeName,
      departementCode: row.departementCode,
      description: row.description,
      website: row.website,
      siren: row.siren,
      siret: row.siret,
      rna: row.rna,
      submittedAt: row.submittedAt,
      contact: { name: row.contactName, role: row.contactRole, email: row.contactEmail, phone: row.contactPhone },
      needsOffers: items
        .filter((item) => item.organisationId === row.id)
        .map(({ id, direction, resourceKind, title }) => ({ id, direction, resourceKind, title })),
      // Imported organisations have no applicant: the contact's address stands in for theirs.
      domainCheck: compareDomains(row.submitterEmail ?? row.contactEmail, row.website),
      duplicates,
      waiting: { days, typicalDays: typical, overdue: isOverdue(days, typical) },
    };
  });
}

/**
 * How long each commune's moderators usually take (moderationOutlook), read once per set of catalysts that moderate
 * there (the catalysts with staff covering it, as moderationOutlook finds them): an admin's queue spans hundreds of
 * communes but a few such sets.
 */
async function typicalDaysByCommune(db: Executor, communeCodes: string[]): Promise<Map<string, number>> {
  const moderatedBy = await parsedRows(
    db,
    sql`SELECT c.code AS "communeCode", coalesce(string_agg(DISTINCT cc.catalyst_id::text, ',' ORDER BY cc.catalyst_id::text), '') AS catalysts
        FROM communes c
        LEFT JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")} AND EXISTS (
          SELECT 1 FROM catalyst_staff s JOIN users u ON u.id = s.user_id AND u.disabled_at IS NULL WHERE s.catalyst_id = cc.catalyst_id)
        WHERE c.code IN ${communeCodes} GROUP BY c.code`,
    z.object({ communeCode: z.string(), catalysts: z.string() }),
  );
  const bySet = new Map<string, number>();
  const result = new Map<string, number>();
  for (const { communeCode, catalysts } of moderatedBy) {
    let days = bySet.get(catalysts);
    if (days === undefined) bySet.set(catalysts, (days = (await moderationOutlook(db, communeCode)).typicalDays));
    result.set(communeCode, days);
  }
  return result;
}

/**
 * The organisations worth comparing with each pending one (duplicateReason decides): the same SIREN (a SIRET's first
 * nine digits: a SIRET always comes with its SIREN), the same RNA, the same name in the same commune, or the same name
 * key within a box around SIMILAR_NAME_KM — each an indexed condition. Published ones anywhere, pending ones only
 * where the viewer moderates (`scope`): the others are not theirs to see.
 */
async function duplicateCandidates(db: Executor, ids: string[], scope: SQL) {
  return parsedRows(
    db,
    sql`SELECT q.subject_id AS "subjectId", ${duplicateFactsColumns}
        FROM (SELECT s.id AS subject_id, s.siren, left(s.siret, 9) AS siret_siren, s.rna, s.commune_code, s.search_name,
                     f_name_key(s.search_name) AS name_key, s.lat, s.lon
              FROM organisations s WHERE s.id IN ${ids}) q
        JOIN organisations o ON o.id <> q.subject_id AND (
             o.siren IN (q.siren, q.siret_siren)
          OR o.rna = q.rna
          OR (o.commune_code = q.commune_code AND o.search_name = q.search_name)
          OR (q.name_key <> '' AND f_name_key(o.search_name) = q.name_key AND o.geo <@ box(
                point(q.lon * ${LONGITUDE_SCALE}::float8 - ${SIMILAR_NAME_KM}::float8 / (110 * cos(radians(q.lat))), q.lat - ${SIMILAR_NAME_KM}::float8 / 110),
                point(q.lon * ${LONGITUDE_SCALE}::float8 + ${SIMILAR_NAME_KM}::float8 / (110 * cos(radians(q.lat))), q.lat + ${SIMILAR_NAME_KM}::float8 / 110))))
        JOIN communes c ON c.code = o.commune_code
        WHERE o.status = 'published' OR (o.status = 'pending' AND ${scope})`,
    candidateRow,
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
      const profileUrl = `${publicUrl}/organisations/${organisation.slug}`;
      const mail =
        input.decision === "approve"
          ? mails.approved(organisation.name, profileUrl, `${profileUrl}/partners`, message)
          : input.decision === "request_changes"
            ? mails.changesRequested(organisation.name, message, `${publicUrl}/account`)
            : mails.rejected(organisation.name, message, `${publicUrl}/account`);
      await enqueueMail(tx, { to: owner.email, ...mail, template: `moderation-${input.decision}` });
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
    const mail = getOrganisationMails(member.locale).suspended(organisation.name, reason, `${publicUrl}/account`);
    await enqueueMail(tx, { to: member.email, ...mail, template: "organisation-suspended" });
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
