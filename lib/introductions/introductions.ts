// Introductions: an organisation asks to meet another; the territory's catalyst forwards (or rejects); the other
// accepts (or declines); only then are the contact persons revealed. The workflow is the pure state machine of
// lib/introductions/workflow.ts; this module applies it: authorisation for the function and for the object (who
// the viewer is *for this introduction*), every transition in one transaction with its event row, its in-app
// notifications and its e-mails (through the outbox, in the recipient's language).
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { isoTimestamp, queryRows, type Executor } from "@/db/client";
import { introductionEvents, introductions } from "@/db/schema";
import { coverageContainsCommune } from "@/lib/catalysts/coverage-sql";
import {
  INTRODUCTION_STATUS_LABELS,
  INTRODUCTION_STATUSES,
  OBJECTIVES,
  PARTNERSHIP_TYPES,
  type IntroductionStatus,
  type Objective,
  type PartnershipType,
} from "@/lib/shared/vocabulary";
import { INTRODUCTION_ERRORS, type NotificationData, type NotificationKind } from "@/lib/introductions/messages";
import { labelOf } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/messages";
import { findRecipients, notifyPeople, type Recipient } from "@/lib/accounts/notifications";
import { consumeRateLimit, type RateLimitRule } from "@/lib/server/rate-limit";
import { logSecurityEvent } from "@/lib/server/security-log";
import type { Viewer } from "@/lib/auth/viewer";
import {
  availableActions,
  checkTransition,
  contactsRevealed,
  EXPIRY_DAYS,
  heldBackByConflict,
  MAX_PENDING_PER_ORGANISATION,
  PENDING_STATUSES,
  REMINDER_DAYS,
  type IntroductionAction,
  type IntroductionBox,
  type IntroductionRole,
  type TransitionContext,
} from "./workflow";

export const INTRODUCTIONS_PER_USER: RateLimitRule = { name: "introductions:user", limit: 10, windowSeconds: 24 * 3600 };
const DAY_MS = 24 * 3600 * 1000;

export type IntroductionErrorCode =
  | "not_found"
  | "forbidden"
  | "role"
  | "conflict"
  | "organisationUnavailable"
  | "cap"
  | "duplicate"
  | "status"
  | "note"
  | "partnershipType"
  | "message"
  | "notPublished"
  | "targetUnavailable"
  | "self"
  | "needOffer"
  | "rateLimited";

const HTTP_STATUS: Record<IntroductionErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  role: 403,
  conflict: 403,
  organisationUnavailable: 409,
  cap: 409,
  duplicate: 409,
  status: 409,
  note: 422,
  partnershipType: 422,
  message: 422,
  notPublished: 422,
  targetUnavailable: 422,
  self: 422,
  needOffer: 422,
  rateLimited: 429,
};
/** The form field an error belongs to, for field-level messages. */
const FIELD: Partial<Record<IntroductionErrorCode, string>> = {
  note: "note",
  partnershipType: "partnershipType",
  message: "message",
  notPublished: "from",
  targetUnavailable: "to",
  self: "from",
  needOffer: "needOfferId",
};

export class IntroductionError extends Error {
  constructor(
    readonly code: IntroductionErrorCode,
    readonly detail: { status?: IntroductionStatus; retryAfterSeconds?: number; viewerId?: string } = {},
  ) {
    super(code);
    // Refused permissions go to the security log as they are made (rate limits are logged by the limiter).
    if (code === "forbidden" || code === "role" || code === "conflict") logSecurityEvent({ event: "permission_refused", userId: detail.viewerId ?? null, what: `introduction:${code}` });
  }
  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
  get field(): string | undefined {
    return FIELD[this.code];
  }
  /** A clear message in the user's language (not_found and forbidden are said by the page or the API). */
  messageIn(locale: Locale): string {
    const texts = INTRODUCTION_ERRORS[locale];
    switch (this.code) {
      case "cap":
        return texts.cap(MAX_PENDING_PER_ORGANISATION);
      case "status":
        return texts.status(labelOf(INTRODUCTION_STATUS_LABELS, this.detail.status ?? "", locale));
      case "not_found":
        return locale === "en" ? "No such introduction." : "Cette mise en relation n'existe pas.";
      case "forbidden":
        return texts.role;
      default:
        return texts[this.code];
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Who is the viewer for one introduction

interface IntroductionRow {
  id: string;
  status: IntroductionStatus;
  requesterOrganisationId: string;
  targetOrganisationId: string;
  catalystId: string | null;
  createdAt: Date | string;
}

function rolesOf(viewer: Viewer, row: Pick<IntroductionRow, "requesterOrganisationId" | "targetOrganisationId" | "catalystId">): IntroductionRole[] {
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
async function visibleRoles(
  db: Executor,
  viewer: Viewer,
  row: Pick<IntroductionRow, "id" | "requesterOrganisationId" | "targetOrganisationId" | "catalystId">,
): Promise<{ roles: IntroductionRole[]; context: TransitionContext }> {
  const roles = rolesOf(viewer, row);
  if (!roles.includes("target")) return { roles, context: {} };
  const [forwarded] = await queryRows<{ byViewer: boolean }>(
    db,
    sql`SELECT bool_or(actor_user_id = ${viewer.id}) AS "byViewer" FROM introduction_events
        WHERE introduction_id = ${row.id} AND to_status = 'forwarded' HAVING count(*) > 0`,
  );
  if (!forwarded) return { roles: roles.filter((role) => role !== "target"), context: { belongsToTarget: true } };
  return { roles, context: { forwardedByViewer: Boolean(forwarded.byViewer) } };
}

/** The catalyst's side sees contacts once revealed; admins do only where they stand in for a missing catalyst. */
function seesContacts(roles: IntroductionRole[], catalystId: string | null): boolean {
  return roles.includes("requester") || roles.includes("target") || roles.includes("catalyst") || (roles.includes("admin") && !catalystId);
}

// ---------------------------------------------------------------------------------------------------------
// Notifications and mails

/** Tells these people about an introduction: its page is where the notification and the mail lead. */
function notify(db: Executor, people: Recipient[], kind: NotificationKind, introductionId: string, data: NotificationData, publicUrl: string): Promise<void> {
  return notifyPeople(db, people, { kind, data, introductionId, path: `/introductions/${introductionId}` }, publicUrl);
}

async function namesOf(db: Executor, row: Pick<IntroductionRow, "requesterOrganisationId" | "targetOrganisationId" | "catalystId">): Promise<NotificationData> {
  const [names] = await queryRows<NotificationData>(
    db,
    sql`SELECT (SELECT name FROM organisations WHERE id = ${row.requesterOrganisationId}) AS requester,
               (SELECT name FROM organisations WHERE id = ${row.targetOrganisationId}) AS target,
               coalesce((SELECT name FROM catalysts WHERE id = ${row.catalystId}), 'Alliances') AS catalyst`,
  );
  return names as NotificationData;
}

// ---------------------------------------------------------------------------------------------------------
// Requesting an introduction

export interface IntroductionRequest {
  fromOrganisationId: string;
  toSlug: string;
  needOfferId?: string | null;
  objective?: Objective | null;
  partnershipType?: PartnershipType | null;
  message: string;
}

/**
 * The catalyst that handles a request: one whose coverage contains the target's commune (the most local
 * first), else one covering the requester's; null when nobody covers either (the network's admins handle it).
 */
async function routeToCatalyst(db: Executor, targetCommune: string, requesterCommune: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`SELECT cc.catalyst_id AS id
        FROM communes c JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
        WHERE c.code IN (${targetCommune}, ${requesterCommune})
        ORDER BY (c.code = ${targetCommune}) DESC,
                 CASE cc.territory_kind WHEN 'commune' THEN 0 WHEN 'intercommunality' THEN 1 ELSE 2 END,
                 cc.catalyst_id
        LIMIT 1`,
  );
  return row?.id ?? null;
}

export async function requestIntroduction(db: Executor, viewer: Viewer | null, input: IntroductionRequest, publicUrl: string, now = new Date()): Promise<{ id: string }> {
  if (!viewer) throw new IntroductionError("forbidden");
  const membership = viewer.memberships.find((item) => item.organisationId === input.fromOrganisationId);
  if (!membership) throw new IntroductionError("forbidden", { viewerId: viewer.id });
  if (membership.status !== "published") throw new IntroductionError("notPublished");
  const message = input.message.trim();
  if (message.length < 20 || message.length > 2_000) throw new IntroductionError("message");
  if (input.objective && !OBJECTIVES.includes(input.objective)) throw new IntroductionError("message");
  if (input.partnershipType && !PARTNERSHIP_TYPES.includes(input.partnershipType)) throw new IntroductionError("partnershipType");

  const [target] = await queryRows<{ id: string; communeCode: string; status: string }>(
    db,
    sql`SELECT id, commune_code AS "communeCode", status FROM organisations WHERE slug = ${input.toSlug.slice(0, 200)}`,
  );
  if (!target || target.status !== "published") throw new IntroductionError("targetUnavailable");
  if (target.id === input.fromOrganisationId) throw new IntroductionError("self");
  if (viewer.memberships.some((item) => item.organisationId === target.id)) throw new IntroductionError("self");

  const limited = await consumeRateLimit(db, INTRODUCTIONS_PER_USER, viewer.id, now);
  if (!limited.allowed) throw new IntroductionError("rateLimited", { retryAfterSeconds: limited.retryAfterSeconds });

  const requested = await db.transaction(async (tx) => {
    // Locking the requester serialises its requests: the cap and the duplicate check hold under concurrency.
    const [requester] = await queryRows<{ id: string; communeCode: string; status: string }>(
      tx,
      sql`SELECT id, commune_code AS "communeCode", status FROM organisations WHERE id = ${input.fromOrganisationId} FOR UPDATE`,
    );
    if (!requester || requester.status !== "published") throw new IntroductionError("notPublished");
    if (input.needOfferId) {
      const [item] = await queryRows<{ ok: boolean }>(
        tx,
        sql`SELECT TRUE AS ok FROM needs_offers WHERE id = ${input.needOfferId} AND status = 'open'
              AND organisation_id IN (${requester.id}::uuid, ${target.id}::uuid)`,
      );
      if (!item) throw new IntroductionError("needOffer");
    }
    const pendingList = sql.join(PENDING_STATUSES.map((status) => sql`${status}`), sql`, `);
    const [counts] = await queryRows<{ pending: number; pair: number }>(
      tx,
      sql`SELECT count(*) FILTER (WHERE requester_organisation_id = ${requester.id})::int AS pending,
                 count(*) FILTER (WHERE (requester_organisation_id = ${requester.id} AND target_organisation_id = ${target.id})
                                     OR (requester_organisation_id = ${target.id} AND target_organisation_id = ${requester.id}))::int AS pair
          FROM introductions
          WHERE status IN (${pendingList}) AND (requester_organisation_id IN (${requester.id}::uuid, ${target.id}::uuid))`,
    );
    if ((counts?.pair ?? 0) > 0) throw new IntroductionError("duplicate");
    if ((counts?.pending ?? 0) >= MAX_PENDING_PER_ORGANISATION) throw new IntroductionError("cap");

    const catalystId = await routeToCatalyst(tx, target.communeCode, requester.communeCode);
    const [created] = await tx
      .insert(introductions)
      .values({
        requesterOrganisationId: requester.id,
        targetOrganisationId: target.id,
        catalystId,
        requestedByUserId: viewer.id,
        needOfferId: input.needOfferId ?? null,
        objective: input.objective ?? null,
        hopedPartnershipType: input.partnershipType ?? null,
        message,
        status: "submitted",
        expiresAt: new Date(now.getTime() + EXPIRY_DAYS * DAY_MS),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: introductions.id });
    const id = created!.id;
    await tx.insert(introductionEvents).values({ introductionId: id, actorUserId: viewer.id, fromStatus: null, toStatus: "submitted", createdAt: now });
    const row = { requesterOrganisationId: requester.id, targetOrganisationId: target.id, catalystId };
    const data = { ...(await namesOf(tx, row)), status: "submitted" };
    await notify(tx, await findRecipients(tx, { catalystId, adminsIfNoCatalyst: true }, viewer.id), "intro.submitted", id, data, publicUrl);
    return { id };
  });
  // Asking is the requester's consent to be introduced.
  logSecurityEvent({ event: "consent_given", role: "requester", userId: viewer.id, introductionId: requested.id }, now);
  return requested;
}

// ---------------------------------------------------------------------------------------------------------
// Moving an introduction along

export interface TransitionInput {
  note?: string | null;
  partnershipType?: PartnershipType | null;
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
  const result = await db.transaction(async (tx) => {
    const [row] = await queryRows<IntroductionRow>(
      tx,
      sql`SELECT id, status, requester_organisation_id AS "requesterOrganisationId", target_organisation_id AS "targetOrganisationId",
                 catalyst_id AS "catalystId", created_at AS "createdAt"
          FROM introductions WHERE id = ${introductionId} FOR UPDATE`,
    );
    if (!row) throw new IntroductionError("not_found");
    const { roles, context } = await visibleRoles(tx, viewer, row);
    // Someone with no part in it does not learn that it exists.
    if (roles.length === 0) throw new IntroductionError("not_found");
    const note = input.note?.trim().slice(0, 2_000) || null;
    const check = checkTransition(row.status, action, roles, { note, partnershipType: input.partnershipType ?? null }, context);
    if (!check.ok) throw new IntroductionError(check.problem, { status: row.status, viewerId: viewer.id });
    if (input.partnershipType && !PARTNERSHIP_TYPES.includes(input.partnershipType)) throw new IntroductionError("partnershipType");
    // Forwarding and accepting lead to contacts being shown: both organisations must still be in the directory
    // (a suspended one's members must not receive the other side's contact).
    if (action === "forward" || action === "accept") {
      const [sides] = await queryRows<{ published: boolean }>(
        tx,
        sql`SELECT bool_and(status = 'published') AS published FROM organisations
            WHERE id IN (${row.requesterOrganisationId}::uuid, ${row.targetOrganisationId}::uuid)`,
      );
      if (!sides?.published) throw new IntroductionError("organisationUnavailable");
    }

    const changes: Partial<typeof introductions.$inferInsert> = { status: check.to, updatedAt: now };
    if (action === "forward") changes.catalystNote = note;
    if (action === "reject" || action === "decline") changes.decisionReason = note;
    if (action === "start_alliance") changes.outcomePartnershipType = input.partnershipType ?? null;
    await tx.update(introductions).set(changes).where(sql`id = ${row.id} AND status = ${row.status}`);
    await tx.insert(introductionEvents).values({ introductionId: row.id, actorUserId: viewer.id, fromStatus: row.status, toStatus: check.to, note, createdAt: now });

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
const CONSENT_EVENTS: Partial<Record<IntroductionAction, { event: "consent_given" | "consent_refused" | "consent_withdrawn"; role: "requester" | "target" }>> = {
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
  const pendingList = sql.join(PENDING_STATUSES.map((status) => sql`${status}`), sql`, `);
  const withdrawn = await queryRows<IntroductionRow & { fromStatus: IntroductionStatus }>(
    tx,
    sql`UPDATE introductions i SET status = 'withdrawn', updated_at = ${now.toISOString()}
        FROM (SELECT id, status AS from_status FROM introductions
              WHERE status IN (${pendingList}) AND ${organisationId} IN (requester_organisation_id, target_organisation_id)
              FOR UPDATE) due
        WHERE i.id = due.id
        RETURNING i.id, due.from_status AS "fromStatus", i.requester_organisation_id AS "requesterOrganisationId",
                  i.target_organisation_id AS "targetOrganisationId", i.catalyst_id AS "catalystId"`,
  );
  const [organisation] = await queryRows<{ name: string }>(tx, sql`SELECT name FROM organisations WHERE id = ${organisationId}`);
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

// ---------------------------------------------------------------------------------------------------------
// Reading introductions

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


export async function getIntroduction(db: Executor, viewer: Viewer | null, introductionId: string): Promise<IntroductionDetail> {
  if (!viewer) throw new IntroductionError("forbidden");
  if (!/^[0-9a-f-]{36}$/i.test(introductionId)) throw new IntroductionError("not_found");
  const [row] = await queryRows<
    Omit<IntroductionDetail, "roles" | "actions" | "contacts" | "events" | "requester" | "target" | "catalyst" | "needOffer"> & {
      requesterOrganisationId: string;
      targetOrganisationId: string;
      catalystId: string | null;
      requester: IntroductionDetail["requester"];
      target: IntroductionDetail["target"];
      catalystSlug: string | null;
      catalystName: string | null;
      needOfferId: string | null;
      needOfferDirection: "need" | "offer" | null;
      needOfferTitle: string | null;
      needOfferOwner: string | null;
    }
  >(
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
  );
  if (!row) throw new IntroductionError("not_found");
  const { roles, context } = await visibleRoles(db, viewer, row);
  if (roles.length === 0) throw new IntroductionError("not_found");

  let contacts: ContactPerson[] | null = null;
  if (contactsRevealed(row.status) && seesContacts(roles, row.catalystId)) {
    contacts = await queryRows<ContactPerson>(
      db,
      sql`SELECT name AS organisation, contact_name AS name, contact_role AS role, contact_email AS email, contact_phone AS phone
          FROM organisations WHERE id IN (${row.requesterOrganisationId}::uuid, ${row.targetOrganisationId}::uuid)
          ORDER BY (id = ${row.requesterOrganisationId}) DESC`,
    );
  }
  const eventRows = await queryRows<{ fromStatus: IntroductionStatus | null; toStatus: IntroductionStatus; by: IntroductionRole; note: string | null; at: string }>(
    db,
    sql`SELECT e.from_status AS "fromStatus", e.to_status AS "toStatus", e.note, ${isoTimestamp("e.created_at")} AS at,
               CASE WHEN e.actor_user_id IS NULL THEN 'system'
                    WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = e.actor_user_id AND m.organisation_id = ${row.requesterOrganisationId}) THEN 'requester'
                    WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = e.actor_user_id AND m.organisation_id = ${row.targetOrganisationId}) THEN 'target'
                    WHEN EXISTS (SELECT 1 FROM catalyst_staff s WHERE s.user_id = e.actor_user_id AND s.catalyst_id = ${row.catalystId}) THEN 'catalyst'
                    ELSE 'admin' END AS by
        FROM introduction_events e WHERE e.introduction_id = ${row.id} ORDER BY e.created_at, e.id`,
  );
  // Notes are for the parties: a rejection reason is for the requester and the catalyst, a catalyst's word for all.
  return {
    id: row.id,
    status: row.status,
    requester: row.requester,
    target: row.target,
    catalyst: row.catalystSlug ? { slug: row.catalystSlug, name: row.catalystName ?? "" } : null,
    needOffer: row.needOfferId
      ? { id: row.needOfferId, direction: row.needOfferDirection ?? "need", title: row.needOfferTitle ?? "", ownerIsRequester: row.needOfferOwner === row.requesterOrganisationId }
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

export { INTRODUCTION_BOXES, type IntroductionBox } from "./workflow";

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

export const INTRODUCTIONS_PAGE_SIZE = 20;

/** The viewer's introductions: sent by their organisations, received by them, or (staff, admins) to handle. */
export async function listIntroductions(
  db: Executor,
  viewer: Viewer | null,
  options: { box: IntroductionBox; status?: IntroductionStatus | null; page?: number },
): Promise<{ items: IntroductionSummary[]; total: number; counts: Record<IntroductionBox, number> }> {
  if (!viewer) throw new IntroductionError("forbidden");
  const organisationIds = viewer.memberships.map((membership) => sql`${membership.organisationId}::uuid`);
  const catalystIds = viewer.catalysts.map((catalyst) => sql`${catalyst.catalystId}::uuid`);
  const none = sql`FALSE`;
  const scopes: Record<IntroductionBox, SQL> = {
    sent: organisationIds.length ? sql`i.requester_organisation_id IN (${sql.join(organisationIds, sql`, `)})` : none,
    // The target sees a request only once the catalyst forwarded it.
    received: organisationIds.length ? sql`(i.target_organisation_id IN (${sql.join(organisationIds, sql`, `)}) AND EXISTS (SELECT 1 FROM introduction_events e WHERE e.introduction_id = i.id AND e.to_status = 'forwarded'))` : none,
    catalyst: viewer.isAdmin
      ? catalystIds.length
        ? sql`(i.catalyst_id IS NULL OR i.catalyst_id IN (${sql.join(catalystIds, sql`, `)}))`
        : sql`i.catalyst_id IS NULL`
      : catalystIds.length
        ? sql`i.catalyst_id IN (${sql.join(catalystIds, sql`, `)})`
        : none,
  };
  const status = options.status && INTRODUCTION_STATUSES.includes(options.status) ? sql`AND i.status = ${options.status}` : sql``;
  const page = Math.max(1, Math.min(10_000, Math.floor(options.page ?? 1)));
  const [items, [counts]] = await Promise.all([
    queryRows<IntroductionSummary & { total: number }>(
      db,
      sql`SELECT i.id, i.status, r.name AS "requesterName", r.slug AS "requesterSlug", t.name AS "targetName", t.slug AS "targetSlug",
                 k.name AS "catalystName", ${isoTimestamp("i.created_at")} AS "createdAt", ${isoTimestamp("i.updated_at")} AS "updatedAt",
                 count(*) OVER ()::int AS total
          FROM introductions i
          JOIN organisations r ON r.id = i.requester_organisation_id
          JOIN organisations t ON t.id = i.target_organisation_id
          LEFT JOIN catalysts k ON k.id = i.catalyst_id
          WHERE ${scopes[options.box]} ${status}
          ORDER BY (i.status IN ('submitted', 'forwarded')) DESC, i.updated_at DESC, i.id
          LIMIT ${INTRODUCTIONS_PAGE_SIZE} OFFSET ${(page - 1) * INTRODUCTIONS_PAGE_SIZE}`,
    ),
    queryRows<Record<IntroductionBox, number>>(
      db,
      sql`SELECT (SELECT count(*)::int FROM introductions i WHERE ${scopes.sent}) AS sent,
                 (SELECT count(*)::int FROM introductions i WHERE ${scopes.received}) AS received,
                 (SELECT count(*)::int FROM introductions i WHERE ${scopes.catalyst}) AS catalyst`,
    ),
  ]);
  return {
    items: items.map(({ total: _total, ...item }) => item),
    total: items[0]?.total ?? 0,
    counts: counts ?? { sent: 0, received: 0, catalyst: 0 },
  };
}

/** The viewer's published organisations that may request an introduction to `targetId` (not itself). */
export function requestingOrganisations(viewer: Viewer, targetId: string) {
  return viewer.memberships.filter((membership) => membership.status === "published" && membership.organisationId !== targetId);
}

// ---------------------------------------------------------------------------------------------------------
// Reminders and expiry (the scheduled job)

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
    const expired = await queryRows<IntroductionRow & { fromStatus: IntroductionStatus }>(
      tx,
      sql`UPDATE introductions i SET status = 'expired', updated_at = ${at}
          FROM (SELECT id, status AS from_status FROM introductions
                WHERE status IN ('submitted', 'forwarded') AND created_at <= ${expiryCutoff}
                ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED) due
          WHERE i.id = due.id
          RETURNING i.id, due.from_status AS "fromStatus", i.requester_organisation_id AS "requesterOrganisationId",
                    i.target_organisation_id AS "targetOrganisationId", i.catalyst_id AS "catalystId"`,
    );
    for (const row of expired) {
      await tx.insert(introductionEvents).values({ introductionId: row.id, actorUserId: null, fromStatus: row.fromStatus, toStatus: "expired", createdAt: now });
      const data = { ...(await namesOf(tx, row)), status: "expired" };
      await notify(tx, await findRecipients(tx, { organisations: [row.requesterOrganisationId], catalystId: row.catalystId, adminsIfNoCatalyst: true }), "intro.expired", row.id, data, publicUrl);
    }
    const reminded = await queryRows<IntroductionRow>(
      tx,
      sql`UPDATE introductions i SET reminders_sent = due.owed
          FROM (SELECT id, CASE WHEN created_at <= ${second} THEN 2 ELSE 1 END AS owed FROM introductions
                WHERE status IN ('submitted', 'forwarded') AND created_at <= ${first} AND created_at > ${expiryCutoff}
                  AND reminders_sent < CASE WHEN created_at <= ${second} THEN 2 ELSE 1 END
                ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED) due
          WHERE i.id = due.id
          RETURNING i.id, i.status, i.requester_organisation_id AS "requesterOrganisationId",
                    i.target_organisation_id AS "targetOrganisationId", i.catalyst_id AS "catalystId"`,
    );
    for (const row of reminded) {
      const data = { ...(await namesOf(tx, row)), status: row.status };
      const who = row.status === "submitted" ? { catalystId: row.catalystId, adminsIfNoCatalyst: true } : { organisations: [row.targetOrganisationId] };
      await notify(tx, await findRecipients(tx, who), "intro.reminder", row.id, data, publicUrl);
    }
    return { reminded: reminded.length, expired: expired.length };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The request form

export interface FormItem {
  id: string;
  organisationId: string;
  direction: "need" | "offer";
  title: string;
}

export interface IntroductionFormContext {
  target: { id: string; slug: string; name: string };
  /** The viewer's published organisations that may ask (never the target itself). */
  from: { id: string; slug: string; name: string }[];
  /** Open needs and offers of the target and of the viewer's organisations, to say what the request is about. */
  items: FormItem[];
}

/** What the request form needs; null when the target is not a published organisation. */
export async function getIntroductionFormContext(db: Executor, viewer: Viewer | null, toSlug: string): Promise<IntroductionFormContext | null> {
  if (!viewer) throw new IntroductionError("forbidden");
  const [target] = await queryRows<{ id: string; slug: string; name: string }>(
    db,
    sql`SELECT id, slug, name FROM organisations WHERE slug = ${toSlug.slice(0, 200)} AND status = 'published'`,
  );
  if (!target) return null;
  const from = requestingOrganisations(viewer, target.id).map((membership) => ({ id: membership.organisationId, slug: membership.slug, name: membership.name }));
  const ids = [target.id, ...from.map((organisation) => organisation.id)].map((id) => sql`${id}::uuid`);
  const items = await queryRows<FormItem>(
    db,
    sql`SELECT id, organisation_id AS "organisationId", direction, title FROM needs_offers
        WHERE organisation_id IN (${sql.join(ids, sql`, `)}) AND status = 'open' ORDER BY direction, title LIMIT 200`,
  );
  return { target, from, items };
}
