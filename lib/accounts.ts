// Account-level operations a user performs on their own account. Authorisation: the viewer acts on themself only.
import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { erasePersonalTraces } from "./personal-data";
import type { Viewer } from "./viewer";

export class NotAuthenticatedError extends Error {}

/**
 * Erases the viewer's account: sessions, linked accounts, memberships, notifications, drafts and requests go with
 * it (foreign-key cascades); mails, sign-in tokens, contact person fields and audit details that name it are
 * erased too (lib/personal-data.ts). Organisations stay, without this person.
 */
export async function deleteOwnAccount(db: Executor, viewer: Viewer | null): Promise<void> {
  if (!viewer) throw new NotAuthenticatedError();
  await db.transaction(async (tx) => {
    // The audit trail keeps that an account was deleted, not who it was: only a hash of the id remains.
    await tx.insert(auditLog).values({
      actorUserId: null,
      action: "account.deleted",
      entityType: "user",
      entityId: createHash("sha256").update(viewer.id).digest("hex").slice(0, 16),
      changes: { memberships: viewer.memberships.length, catalystStaff: viewer.catalysts.length },
    });
    await erasePersonalTraces(tx, viewer);
    await tx.delete(users).where(eq(users.id, viewer.id));
  });
}
