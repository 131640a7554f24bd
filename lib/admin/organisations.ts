// Organisations in the back-office: search every organisation whatever its status, suspend and restore, and merge a
// duplicate into the organisation that stays. Admins only (requireAdmin); every change is audited in its transaction.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor } from "@/db/client";
import { auditLog, memberships, needsOffers, organisations } from "@/db/schema";
import { ORGANISATION_STATUSES, type OrganisationStatus } from "@/lib/shared/vocabulary";
import { withdrawPendingIntroductionsOf } from "@/lib/introductions/transitions";
import { applySuspension, lockOrganisationStatus } from "@/lib/organisations/moderation";
import { restoreReasonSchema, suspensionReasonSchema } from "@/lib/organisations/schemas";
import type { Viewer } from "@/lib/auth/viewer";
import { requireAdmin } from "./access";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/server/errors";

export const ADMIN_PAGE_SIZE = 50;

const adminOrganisationRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  status: z.enum(ORGANISATION_STATUSES),
  communeName: z.string(),
  departementCode: z.string(),
  siren: z.string().nullable(),
  rna: z.string().nullable(),
  members: z.number(),
  updatedAt: z.string(),
});
export type AdminOrganisationRow = z.infer<typeof adminOrganisationRow>;

export const adminOrganisationSearch = z.object({
  q: z.preprocess((value) => (typeof value === "string" ? value.trim().slice(0, 100).trimEnd() : ""), z.string()),
  status: z.preprocess((value) => (value === "" ? undefined : value), z.enum(ORGANISATION_STATUSES).optional().catch(undefined)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AdminOrganisationSearch = z.infer<typeof adminOrganisationSearch>;

/** Every organisation, by name (a typo tolerated), SIREN/SIRET/RNA or slug, newest change first when no text. */
export async function searchOrganisationsForAdmin(
  db: Executor,
  viewer: Viewer | null,
  search: AdminOrganisationSearch,
): Promise<{ rows: AdminOrganisationRow[]; total: number }> {
  requireAdmin(viewer);
  const text = search.q;
  const digits = text.replace(/\s/g, "");
  const conditions = [sql`TRUE`];
  if (search.status) conditions.push(sql`o.status = ${search.status}`);
  if (/^\d{9,14}$/.test(digits)) conditions.push(sql`(o.siren = ${digits.slice(0, 9)} OR o.siret = ${digits})`);
  else if (/^W\d{9}$/i.test(digits)) conditions.push(sql`o.rna = ${digits.toUpperCase()}`);
  else if (text)
    conditions.push(sql`(o.search_name % f_search_normalize(${text}) OR o.search_name LIKE '%' || f_search_normalize(${text}) || '%' OR o.slug = ${text})`);
  const where = sql.join(conditions, sql` AND `);
  const order = text && !/^\d/.test(digits) ? sql`similarity(o.search_name, f_search_normalize(${text})) DESC, o.name` : sql`o.updated_at DESC`;
  const [count] = await parsedRows(db, sql`SELECT count(*)::int AS total FROM organisations o WHERE ${where}`, z.object({ total: z.number() }));
  const rows = await parsedRows(
    db,
    sql`SELECT o.id, o.slug, o.name, o.kind, o.status, c.name AS "communeName", c.departement_code AS "departementCode", o.siren, o.rna,
               (SELECT count(*)::int FROM memberships m WHERE m.organisation_id = o.id) AS members,
               ${isoTimestamp("o.updated_at")} AS "updatedAt"
        FROM organisations o JOIN communes c ON c.code = o.commune_code
        WHERE ${where}
        ORDER BY ${order}
        LIMIT ${ADMIN_PAGE_SIZE} OFFSET ${(search.page - 1) * ADMIN_PAGE_SIZE}`,
    adminOrganisationRow,
  );
  return { rows, total: count?.total ?? 0 };
}

/** Which statuses each admin action moves from, and to. */
const STATUS_ACTIONS = {
  suspend: { from: ["published", "pending", "draft"], to: "suspended" },
  restore: { from: ["suspended"], to: "published" },
} as const satisfies Record<string, { from: readonly OrganisationStatus[]; to: OrganisationStatus }>;
export type StatusAction = keyof typeof STATUS_ACTIONS;

/**
 * Suspends an organisation (it leaves the directory, the map and matching at once; its members keep it, read-only)
 * or restores a suspended one to the directory. A reason is required to suspend; it is shown to the members.
 */
export async function setOrganisationStatusByAdmin(
  db: Executor,
  viewer: Viewer | null,
  input: { organisationId: string; action: StatusAction; reason: string },
  publicUrl: string,
): Promise<void> {
  const admin = requireAdmin(viewer);
  const rule = STATUS_ACTIONS[input.action];
  // The catalysts' rule for a suspension's reason (lib/organisations/schemas.ts), which the admins' form parses too.
  const parsed = (input.action === "suspend" ? suspensionReasonSchema : restoreReasonSchema).safeParse(input.reason);
  if (!parsed.success) throw new InvalidInputError("reason");
  const reason = parsed.data;
  await db.transaction(async (tx) => {
    const organisation = await lockOrganisationStatus(tx, input.organisationId);
    if (!(rule.from as readonly string[]).includes(organisation.status)) throw new ConflictError(organisation.status);
    const now = new Date();
    if (input.action === "suspend") {
      await applySuspension(tx, organisation, admin.id, reason, publicUrl, now);
      return;
    }
    await tx
      .update(organisations)
      .set({ status: rule.to, moderationNote: null, updatedAt: now, publishedAt: now })
      .where(eq(organisations.id, organisation.id));
    await tx.insert(auditLog).values({
      actorUserId: admin.id,
      action: `organisation.${input.action}`,
      entityType: "organisation",
      entityId: organisation.id,
      changes: { from: organisation.status, to: rule.to, ...(reason ? { reason } : {}) },
    });
  });
}

const IDENTIFIERS = ["siren", "siret", "rna", "externalId"] as const;
export type OrganisationIdentifier = (typeof IDENTIFIERS)[number];
type Identified = Record<OrganisationIdentifier, string | null>;

/** The identifiers the kept organisation lacks and the duplicate has: a merge copies them over. */
function identifiersToFill(duplicate: Identified, kept: Identified): OrganisationIdentifier[] {
  return IDENTIFIERS.filter((field) => !kept[field] && duplicate[field]);
}

export interface MergeOutcome {
  movedMembers: number;
  movedItems: number;
  filledIdentifiers: string[];
}

/**
 * Merges a duplicate into the organisation that stays, in one transaction: members join the kept organisation
 * (keeping the stronger role where they already belong), open needs and offers move to it, identifiers it lacks
 * are taken from the duplicate. The duplicate stays as a "merged" record pointing to the kept one, so that its old
 * address leads there and its past introductions keep their history.
 */
export async function mergeOrganisations(
  db: Executor,
  viewer: Viewer | null,
  input: { duplicateId: string; keptId: string },
  publicUrl: string,
): Promise<MergeOutcome> {
  const admin = requireAdmin(viewer);
  if (input.duplicateId === input.keptId) throw new InvalidInputError("keptId");
  return db.transaction(async (tx) => {
    // Lock both rows in a fixed order, so that two merges of the same pair cannot deadlock.
    const locked = await tx
      .select()
      .from(organisations)
      .where(sql`${organisations.id} IN (${input.duplicateId}, ${input.keptId})`)
      .orderBy(organisations.id)
      .for("update");
    const duplicate = locked.find((row) => row.id === input.duplicateId);
    const kept = locked.find((row) => row.id === input.keptId);
    if (!duplicate || !kept) throw new NotFoundError();
    if (duplicate.status === "merged" || kept.status === "merged") throw new ConflictError("merged");

    const moved = await parsedRows(
      tx,
      sql`INSERT INTO memberships (user_id, organisation_id, role)
          SELECT user_id, ${kept.id}, role FROM memberships WHERE organisation_id = ${duplicate.id}
          ON CONFLICT (user_id, organisation_id) DO UPDATE
            SET role = CASE WHEN memberships.role = 'owner' OR EXCLUDED.role = 'owner' THEN 'owner' ELSE memberships.role END
          RETURNING user_id AS "userId"`,
      z.object({ userId: z.string() }),
    );
    await tx.delete(memberships).where(eq(memberships.organisationId, duplicate.id));
    const items = await tx
      .update(needsOffers)
      .set({ organisationId: kept.id, updatedAt: new Date() })
      .where(and(eq(needsOffers.organisationId, duplicate.id), eq(needsOffers.status, "open")))
      .returning({ id: needsOffers.id });

    const identifiers = identifiersToFill(duplicate, kept);
    const now = new Date();
    // The duplicate gives up its identifiers first: the kept organisation may take its external id (unique).
    await tx
      .update(organisations)
      .set({ status: "merged", mergedIntoId: kept.id, siren: null, siret: null, rna: null, externalId: null, updatedAt: now })
      .where(eq(organisations.id, duplicate.id));
    if (identifiers.length) {
      await tx
        .update(organisations)
        .set({ ...Object.fromEntries(identifiers.map((field) => [field, duplicate[field]])), updatedAt: now })
        .where(eq(organisations.id, kept.id));
    }
    // Earlier merges into the duplicate now lead to the kept organisation.
    await tx.update(organisations).set({ mergedIntoId: kept.id }).where(eq(organisations.mergedIntoId, duplicate.id));
    // The merged record is out of the directory: nothing pending may go on in its name.
    await withdrawPendingIntroductionsOf(tx, duplicate.id, admin.id, publicUrl, now);
    const outcome = { movedMembers: moved.length, movedItems: items.length, filledIdentifiers: identifiers };
    await tx.insert(auditLog).values({
      actorUserId: admin.id,
      action: "organisation.merge",
      entityType: "organisation",
      entityId: duplicate.id,
      changes: { mergedInto: kept.id, duplicateName: duplicate.name, keptName: kept.name, from: duplicate.status, ...outcome },
    });
    return outcome;
  });
}

/**
 * The organisations a duplicate could be merged into, from what an admin typed: the one with that exact slug, else
 * the closest names (at most five), never the duplicate itself nor a merged record.
 */
export async function findMergeCandidates(db: Executor, viewer: Viewer | null, input: { duplicateId: string; text: string }): Promise<AdminOrganisationRow[]> {
  const text = input.text.trim();
  if (!text) return [];
  const { rows } = await searchOrganisationsForAdmin(db, viewer, adminOrganisationSearch.parse({ q: text }));
  const candidates = rows.filter((row) => row.id !== input.duplicateId && row.status !== "merged");
  const exact = candidates.find((row) => row.slug === text);
  return exact ? [exact] : candidates.slice(0, 5);
}

export interface MergePreview {
  duplicate: { id: string; slug: string; name: string };
  kept: { id: string; slug: string; name: string; status: OrganisationStatus };
  members: number;
  openItems: number;
  identifiers: OrganisationIdentifier[];
}

/** What merging would move, for the admin to confirm: the same checks as mergeOrganisations, without writing. */
export async function previewOrganisationMerge(db: Executor, viewer: Viewer | null, input: { duplicateId: string; keptId: string }): Promise<MergePreview> {
  requireAdmin(viewer);
  if (input.duplicateId === input.keptId) throw new InvalidInputError("keptId");
  const [duplicate, kept] = await Promise.all(
    [input.duplicateId, input.keptId].map(async (id) => {
      const [row] = await db
        .select({
          id: organisations.id,
          slug: organisations.slug,
          name: organisations.name,
          status: organisations.status,
          siren: organisations.siren,
          siret: organisations.siret,
          rna: organisations.rna,
          externalId: organisations.externalId,
        })
        .from(organisations)
        .where(eq(organisations.id, id));
      return row;
    }),
  );
  if (!duplicate || !kept) throw new NotFoundError();
  if (duplicate.status === "merged" || kept.status === "merged") throw new ConflictError("merged");
  const [counts] = await parsedRows(
    db,
    sql`SELECT (SELECT count(*)::int FROM memberships WHERE organisation_id = ${duplicate.id}) AS members,
               (SELECT count(*)::int FROM needs_offers WHERE organisation_id = ${duplicate.id} AND status = 'open') AS "openItems"`,
    z.object({ members: z.number(), openItems: z.number() }),
  );
  return {
    duplicate: { id: duplicate.id, slug: duplicate.slug, name: duplicate.name },
    kept: { id: kept.id, slug: kept.slug, name: kept.name, status: kept.status },
    members: counts?.members ?? 0,
    openItems: counts?.openItems ?? 0,
    identifiers: identifiersToFill(duplicate, kept),
  };
}

/** Where a merged organisation's old address leads: the slug of the organisation it was merged into. */
export async function mergedOrganisationTarget(db: Executor, slug: string): Promise<string | null> {
  const [row] = await parsedRows(
    db,
    sql`SELECT k.slug FROM organisations d JOIN organisations k ON k.id = d.merged_into_id WHERE d.slug = ${slug} AND d.status = 'merged' AND k.status = 'published'`,
    z.object({ slug: z.string() }),
  );
  return row?.slug ?? null;
}
