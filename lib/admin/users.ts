// Users in the back-office: find them, see their roles, make or unmake admins, disable and re-enable accounts,
// and process personal-data requests (download, deletion) for someone else. Admins only (requireAdmin first);
// every change writes its audit row in the same transaction.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor, type RowSchema } from "@/db/client";
import { auditLog, catalysts as catalystsTable, catalystStaff, sessions as sessionsTable, users } from "@/db/schema";
import { deleteAccount } from "@/lib/accounts/accounts";
import { MEMBERSHIP_ROLES, type MembershipRole } from "@/lib/shared/vocabulary";
import { collectPersonalData } from "@/lib/accounts/personal-data";
import type { Viewer } from "@/lib/auth/viewer";
import { requireAdmin } from "./access";
import { ConflictError, NotFoundError } from "@/lib/server/errors";

/** An admin may not do this to their own account (lose their admin role, disable or delete it from here). */
/** An admin acting on their own account where only another admin may (their own role, disabling, deletion). */
export class OwnAccountError extends ConflictError {
  constructor() {
    super("own_account", { fr: "Un autre administrateur doit le faire pour votre propre compte.", en: "Another admin must do this for your own account." });
  }
}

export const USERS_PAGE_SIZE = 25;

export interface UserSummary {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  disabledAt: string | null;
  lastSeenAt: string | null;
  createdAt: string;
  memberships: number;
  catalysts: number;
}

export interface UserDetail extends Omit<UserSummary, "memberships" | "catalysts"> {
  locale: string;
  inactivityWarnedAt: string | null;
  sessions: number;
  memberships: { slug: string; name: string; status: string; role: MembershipRole; owners: number }[];
  catalysts: { slug: string; name: string }[];
}

const summaryColumns = sql`u.id, u.email, u.name, u.is_admin AS "isAdmin", ${isoTimestamp("u.disabled_at")} AS "disabledAt",
  ${isoTimestamp("u.last_seen_at")} AS "lastSeenAt", ${isoTimestamp("u.created_at")} AS "createdAt"`;
/** A row of summaryColumns. */
const summaryRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  isAdmin: z.boolean(),
  disabledAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  createdAt: z.string(),
});
const userSummaryRow: RowSchema<UserSummary> = summaryRow.extend({ memberships: z.number(), catalysts: z.number() });
const userDetailRow: RowSchema<Omit<UserDetail, "memberships" | "catalysts">> = summaryRow.extend({
  locale: z.string(),
  inactivityWarnedAt: z.string().nullable(),
  sessions: z.number(),
});
const userMembershipRow: RowSchema<UserDetail["memberships"][number]> = z.object({
  slug: z.string(),
  name: z.string(),
  status: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  owners: z.number(),
});
const wasRow = z.object({ was: z.boolean() });

/** Users whose e-mail or name contains the query (all when empty), newest first, one page at a time. */
export async function searchUsers(db: Executor, viewer: Viewer | null, input: { query?: string; page?: number }) {
  requireAdmin(viewer);
  const query = (input.query ?? "").trim().toLowerCase().slice(0, 200);
  const page = Math.max(1, Math.floor(input.page ?? 1) || 1);
  const where = query ? sql`strpos(lower(u.email), ${query}) > 0 OR strpos(lower(coalesce(u.name, '')), ${query}) > 0` : sql`true`;
  const [{ total } = { total: 0 }] = await parsedRows(db, sql`SELECT count(*)::int AS total FROM users u WHERE ${where}`, z.object({ total: z.number() }));
  const items = await parsedRows(
    db,
    sql`SELECT ${summaryColumns},
               (SELECT count(*)::int FROM memberships m WHERE m.user_id = u.id) AS memberships,
               (SELECT count(*)::int FROM catalyst_staff s WHERE s.user_id = u.id) AS catalysts
        FROM users u WHERE ${where}
        ORDER BY u.created_at DESC, u.id LIMIT ${USERS_PAGE_SIZE} OFFSET ${(page - 1) * USERS_PAGE_SIZE}`,
    userSummaryRow,
  );
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

/** One user with their roles; null when there is no such user. */
export async function getUserForAdmin(db: Executor, viewer: Viewer | null, userId: string): Promise<UserDetail | null> {
  requireAdmin(viewer);
  const [user] = await parsedRows(
    db,
    sql`SELECT ${summaryColumns}, u.locale, ${isoTimestamp("u.inactivity_warned_at")} AS "inactivityWarnedAt",
               (SELECT count(*)::int FROM sessions s WHERE s.user_id = u.id) AS sessions
        FROM users u WHERE u.id = ${userId}`,
    userDetailRow,
  );
  if (!user) return null;
  const [memberships, catalysts] = await Promise.all([
    parsedRows(
      db,
      sql`SELECT o.slug, o.name, o.status, m.role,
                 (SELECT count(*)::int FROM memberships x WHERE x.organisation_id = o.id AND x.role = 'owner') AS owners
          FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = ${userId} ORDER BY o.name`,
      userMembershipRow,
    ),
    db
      .select({ slug: catalystsTable.slug, name: catalystsTable.name })
      .from(catalystStaff)
      .innerJoin(catalystsTable, eq(catalystsTable.id, catalystStaff.catalystId))
      .where(eq(catalystStaff.userId, userId))
      .orderBy(catalystsTable.name),
  ]);
  return { ...user, memberships, catalysts };
}

async function audit(db: Executor, actor: Viewer, action: string, userId: string, changes: Record<string, unknown>): Promise<void> {
  await db.insert(auditLog).values({ actorUserId: actor.id, action, entityType: "user", entityId: userId, changes });
}

/** Makes a user an admin, or takes the role back (never one's own: the network must not lose its last admin by mistake). */
export async function setUserAdmin(db: Executor, viewer: Viewer | null, userId: string, isAdmin: boolean): Promise<void> {
  const admin = requireAdmin(viewer);
  if (!isAdmin && userId === admin.id) throw new OwnAccountError();
  await db.transaction(async (tx) => {
    const [row] = await parsedRows(
      tx,
      sql`UPDATE users u SET is_admin = ${isAdmin} FROM (SELECT id, is_admin FROM users WHERE id = ${userId} FOR UPDATE) old
          WHERE u.id = old.id RETURNING old.is_admin AS was`,
      wasRow,
    );
    if (!row) throw new NotFoundError();
    if (row.was !== isAdmin) await audit(tx, admin, isAdmin ? "user.admin_granted" : "user.admin_revoked", userId, { isAdmin: { from: row.was, to: isAdmin } });
  });
}

/** Disables an account (its sessions end at once, it can no longer sign in) or enables it again. */
export async function setUserDisabled(db: Executor, viewer: Viewer | null, userId: string, disabled: boolean): Promise<void> {
  const admin = requireAdmin(viewer);
  if (userId === admin.id) throw new OwnAccountError();
  await db.transaction(async (tx) => {
    const [row] = await parsedRows(
      tx,
      sql`UPDATE users u SET disabled_at = CASE WHEN ${disabled} THEN coalesce(old.disabled_at, now()) END
          FROM (SELECT id, disabled_at FROM users WHERE id = ${userId} FOR UPDATE) old
          WHERE u.id = old.id RETURNING old.disabled_at IS NOT NULL AS was`,
      wasRow,
    );
    if (!row) throw new NotFoundError();
    const sessions = disabled ? await tx.delete(sessionsTable).where(eq(sessionsTable.userId, userId)).returning({ userId: sessionsTable.userId }) : [];
    if (row.was !== disabled)
      await audit(tx, admin, disabled ? "user.disabled" : "user.enabled", userId, {
        disabled: { from: row.was, to: disabled },
        sessionsEnded: sessions.length,
      });
  });
}

/** Everything the service holds about a user, for an admin processing their access request. */
export async function exportUserData(db: Executor, viewer: Viewer | null, userId: string, now = new Date()) {
  const admin = requireAdmin(viewer);
  return db.transaction(async (tx) => {
    const [subject] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId));
    if (!subject) throw new NotFoundError();
    // The trail says that the data left, never the data itself.
    await audit(tx, admin, "user.data_exported", userId, {});
    return collectPersonalData(tx, subject, now);
  });
}

/** Deletes a user's account at their request, as their own deletion does (lib/accounts/accounts.ts). */
export async function deleteUserAccount(db: Executor, viewer: Viewer | null, userId: string): Promise<void> {
  const admin = requireAdmin(viewer);
  if (userId === admin.id) throw new OwnAccountError();
  if (!(await deleteAccount(db, userId, { action: "user.deleted", actorUserId: admin.id }))) throw new NotFoundError();
}
