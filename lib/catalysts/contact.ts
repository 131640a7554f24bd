// "Contact this catalyst": a signed-in user, or a visitor without an account, writes to a catalyst without ever seeing
// its team's addresses. The message goes by e-mail (through the outbox) to the catalyst's staff and its private contact
// address, or to the network's admins when it has neither; the sender's own address goes with it so the catalyst can
// answer. A visitor's first question passes a signed form-time check and a hidden trap field, and is limited per client,
// per address and per catalyst; the catalyst is told the address was not verified.
import "server-only";
import { eq } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { auditLog, catalysts } from "@/db/schema";
import { enqueueMail } from "../server/mail/outbox";
import { findRecipients } from "../accounts/notifications";
import { notificationMail } from "../server/mail/templates";
import { consumeRateLimit, type RateLimitRule } from "../server/rate-limit";
import type { Viewer } from "../auth/viewer";
import { getAuthSecret } from "../auth/secret";
import { signInIdentifier } from "../auth/sign-in-identifier";
import { checkFormToken, issueFormToken } from "../server/form-token";
import { getCatalystMessages } from "./messages";
import { catalystContactSchema } from "./schemas";

export const CATALYST_CONTACT_PER_USER: RateLimitRule = { name: "catalyst-contact:user", limit: 5, windowSeconds: 3600 };

// Without an account: a few questions per hour from one client, a few a day from one address, and a bound per catalyst
// so that nobody can bury a team under messages.
export const CATALYST_CONTACT_PER_CLIENT: RateLimitRule = { name: "catalyst-contact:client", limit: 3, windowSeconds: 3600 };
export const CATALYST_CONTACT_PER_VISITOR_EMAIL: RateLimitRule = { name: "catalyst-contact:visitor", limit: 3, windowSeconds: 24 * 3600 };
export const CATALYST_CONTACT_ANONYMOUS_PER_CATALYST: RateLimitRule = { name: "catalyst-contact:catalyst", limit: 30, windowSeconds: 24 * 3600 };

const FORM_PURPOSE = "catalyst-contact";

/** The form-time token a visitor's contact form carries (see lib/server/form-token.ts). */
export async function issueCatalystContactToken(db: Executor, now = new Date()): Promise<string> {
  return issueFormToken(await getAuthSecret(db), FORM_PURPOSE, now);
}

/** What a visitor without an account gives, and what the server saw of them. */
export interface ContactVisitor {
  email: string;
  name: string;
  /** The client's address (lib/server/http/client-address.ts), for the limit per client. */
  client: string;
  formToken: string;
  /** The hidden field people never see nor fill. */
  trap: string;
}

export type CatalystContactError = "forbidden" | "not_found" | "message" | "rateLimited" | "email" | "too_fast" | "expired";
export type CatalystContactResult = { ok: true; recipients: number } | { ok: false; error: CatalystContactError };

export async function contactCatalyst(
  db: Executor,
  viewer: Viewer | null,
  input: { catalystSlug: string; message: string; visitor?: ContactVisitor },
  publicUrl: string,
  now = new Date(),
): Promise<CatalystContactResult> {
  const visitor = viewer ? null : input.visitor;
  if (!viewer && !visitor) return { ok: false, error: "forbidden" };
  const visitorEmail = visitor ? signInIdentifier(visitor.email.slice(0, 300)) : null;
  if (visitor && !visitorEmail) return { ok: false, error: "email" };
  if (visitor) {
    const verdict = checkFormToken(await getAuthSecret(db), FORM_PURPOSE, visitor.formToken, now);
    if (verdict === "too_fast" || verdict === "missing") return { ok: false, error: "too_fast" };
    if (verdict === "expired") return { ok: false, error: "expired" };
  }
  // The form's schema (lib/catalysts/schemas.ts); a slug no catalyst could have names none.
  const parsed = catalystContactSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.some((issue) => issue.path[0] === "message") ? "message" : "not_found" };
  const { message, catalystSlug } = parsed.data;
  const [catalyst] = await db
    .select({ id: catalysts.id, slug: catalysts.slug, name: catalysts.name, contactEmail: catalysts.contactEmail })
    .from(catalysts)
    .where(eq(catalysts.slug, catalystSlug));
  if (!catalyst) return { ok: false, error: "not_found" };
  // A robot that filled the trap is told it worked, and nothing is sent.
  if (visitor && visitor.trap.trim() !== "") return { ok: true, recipients: 0 };
  const limits: [RateLimitRule, string][] = viewer
    ? [[CATALYST_CONTACT_PER_USER, viewer.id]]
    : [
        [CATALYST_CONTACT_PER_CLIENT, visitor!.client],
        [CATALYST_CONTACT_PER_VISITOR_EMAIL, visitorEmail!],
        [CATALYST_CONTACT_ANONYMOUS_PER_CATALYST, catalyst.id],
      ];
  for (const [rule, subject] of limits) {
    if (!(await consumeRateLimit(db, rule, subject, now)).allowed) return { ok: false, error: "rateLimited" };
  }

  // Its staff; with neither staff nor a private address, the network's admins.
  const staff = await findRecipients(db, { catalystId: catalyst.id });
  const people = staff.length || catalyst.contactEmail ? staff : await findRecipients(db, { adminsIfNoCatalyst: true });
  const recipients = new Map<string, "fr" | "en">(people.map((person) => [person.email.toLowerCase(), person.locale]));
  if (catalyst.contactEmail) recipients.set(catalyst.contactEmail.toLowerCase(), recipients.get(catalyst.contactEmail.toLowerCase()) ?? "fr");
  const replyTo = viewer ? viewer.email : visitorEmail!;
  const senderName = (viewer ? viewer.name : visitor!.name.trim().slice(0, 120)) || null;
  const sender = senderName ? `${senderName} <${replyTo}>` : replyTo;
  await db.transaction(async (tx) => {
    for (const [to, locale] of recipients) {
      const t = getCatalystMessages(locale).contactMail;
      await enqueueMail(
        tx,
        notificationMail({
          to,
          locale,
          subject: t.subject(catalyst.name),
          body: viewer ? t.body(sender, catalyst.name, message, replyTo) : t.visitorBody(sender, catalyst.name, message, replyTo),
          link: `${publicUrl}/catalysts/${catalyst.slug}`,
          settingsLink: `${publicUrl}/account`,
          template: "catalyst-contact",
          linkLabel: t.link,
          footer: t.footer,
        }),
      );
    }
    await tx.insert(auditLog).values({
      actorUserId: viewer?.id ?? null,
      action: "catalyst.contacted",
      entityType: "catalyst",
      entityId: catalyst.id,
      changes: { recipients: recipients.size, ...(viewer ? {} : { visitor: true }) },
    });
  });
  return { ok: true, recipients: recipients.size };
}
