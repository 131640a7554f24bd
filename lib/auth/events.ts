// What Auth.js asks us during a sign-in, apart from the framework: whether this account may sign in, what to do
// once it did, and what happens at sign-out, each written to the security log (lib/server/security-log.ts).
import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { recordVisit } from "../accounts/inactivity";
import { enqueueMail } from "../server/mail/outbox";
import { signInMail } from "../server/mail/templates";
import { logSecurityEvent } from "../server/security-log";

async function isDisabled(db: Executor, email: string): Promise<boolean> {
  const [row] = await db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.email, email.toLowerCase()));
  return Boolean(row?.disabledAt);
}

/**
 * A disabled account cannot sign in, even with a valid link. Asked when a link is requested too (`linkRequest`),
 * where refusing would tell a disabled account from an unknown address (an error page instead of "check your
 * e-mail"): there every address is let through, and deliverSignInLink withholds the disabled account's mail.
 */
export async function allowSignIn(db: Executor, email: string | null | undefined, { linkRequest }: { linkRequest: boolean }): Promise<boolean> {
  if (!email) {
    logSecurityEvent({ event: "sign_in_refused", email: "", reason: "no_email" });
    return false;
  }
  if (linkRequest) return true;
  if (await isDisabled(db, email)) {
    logSecurityEvent({ event: "sign_in_refused", email, reason: "disabled" });
    return false;
  }
  return true;
}

/** Mails a sign-in link, except to a disabled account: its link could only be refused (see allowSignIn). */
export async function deliverSignInLink(db: Executor, email: string, url: string, minutes: number): Promise<void> {
  if (await isDisabled(db, email)) {
    logSecurityEvent({ event: "sign_in_refused", email, reason: "disabled" });
    return;
  }
  await enqueueMail(db, signInMail(email, url, minutes));
  recordSignInLinkRequest(email);
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
