// Deleting an account, whoever asks: the person themself (my account), an admin processing a request (back-office)
// or the inactivity job. One function so the three erase exactly the same things.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { anonymousUserReference, erasePersonalTraces } from "./personal-data";
import type { Viewer } from "../auth/viewer";
import { NotSignedInError } from "@/lib/server/errors";

/** Why an account is deleted, as the audit trail records it, and who did it (null: the person or the system). */
export interface AccountDeletion {
  action: "account.deleted" | "user.deleted" | "account.deleted_inactive";
  actorUserId: string | null;
}

/**
 * Erases an account: sessions, linked accounts, memberships, notifications, drafts and requests go with it
 * (foreign-key cascades); mails, sign-in tokens, contact person fields and audit details that name it are
 * erased too (lib/accounts/personal-data.ts). Organisations stay, without this person. Returns false when the account
 * no longer exists. Callers check who may do it.
 */
export async function deleteAccount(db: Executor, userId: string, deletion: AccountDeletion): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await parsedRows(
      tx,
      sql`SELECT id, email,
                 (SELECT count(*)::int FROM memberships WHERE user_id = users.id) AS memberships,
                 (SELECT count(*)::int FROM catalyst_staff WHERE user_id = users.id) AS "catalystStaff"
          FROM users WHERE id = ${userId} FOR UPDATE`,
      z.object({ id: z.string(), email: z.string(), memberships: z.number(), catalystStaff: z.number() }),
    );
    if (!user) return false;
    // The audit trail keeps that an account was deleted, not who it was.
    await tx.insert(auditLog).values({
      actorUserId: deletion.actorUserId,
      action: deletion.action,
      entityType: "user",
      entityId: anonymousUserReference(user.id),
      changes: { memberships: user.memberships, catalystStaff: user.catalystStaff },
    });
    await erasePersonalTraces(tx, user);
    await tx.delete(users).where(eq(users.id, user.id));
    return true;
  });
}

/**
 * The viewer erases their own account, confirmed by typing its address: checked here, so that no caller can
 * delete an account on a single click. A confirmation that does not match deletes nothing.
 */
export async function deleteOwnAccount(db: Executor, viewer: Viewer | null, confirmation: string): Promise<"deleted" | "unconfirmed"> {
  if (!viewer) throw new NotSignedInError();
  if (confirmation.trim().toLowerCase() !== viewer.email.toLowerCase()) return "unconfirmed";
  await deleteAccount(db, viewer.id, { action: "account.deleted", actorUserId: null });
  return "deleted";
}
