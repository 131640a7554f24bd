// What the person running the server may do from its command line, which no web request can reach: name the first
// administrators of a fresh deployment (the back-office then names the others), and find the account a command
// acts for. The audit log records these with no actor and `via: "cli"`.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { accountEmail } from "./account-email";
import { InvalidInputError, NotFoundError } from "@/lib/server/errors";

/** Makes the account with this e-mail an administrator (creating the account if needed), or no longer one. */
export async function setAdminFromCommandLine(
  db: Executor,
  rawEmail: string,
  isAdmin: boolean,
): Promise<{ email: string; created: boolean; changed: boolean }> {
  const email = accountEmail(rawEmail);
  if (!email) throw new InvalidInputError("email", { fr: `Adresse e-mail invalide : ${rawEmail}`, en: `Invalid e-mail address: ${rawEmail}` });
  return db.transaction(async (tx) => {
    const created = isAdmin ? await tx.insert(users).values({ email, isAdmin: true }).onConflictDoNothing().returning({ id: users.id }) : [];
    const [user] = await tx.select({ id: users.id, isAdmin: users.isAdmin }).from(users).where(eq(users.email, email)).for("update");
    if (!user) throw new NotFoundError("user", { fr: `Aucun compte pour ${email}`, en: `No account for ${email}` });
    const changed = created.length > 0 || user.isAdmin !== isAdmin;
    if (changed) {
      await tx.update(users).set({ isAdmin }).where(eq(users.id, user.id));
      await tx.insert(auditLog).values({
        actorUserId: null,
        action: isAdmin ? "user.grant_admin" : "user.revoke_admin",
        entityType: "user",
        entityId: user.id,
        changes: { via: "cli", accountCreated: created.length > 0 },
      });
    }
    return { email, created: created.length > 0, changed };
  });
}

/** The e-mails of the active administrators, oldest account first. */
export async function listActiveAdmins(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.isAdmin, true), isNull(users.disabledAt)))
    .orderBy(sql`${users.createdAt}`, users.email);
  return rows.map((row) => row.email);
}
