// Requesting an introduction: from a published organisation one belongs to, to another published one, routed to the
// catalyst of the target's territory (else the requester's, else the admins); caps, duplicates and rate limits are
// checked in the transaction that writes it. Also what the request form needs.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { introductionEvents, introductions, needsOffers, organisations } from "@/db/schema";
import { coverageContainsCommune } from "@/lib/catalysts/coverage-sql";
import { findRecipients } from "@/lib/accounts/notifications";
import { consumeRateLimit, type RateLimitRule } from "@/lib/server/rate-limit";
import { logSecurityEvent } from "@/lib/server/security-log";
import type { Viewer } from "@/lib/auth/viewer";
import { DAY_MS } from "@/lib/shared/time";
import { EXPIRY_DAYS, MAX_PENDING_PER_ORGANISATION, PENDING_STATUSES } from "./workflow";
import { IntroductionError, introductionErrorOf } from "./errors";
import { introductionRequestSchema, type IntroductionRequest } from "./schemas";
import { namesOf, notify } from "./parties";

export const INTRODUCTIONS_PER_USER: RateLimitRule = { name: "introductions:user", limit: 10, windowSeconds: 24 * 3600 };

/**
 * The catalyst that handles a request: one whose coverage contains the target's commune (the most local
 * first), else one covering the requester's; null when nobody covers either (the network's admins handle it).
 */
async function routeToCatalyst(db: Executor, targetCommune: string, requesterCommune: string): Promise<string | null> {
  const [row] = await parsedRows(
    db,
    sql`SELECT cc.catalyst_id AS id
        FROM communes c JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
        WHERE c.code IN (${targetCommune}, ${requesterCommune})
        ORDER BY (c.code = ${targetCommune}) DESC,
                 CASE cc.territory_kind WHEN 'commune' THEN 0 WHEN 'intercommunality' THEN 1 ELSE 2 END,
                 cc.catalyst_id
        LIMIT 1`,
    z.object({ id: z.string() }),
  );
  return row?.id ?? null;
}

export async function requestIntroduction(
  db: Executor,
  viewer: Viewer | null,
  input: IntroductionRequest,
  publicUrl: string,
  now = new Date(),
): Promise<{ id: string }> {
  if (!viewer) throw new IntroductionError("forbidden");
  const membership = viewer.memberships.find((item) => item.organisationId === input.fromOrganisationId);
  if (!membership) throw new IntroductionError("forbidden", { viewerId: viewer.id });
  if (membership.status !== "published") throw new IntroductionError("notPublished");
  // The same schema as the form's and the API's: whoever calls, the same input is refused with the same field.
  const parsed = introductionRequestSchema.safeParse(input);
  if (!parsed.success) throw introductionErrorOf(parsed.error, viewer.id);
  const { message, toSlug, needOfferId, objective, partnershipType } = parsed.data;

  const [target] = await db
    .select({ id: organisations.id, communeCode: organisations.communeCode, status: organisations.status })
    .from(organisations)
    .where(eq(organisations.slug, toSlug));
  if (!target || target.status !== "published") throw new IntroductionError("targetUnavailable");
  if (target.id === input.fromOrganisationId) throw new IntroductionError("self");
  if (viewer.memberships.some((item) => item.organisationId === target.id)) throw new IntroductionError("self");

  const limited = await consumeRateLimit(db, INTRODUCTIONS_PER_USER, viewer.id, now);
  if (!limited.allowed) throw new IntroductionError("rateLimited", { retryAfterSeconds: limited.retryAfterSeconds });

  const requested = await db.transaction(async (tx) => {
    // Locking the requester serialises its requests: the cap and the duplicate check hold under concurrency.
    const [requester] = await tx
      .select({ id: organisations.id, communeCode: organisations.communeCode, status: organisations.status })
      .from(organisations)
      .where(eq(organisations.id, input.fromOrganisationId))
      .for("update");
    if (!requester || requester.status !== "published") throw new IntroductionError("notPublished");
    if (needOfferId) {
      const [item] = await tx
        .select({ id: needsOffers.id })
        .from(needsOffers)
        .where(and(eq(needsOffers.id, needOfferId), eq(needsOffers.status, "open"), inArray(needsOffers.organisationId, [requester.id, target.id])));
      if (!item) throw new IntroductionError("needOffer");
    }
    const pendingList = sql.join(
      PENDING_STATUSES.map((status) => sql`${status}`),
      sql`, `,
    );
    const [counts] = await parsedRows(
      tx,
      sql`SELECT count(*) FILTER (WHERE requester_organisation_id = ${requester.id})::int AS pending,
                 count(*) FILTER (WHERE (requester_organisation_id = ${requester.id} AND target_organisation_id = ${target.id})
                                     OR (requester_organisation_id = ${target.id} AND target_organisation_id = ${requester.id}))::int AS pair
          FROM introductions
          WHERE status IN (${pendingList}) AND (requester_organisation_id IN (${requester.id}::uuid, ${target.id}::uuid))`,
      z.object({ pending: z.number(), pair: z.number() }),
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
        needOfferId: needOfferId ?? null,
        objective: objective ?? null,
        hopedPartnershipType: partnershipType ?? null,
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

/** The viewer's published organisations that may request an introduction to `targetId` (not itself). */
export function requestingOrganisations(viewer: Viewer, targetId: string) {
  return viewer.memberships.filter((membership) => membership.status === "published" && membership.organisationId !== targetId);
}

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
  const [target] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.slug, toSlug.slice(0, 200)), eq(organisations.status, "published")));
  if (!target) return null;
  const from = requestingOrganisations(viewer, target.id).map((membership) => ({
    id: membership.organisationId,
    slug: membership.slug,
    name: membership.name,
  }));
  const items = await db
    .select({ id: needsOffers.id, organisationId: needsOffers.organisationId, direction: needsOffers.direction, title: needsOffers.title })
    .from(needsOffers)
    .where(and(inArray(needsOffers.organisationId, [target.id, ...from.map((organisation) => organisation.id)]), eq(needsOffers.status, "open")))
    .orderBy(needsOffers.direction, needsOffers.title)
    .limit(200);
  return { target, from, items };
}
