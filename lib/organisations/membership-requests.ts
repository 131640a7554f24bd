// Asking to join an organisation that already exists (found by duplicate detection, or from its profile). Its
// owners decide; an organisation without an owner (imported, or its owner left) is decided by the catalysts
// covering its commune, or by an admin. Nobody decides their own request: a new owner could otherwise accept
// introductions in the organisation's name and read the other side's contact. Checked here for the function and
// for the object.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor } from "@/db/client";
import { auditLog, memberships } from "@/db/schema";
import { coverageContainsCommune } from "../catalysts/coverage-sql";
import { mayModerateOrganisation } from "./moderation";
import { findRecipients, notifyPeople } from "../accounts/notifications";
import { consumeRateLimit, type RateLimitRule } from "../server/rate-limit";
import { logSecurityEvent } from "../server/security-log";
import type { Viewer } from "../auth/viewer";
import { joinRequestSchema } from "./schemas";

export const JOIN_REQUESTS_PER_USER: RateLimitRule = { name: "join-requests:user", limit: 5, windowSeconds: 24 * 3600 };

export type JoinRequestError = "forbidden" | "not_found" | "already_member" | "already_requested" | "message" | "rateLimited";

const organisationRow = z.object({ id: z.string(), slug: z.string(), name: z.string(), status: z.string(), communeCode: z.string(), owners: z.number() });
type OrganisationRow = z.infer<typeof organisationRow>;
const userIdRow = z.object({ userId: z.string() });

async function organisationBySlug(db: Executor, slug: string): Promise<OrganisationRow | null> {
  const [row] = await parsedRows(
    db,
    sql`SELECT o.id, o.slug, o.name, o.status, o.commune_code AS "communeCode",
               (SELECT count(*)::int FROM memberships m WHERE m.organisation_id = o.id AND m.role = 'owner') AS owners
        FROM organisations o WHERE o.slug = ${slug.slice(0, 200)}`,
    organisationRow,
  );
  return row ?? null;
}

const ownersOf = (db: Executor, organisationId: string) =>
  db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")));

/**
 * Who decides for this organisation, the requester aside: its owners, else the catalysts covering it, else (or when
 * the requester is the only one of them) the admins.
 */
async function decidersOf(db: Executor, organisation: Pick<OrganisationRow, "id" | "communeCode" | "owners">, requesterId: string) {
  if (organisation.owners > 0) {
    const owners = await ownersOf(db, organisation.id);
    return findRecipients(db, { userIds: owners.map((owner) => owner.userId) }, requesterId);
  }
  const staff = await parsedRows(
    db,
    sql`SELECT DISTINCT s.user_id AS "userId" FROM communes c
        JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
        JOIN catalyst_staff s ON s.catalyst_id = cc.catalyst_id
        WHERE c.code = ${organisation.communeCode} AND s.user_id <> ${requesterId}`,
    userIdRow,
  );
  return findRecipients(db, staff.length ? { userIds: staff.map((item) => item.userId) } : { adminsIfNoCatalyst: true }, requesterId);
}

/** A published organisation one may ask to join (unpublished ones are not public: nothing of them is shown here). */
export async function getJoinableOrganisation(db: Executor, slug: string): Promise<{ id: string; slug: string; name: string } | null> {
  const organisation = await organisationBySlug(db, slug);
  return organisation && organisation.status === "published" ? { id: organisation.id, slug: organisation.slug, name: organisation.name } : null;
}

/**
 * Whether the viewer may accept or refuse requests to join this organisation: its owners; where it has none, those
 * who moderate it (the covering catalysts' staff, admins). An admin does not overrule owners.
 */
export async function mayDecideJoins(db: Executor, viewer: Viewer | null, organisationId: string): Promise<boolean> {
  if (!viewer) return false;
  const owners = await ownersOf(db, organisationId);
  if (owners.length > 0) return owners.some((owner) => owner.userId === viewer.id);
  return mayModerateOrganisation(db, viewer, organisationId);
}

export async function requestToJoin(
  db: Executor,
  viewer: Viewer | null,
  input: { organisationSlug: string; message: string },
  publicUrl: string,
  now = new Date(),
): Promise<{ ok: true; organisation: { slug: string; name: string } } | { ok: false; error: JoinRequestError }> {
  if (!viewer) return { ok: false, error: "forbidden" };
  // The form's schema (lib/organisations/schemas.ts); a slug no organisation could have names none.
  const parsed = joinRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.some((issue) => issue.path[0] === "message") ? "message" : "not_found" };
  const { message } = parsed.data;
  const organisation = await organisationBySlug(db, parsed.data.organisationSlug);
  // An unpublished organisation answers exactly as an unknown one: its slug reveals nothing.
  if (!organisation || organisation.status !== "published") return { ok: false, error: "not_found" };
  if (viewer.memberships.some((membership) => membership.organisationId === organisation.id)) return { ok: false, error: "already_member" };
  const limited = await consumeRateLimit(db, JOIN_REQUESTS_PER_USER, viewer.id, now);
  if (!limited.allowed) return { ok: false, error: "rateLimited" };
  return db.transaction(async (tx) => {
    // One request per person and organisation: a refused one may be asked again, a pending one is not doubled.
    const written = await parsedRows(
      tx,
      sql`INSERT INTO membership_requests (user_id, organisation_id, message, status, created_at)
          VALUES (${viewer.id}, ${organisation.id}, ${message}, 'pending', ${now.toISOString()})
          ON CONFLICT (user_id, organisation_id) DO UPDATE SET message = EXCLUDED.message, status = 'pending', created_at = EXCLUDED.created_at
            WHERE membership_requests.status = 'refused'
          RETURNING id`,
      z.object({ id: z.string() }),
    );
    if (written.length === 0) return { ok: false as const, error: "already_requested" as const };
    const person = viewer.name ? `${viewer.name} (${viewer.email})` : viewer.email;
    await notifyPeople(
      tx,
      await decidersOf(tx, organisation, viewer.id),
      {
        kind: "join.requested",
        data: { person, organisation: organisation.name, ...(message ? { note: message } : {}) },
        path: `/account/organisations/${organisation.slug}#join-requests`,
      },
      publicUrl,
    );
    return { ok: true as const, organisation: { slug: organisation.slug, name: organisation.name } };
  });
}

/** A row of joinRequestColumns. */
const joinRequestRow = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationSlug: z.string(),
  organisationName: z.string(),
  personName: z.string().nullable(),
  personEmail: z.string(),
  message: z.string(),
  createdAt: z.string(),
});
export type JoinRequest = z.infer<typeof joinRequestRow>;

const joinRequestColumns = sql`r.id, r.organisation_id AS "organisationId", o.slug AS "organisationSlug", o.name AS "organisationName",
  u.name AS "personName", u.email AS "personEmail", r.message,
  ${isoTimestamp("r.created_at")} AS "createdAt"`;

/** Pending requests to join one organisation, for those who decide (the requesters' e-mails are for them only). */
export async function listJoinRequests(db: Executor, viewer: Viewer | null, organisationId: string): Promise<JoinRequest[]> {
  if (!(await mayDecideJoins(db, viewer, organisationId))) return [];
  return parsedRows(
    db,
    sql`SELECT ${joinRequestColumns}
        FROM membership_requests r JOIN organisations o ON o.id = r.organisation_id JOIN users u ON u.id = r.user_id
        WHERE r.organisation_id = ${organisationId} AND r.status = 'pending' AND r.user_id <> ${viewer!.id} ORDER BY r.created_at`,
    joinRequestRow,
  );
}

/** For catalyst staff (and admins): pending requests to join organisations without an owner in their territory, but their own. */
export async function listOwnerlessJoinRequests(db: Executor, viewer: Viewer | null): Promise<JoinRequest[]> {
  if (!viewer || (!viewer.isAdmin && viewer.catalysts.length === 0)) return [];
  const scope = viewer.isAdmin
    ? sql`TRUE`
    : sql`EXISTS (SELECT 1 FROM communes c JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
                  JOIN catalyst_staff s ON s.catalyst_id = cc.catalyst_id AND s.user_id = ${viewer.id}
                  WHERE c.code = o.commune_code)`;
  return parsedRows(
    db,
    sql`SELECT ${joinRequestColumns}
        FROM membership_requests r JOIN organisations o ON o.id = r.organisation_id JOIN users u ON u.id = r.user_id
        WHERE r.status = 'pending' AND r.user_id <> ${viewer.id}
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND (m.role = 'owner' OR m.user_id = ${viewer.id})) AND ${scope}
        ORDER BY r.created_at LIMIT 100`,
    joinRequestRow,
  );
}

export async function decideJoinRequest(
  db: Executor,
  viewer: Viewer | null,
  input: { requestId: string; accept: boolean },
  publicUrl: string,
): Promise<{ ok: true } | { ok: false; error: "forbidden" | "not_found" }> {
  if (!viewer) return { ok: false, error: "forbidden" };
  return db.transaction(async (tx) => {
    const [request] = await parsedRows(
      tx,
      sql`SELECT r.id, r.user_id AS "userId", r.organisation_id AS "organisationId", o.slug, o.name
          FROM membership_requests r JOIN organisations o ON o.id = r.organisation_id
          WHERE r.id = ${input.requestId} AND r.status = 'pending' FOR UPDATE OF r`,
      z.object({ id: z.string(), userId: z.string(), organisationId: z.string(), slug: z.string(), name: z.string() }),
    );
    if (!request) return { ok: false as const, error: "not_found" as const };
    if (request.userId === viewer.id) {
      logSecurityEvent({ event: "permission_refused", userId: viewer.id, what: "membership:decide:own" });
      return { ok: false as const, error: "forbidden" as const };
    }
    if (!(await mayDecideJoins(tx, viewer, request.organisationId))) return { ok: false as const, error: "forbidden" as const };
    await tx.execute(sql`UPDATE membership_requests SET status = ${input.accept ? "accepted" : "refused"} WHERE id = ${request.id}`);
    if (input.accept) {
      // The first member of an organisation without an owner becomes its owner.
      await tx.execute(
        sql`INSERT INTO memberships (user_id, organisation_id, role)
            VALUES (${request.userId}, ${request.organisationId},
                    CASE WHEN EXISTS (SELECT 1 FROM memberships WHERE organisation_id = ${request.organisationId} AND role = 'owner') THEN 'editor' ELSE 'owner' END)
            ON CONFLICT DO NOTHING`,
      );
    }
    await tx.insert(auditLog).values({
      actorUserId: viewer.id,
      action: input.accept ? "membership.accepted" : "membership.refused",
      entityType: "organisation",
      entityId: request.organisationId,
      changes: { userId: request.userId },
    });
    await notifyPeople(
      tx,
      await findRecipients(tx, { userIds: [request.userId] }),
      {
        kind: input.accept ? "join.accepted" : "join.refused",
        data: { organisation: request.name },
        path: input.accept ? `/account/organisations/${request.slug}` : "/account",
      },
      publicUrl,
    );
    return { ok: true as const };
  });
}
