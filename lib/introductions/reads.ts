// Reading introductions: one introduction with its history, its actions for the viewer and — once both sides agreed,
// for the parties and the catalyst only — the contact persons; and the viewer's lists (sent, received, to handle).
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor, type RowSchema } from "@/db/client";
import { INTRODUCTION_STATUSES, NEED_OFFER_DIRECTIONS, type IntroductionStatus, type Objective, type PartnershipType } from "@/lib/shared/vocabulary";
import type { Viewer } from "@/lib/auth/viewer";
import { availableActions, contactsRevealed, heldBackByConflict, type IntroductionAction, type IntroductionBox, type IntroductionRole } from "./workflow";
import { IntroductionError } from "./errors";
import { seesContacts, visibleRoles } from "./parties";
import { introductionSummary, introductionTextFields } from "@/lib/open-data/api-responses";

export interface ContactPerson {
  organisation: string;
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface IntroductionDetail {
  id: string;
  status: IntroductionStatus;
  requester: { id: string; slug: string; name: string; kind: string; communeName: string };
  target: { id: string; slug: string; name: string; kind: string; communeName: string };
  catalyst: { slug: string; name: string } | null;
  needOffer: { id: string; direction: "need" | "offer"; title: string; ownerIsRequester: boolean } | null;
  objective: Objective | null;
  hopedPartnershipType: PartnershipType | null;
  outcomePartnershipType: PartnershipType | null;
  message: string;
  catalystNote: string | null;
  decisionReason: string | null;
  createdAt: string;
  updatedAt: string;
  roles: IntroductionRole[];
  actions: IntroductionAction[];
  /** A step the viewer's roles allow is held back: they stand on both sides, someone else must take it. */
  heldBack: boolean;
  /** Only once both sides agreed, and only for the parties and the catalyst. */
  contacts: ContactPerson[] | null;
  events: { fromStatus: IntroductionStatus | null; toStatus: IntroductionStatus; by: IntroductionRole; note: string | null; at: string }[];
}

/** One side of an introduction, as json_build_object makes it. */
const partyRow: RowSchema<IntroductionDetail["requester"]> = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  communeName: z.string(),
});
const detailRow = z.object({
  id: z.string(),
  status: z.enum(INTRODUCTION_STATUSES),
  requesterOrganisationId: z.string(),
  targetOrganisationId: z.string(),
  catalystId: z.string().nullable(),
  ...introductionTextFields,
  createdAt: z.string(),
  updatedAt: z.string(),
  requester: partyRow,
  target: partyRow,
  catalystSlug: z.string().nullable(),
  catalystName: z.string().nullable(),
  needOfferId: z.string().nullable(),
  needOfferDirection: z.enum(NEED_OFFER_DIRECTIONS).nullable(),
  needOfferTitle: z.string().nullable(),
  needOfferOwner: z.string().nullable(),
});
const contactPersonRow: RowSchema<ContactPerson> = z.object({
  organisation: z.string(),
  name: z.string().nullable(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
const eventRow: RowSchema<IntroductionDetail["events"][number]> = z.object({
  fromStatus: z.enum(INTRODUCTION_STATUSES).nullable(),
  toStatus: z.enum(INTRODUCTION_STATUSES),
  by: z.enum(["requester", "target", "catalyst", "admin", "system"]),
  note: z.string().nullable(),
  at: z.string(),
});

export async function getIntroduction(db: Executor, viewer: Viewer | null, introductionId: string): Promise<IntroductionDetail> {
  if (!viewer) throw new IntroductionError("forbidden");
  if (!/^[0-9a-f-]{36}$/i.test(introductionId)) throw new IntroductionError("not_found");
  const [row] = await parsedRows(
    db,
    sql`SELECT i.id, i.status, i.requester_organisation_id AS "requesterOrganisationId", i.target_organisation_id AS "targetOrganisationId",
               i.catalyst_id AS "catalystId", i.objective, i.hoped_partnership_type AS "hopedPartnershipType",
               i.outcome_partnership_type AS "outcomePartnershipType", i.message, i.catalyst_note AS "catalystNote",
               i.decision_reason AS "decisionReason", ${isoTimestamp("i.created_at")} AS "createdAt", ${isoTimestamp("i.updated_at")} AS "updatedAt",
               json_build_object('id', ro.id, 'slug', ro.slug, 'name', ro.name, 'kind', ro.kind, 'communeName', rc.name) AS requester,
               json_build_object('id', t.id, 'slug', t.slug, 'name', t.name, 'kind', t.kind, 'communeName', tc.name) AS target,
               k.slug AS "catalystSlug", k.name AS "catalystName",
               n.id AS "needOfferId", n.direction AS "needOfferDirection", n.title AS "needOfferTitle", n.organisation_id AS "needOfferOwner"
        FROM introductions i
        JOIN organisations ro ON ro.id = i.requester_organisation_id JOIN communes rc ON rc.code = ro.commune_code
        JOIN organisations t ON t.id = i.target_organisation_id JOIN communes tc ON tc.code = t.commune_code
        LEFT JOIN catalysts k ON k.id = i.catalyst_id
        LEFT JOIN needs_offers n ON n.id = i.need_offer_id
        WHERE i.id = ${introductionId}`,
    detailRow,
  );
  if (!row) throw new IntroductionError("not_found");
  const { roles, context } = await visibleRoles(db, viewer, row);
  if (roles.length === 0) throw new IntroductionError("not_found");

  let contacts: ContactPerson[] | null = null;
  if (contactsRevealed(row.status) && seesContacts(roles, row.catalystId)) {
    contacts = await parsedRows(
      db,
      sql`SELECT name AS organisation, contact_name AS name, contact_role AS role, contact_email AS email, contact_phone AS phone
          FROM organisations WHERE id IN (${row.requesterOrganisationId}::uuid, ${row.targetOrganisationId}::uuid)
          ORDER BY (id = ${row.requesterOrganisationId}) DESC`,
      contactPersonRow,
    );
  }
  const eventRows = await parsedRows(
    db,
    sql`SELECT e.from_status AS "fromStatus", e.to_status AS "toStatus", e.note, ${isoTimestamp("e.created_at")} AS at,
               CASE WHEN e.actor_user_id IS NULL THEN 'system'
                    WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = e.actor_user_id AND m.organisation_id = ${row.requesterOrganisationId}) THEN 'requester'
                    WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = e.actor_user_id AND m.organisation_id = ${row.targetOrganisationId}) THEN 'target'
                    WHEN EXISTS (SELECT 1 FROM catalyst_staff s WHERE s.user_id = e.actor_user_id AND s.catalyst_id = ${row.catalystId}) THEN 'catalyst'
                    ELSE 'admin' END AS by
        FROM introduction_events e WHERE e.introduction_id = ${row.id} ORDER BY e.created_at, e.id`,
    eventRow,
  );
  // Notes are for the parties: a rejection reason is for the requester and the catalyst, a catalyst's word for all.
  return {
    id: row.id,
    status: row.status,
    requester: row.requester,
    target: row.target,
    catalyst: row.catalystSlug ? { slug: row.catalystSlug, name: row.catalystName ?? "" } : null,
    needOffer: row.needOfferId
      ? {
          id: row.needOfferId,
          direction: row.needOfferDirection ?? "need",
          title: row.needOfferTitle ?? "",
          ownerIsRequester: row.needOfferOwner === row.requesterOrganisationId,
        }
      : null,
    objective: row.objective,
    hopedPartnershipType: row.hopedPartnershipType,
    outcomePartnershipType: row.outcomePartnershipType,
    message: row.message,
    catalystNote: row.catalystNote,
    decisionReason: row.decisionReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    roles,
    actions: availableActions(row.status, roles, context),
    heldBack: heldBackByConflict(row.status, roles, context),
    contacts,
    events: eventRows,
  };
}

export interface IntroductionSummary {
  id: string;
  status: IntroductionStatus;
  requesterName: string;
  requesterSlug: string;
  targetName: string;
  targetSlug: string;
  catalystName: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A row of the list: the summary the API documents, and the window's total. */
const summaryRow: RowSchema<IntroductionSummary & { total: number }> = introductionSummary.extend({ total: z.number() });

export const INTRODUCTIONS_PAGE_SIZE = 20;

/** Which introductions each box holds for this viewer, and the territory they decide for (staff, admins). */
function boxScopes(viewer: Viewer): { scopes: Record<IntroductionBox, SQL>; territory: SQL } {
  const organisationIds = viewer.memberships.map((membership) => sql`${membership.organisationId}::uuid`);
  const catalystIds = viewer.catalysts.map((catalyst) => sql`${catalyst.catalystId}::uuid`);
  const none = sql`FALSE`;
  const territory = viewer.isAdmin
    ? catalystIds.length
      ? sql`(i.catalyst_id IS NULL OR i.catalyst_id IN (${sql.join(catalystIds, sql`, `)}))`
      : sql`i.catalyst_id IS NULL`
    : catalystIds.length
      ? sql`i.catalyst_id IN (${sql.join(catalystIds, sql`, `)})`
      : none;
  // What waits for this person's decision: requests still to forward or reject, less those where they stand on
  // either side (isConflictOfInterest: someone else decides those).
  const awaitingDecision = organisationIds.length
    ? sql`(i.status = 'submitted' AND i.requester_organisation_id NOT IN (${sql.join(organisationIds, sql`, `)})
           AND i.target_organisation_id NOT IN (${sql.join(organisationIds, sql`, `)}))`
    : sql`i.status = 'submitted'`;
  const scopes: Record<IntroductionBox, SQL> = {
    sent: organisationIds.length ? sql`i.requester_organisation_id IN (${sql.join(organisationIds, sql`, `)})` : none,
    // The target sees a request only once the catalyst forwarded it.
    received: organisationIds.length
      ? sql`(i.target_organisation_id IN (${sql.join(organisationIds, sql`, `)}) AND EXISTS (SELECT 1 FROM introduction_events e WHERE e.introduction_id = i.id AND e.to_status = 'forwarded'))`
      : none,
    catalyst: sql`(${territory} AND ${awaitingDecision})`,
  };
  return { scopes, territory };
}

/**
 * What waits for the viewer's own action: requests of their territory to forward or reject (the catalyst's box)
 * and forwarded requests their organisations have to answer (received). /introductions opens where these are.
 */
export async function countAwaitingAction(db: Executor, viewer: Viewer | null): Promise<{ catalyst: number; received: number }> {
  if (!viewer) throw new IntroductionError("forbidden");
  const { scopes } = boxScopes(viewer);
  const [counts] = await parsedRows(
    db,
    sql`SELECT (SELECT count(*)::int FROM introductions i WHERE ${scopes.catalyst}) AS catalyst,
               (SELECT count(*)::int FROM introductions i WHERE ${scopes.received} AND i.status = 'forwarded') AS received`,
    z.object({ catalyst: z.number(), received: z.number() }),
  );
  return counts ?? { catalyst: 0, received: 0 };
}

/**
 * The viewer's introductions: sent by their organisations, received by them, or (staff, admins) the requests of
 * their territory that wait for their decision.
 */
export async function listIntroductions(
  db: Executor,
  viewer: Viewer | null,
  options: { box: IntroductionBox; status?: IntroductionStatus | null; page?: number },
): Promise<{ items: IntroductionSummary[]; total: number; counts: Record<IntroductionBox, number> }> {
  if (!viewer) throw new IntroductionError("forbidden");
  const { scopes, territory } = boxScopes(viewer);
  const statusAsked = options.status && INTRODUCTION_STATUSES.includes(options.status) ? options.status : null;
  // The box and its count hold only what awaits a decision; a status asked for (the dashboard's figures lead there)
  // lists the territory's introductions in that status, to look back on them.
  const listScopes: Record<IntroductionBox, SQL> = { ...scopes, catalyst: statusAsked ? territory : scopes.catalyst };
  const status = statusAsked ? sql`AND i.status = ${statusAsked}` : sql``;
  const page = Math.max(1, Math.min(10_000, Math.floor(options.page ?? 1)));
  const [items, [counts]] = await Promise.all([
    parsedRows(
      db,
      sql`SELECT i.id, i.status, r.name AS "requesterName", r.slug AS "requesterSlug", t.name AS "targetName", t.slug AS "targetSlug",
                 k.name AS "catalystName", ${isoTimestamp("i.created_at")} AS "createdAt", ${isoTimestamp("i.updated_at")} AS "updatedAt",
                 count(*) OVER ()::int AS total
          FROM introductions i
          JOIN organisations r ON r.id = i.requester_organisation_id
          JOIN organisations t ON t.id = i.target_organisation_id
          LEFT JOIN catalysts k ON k.id = i.catalyst_id
          WHERE ${listScopes[options.box]} ${status}
          ORDER BY (i.status IN ('submitted', 'forwarded')) DESC, i.updated_at DESC, i.id
          LIMIT ${INTRODUCTIONS_PAGE_SIZE} OFFSET ${(page - 1) * INTRODUCTIONS_PAGE_SIZE}`,
      summaryRow,
    ),
    parsedRows(
      db,
      sql`SELECT (SELECT count(*)::int FROM introductions i WHERE ${scopes.sent}) AS sent,
                 (SELECT count(*)::int FROM introductions i WHERE ${scopes.received}) AS received,
                 (SELECT count(*)::int FROM introductions i WHERE ${scopes.catalyst}) AS catalyst`,
      z.object({ sent: z.number(), received: z.number(), catalyst: z.number() }),
    ),
  ]);
  return {
    items: items.map(({ total: _total, ...item }) => item),
    total: items[0]?.total ?? 0,
    counts: counts ?? { sent: 0, received: 0, catalyst: 0 },
  };
}
