// "Contact this catalyst": a signed-in user writes to a catalyst without ever seeing its team's addresses. The
// message goes by e-mail (through the outbox) to the catalyst's staff and its private contact address, or to the
// network's admins when it has neither; the sender's own address goes with it so the catalyst can answer.
import "server-only";
import { eq } from "drizzle-orm";
import { type Executor } from "@/db/client";
import { auditLog, catalysts } from "@/db/schema";
import { enqueueMail } from "../server/mail/outbox";
import { findRecipients } from "../accounts/notifications";
import { notificationMail } from "../server/mail/templates";
import { consumeRateLimit, type RateLimitRule } from "../server/rate-limit";
import type { Viewer } from "../auth/viewer";
import { getCatalystMessages } from "./messages";
import { catalystContactSchema } from "./schemas";

export const CATALYST_CONTACT_PER_USER: RateLimitRule = { name: "catalyst-contact:user", limit: 5, windowSeconds: 3600 };

export type CatalystContactResult = { ok: true; recipients: number } | { ok: false; error: "forbidden" | "not_found" | "message" | "rateLimited" };

export async function contactCatalyst(
  db: Executor,
  viewer: Viewer | null,
  input: { catalystSlug: string; message: string },
  publicUrl: string,
  now = new Date(),
): Promise<CatalystContactResult> {
  if (!viewer) return { ok: false, error: "forbidden" };
  // The form's schema (lib/catalysts/schemas.ts); a slug no catalyst could have names none.
  const parsed = catalystContactSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.some((issue) => issue.path[0] === "message") ? "message" : "not_found" };
  const { message, catalystSlug } = parsed.data;
  const [catalyst] = await db
    .select({ id: catalysts.id, slug: catalysts.slug, name: catalysts.name, contactEmail: catalysts.contactEmail })
    .from(catalysts)
    .where(eq(catalysts.slug, catalystSlug));
  if (!catalyst) return { ok: false, error: "not_found" };
  const limited = await consumeRateLimit(db, CATALYST_CONTACT_PER_USER, viewer.id, now);
  if (!limited.allowed) return { ok: false, error: "rateLimited" };

  // Its staff; with neither staff nor a private address, the network's admins.
  const staff = await findRecipients(db, { catalystId: catalyst.id });
  const people = staff.length || catalyst.contactEmail ? staff : await findRecipients(db, { adminsIfNoCatalyst: true });
  const recipients = new Map<string, "fr" | "en">(people.map((person) => [person.email.toLowerCase(), person.locale]));
  if (catalyst.contactEmail) recipients.set(catalyst.contactEmail.toLowerCase(), recipients.get(catalyst.contactEmail.toLowerCase()) ?? "fr");
  const sender = viewer.name ? `${viewer.name} <${viewer.email}>` : viewer.email;
  await db.transaction(async (tx) => {
    for (const [to, locale] of recipients) {
      const t = getCatalystMessages(locale).contactMail;
      await enqueueMail(
        tx,
        notificationMail({
          to,
          locale,
          subject: t.subject(catalyst.name),
          body: t.body(sender, catalyst.name, message, viewer.email),
          link: `${publicUrl}/catalysts/${catalyst.slug}`,
          settingsLink: `${publicUrl}/account`,
          template: "catalyst-contact",
          linkLabel: t.link,
          footer: t.footer,
        }),
      );
    }
    await tx.insert(auditLog).values({
      actorUserId: viewer.id,
      action: "catalyst.contacted",
      entityType: "catalyst",
      entityId: catalyst.id,
      changes: { recipients: recipients.size },
    });
  });
  return { ok: true, recipients: recipients.size };
}
