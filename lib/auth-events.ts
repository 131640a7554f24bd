// What Auth.js asks us during a sign-in, apart from the framework: whether this account may sign in, what to do
// once it did, and what happens at sign-out, each written to the security log (lib/security-log.ts).
import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { recordVisit } from "./inactivity";
import { logSecurityEvent } from "./security-log";

/** A disabled account cannot sign in, even with a valid link. */
export async function allowSignIn(db: Executor, email: string | null | undefined): Promise<boolean> {
  if (!email) {
    logSecurityEvent({ event: "sign_in_refused", email: "", reason: "no_email" });
    return false;
  }
  const [row] = await db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.email, email.toLowerCase()));
  if (row?.disabledAt) {
    logSecurityEvent({ event: "sign_in_refused", email, reason: "disabled" });
    return false;
  }
  return true;
}

export async function recordSignIn(db: Executor, userId: string | undefined, isNewUser: boolean | undefined): Promise<void> {
  if (!userId) return;
  logSecurityEvent({ event: "sign_in", userId, isNewUser: Boolean(isNewUser) });
  await recordVisit(db, userId);
}

export function recordSignOut(userId: string | undefined): void {
  logSecurityEvent({ event: "sign_out", userId });
}

export function recordSignInLinkRequest(email: string): void {
  logSecurityEvent({ event: "sign_in_link_requested", email });
}
