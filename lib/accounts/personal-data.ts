// Personal-data rights: a user downloads everything the service holds about them (JSON), and deleting an account
// erases it, leaving no row that names them. Authorisation: exportPersonalData serves the viewer themself; the
// back-office (lib/admin/users.ts) calls collectPersonalData for someone else after requireAdmin.
import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor } from "@/db/client";
import type { Viewer } from "../auth/viewer";
import { NotSignedInError } from "@/lib/server/errors";

/** Whose data: the account's id and e-mail address are all it takes to find the rest. */
export type DataSubject = Pick<Viewer, "id" | "email">;

/** The audit trail's name for a deleted account: a hash of its id, which says nothing of the person. */
export function anonymousUserReference(userId: string): string {
  return createHash("sha256").update(userId).digest("hex").slice(0, 16);
}

/** Everything about the viewer, in one JSON-ready object (what the account page offers to download). */
export async function exportPersonalData(db: Executor, viewer: Viewer | null, now = new Date()) {
  if (!viewer) throw new NotSignedInError();
  return collectPersonalData(db, viewer, now);
}

// The export's rows, each key as it appears in the downloaded file.
const text = z.string();
const optionalText = z.string().nullable();
const exported = {
  account: z.object({
    id: text,
    email: text,
    name: optionalText,
    locale: text,
    isAdmin: z.boolean(),
    emailNotifications: z.boolean(),
    createdAt: text,
    lastSeenAt: optionalText,
    emailVerified: optionalText,
  }),
  session: z.object({ expires: text }),
  membership: z.object({ organisation: text, slug: text, role: text, since: text }),
  staff: z.object({ catalyst: text, slug: text, since: text }),
  contactPersonOf: z.object({
    organisation: text,
    slug: text,
    contactName: optionalText,
    contactRole: optionalText,
    contactEmail: optionalText,
    contactPhone: optionalText,
    consentAt: optionalText,
  }),
  introduction: z.object({ id: text, requester: text, target: text, status: text, message: text, createdAt: text }),
  notification: z.object({ kind: text, data: z.record(z.string(), z.unknown()), createdAt: text, readAt: optionalText }),
  membershipRequest: z.object({ organisation: text, status: text, message: text, createdAt: text }),
  draft: z.object({ data: z.record(z.string(), z.unknown()), step: z.number(), updatedAt: text }),
  mail: z.object({ subject: text, template: text, status: text, createdAt: text, sentAt: optionalText }),
};

/** Everything about one person. Callers check who may read it (the person, or an admin processing a request). */
export async function collectPersonalData(db: Executor, subject: DataSubject, now = new Date()) {
  const id = subject.id;
  const email = subject.email.toLowerCase();
  const [account] = await parsedRows(
    db,
    sql`SELECT id, email, name, locale, is_admin AS "isAdmin", email_notifications AS "emailNotifications",
               ${isoTimestamp("created_at")} AS "createdAt", ${isoTimestamp("last_seen_at")} AS "lastSeenAt", ${isoTimestamp("email_verified")} AS "emailVerified"
        FROM users WHERE id = ${id}`,
    exported.account,
  );
  const [sessions, memberships, staff, organisationsAsContact, introductions, notifications, joinRequests, draft, mails] = await Promise.all([
    parsedRows(db, sql`SELECT ${isoTimestamp("expires")} AS expires FROM sessions WHERE user_id = ${id} ORDER BY expires`, exported.session),
    parsedRows(
      db,
      sql`SELECT o.name AS organisation, o.slug, m.role, ${isoTimestamp("m.created_at")} AS since FROM memberships m JOIN organisations o ON o.id = m.organisation_id
          WHERE m.user_id = ${id} ORDER BY o.name`,
      exported.membership,
    ),
    parsedRows(
      db,
      sql`SELECT c.name AS catalyst, c.slug, ${isoTimestamp("s.created_at")} AS since FROM catalyst_staff s JOIN catalysts c ON c.id = s.catalyst_id WHERE s.user_id = ${id}`,
      exported.staff,
    ),
    parsedRows(
      db,
      sql`SELECT name AS organisation, slug, contact_name AS "contactName", contact_role AS "contactRole", contact_email AS "contactEmail",
                 contact_phone AS "contactPhone", ${isoTimestamp("contact_consent_at")} AS "consentAt"
          FROM organisations WHERE lower(contact_email) = ${email} ORDER BY name`,
      exported.contactPersonOf,
    ),
    parsedRows(
      db,
      sql`SELECT i.id, r.name AS requester, t.name AS target, i.status, i.message, ${isoTimestamp("i.created_at")} AS "createdAt"
          FROM introductions i JOIN organisations r ON r.id = i.requester_organisation_id JOIN organisations t ON t.id = i.target_organisation_id
          WHERE i.requested_by_user_id = ${id} ORDER BY i.created_at`,
      exported.introduction,
    ),
    parsedRows(
      db,
      sql`SELECT kind, data, ${isoTimestamp("created_at")} AS "createdAt", ${isoTimestamp("read_at")} AS "readAt" FROM notifications WHERE user_id = ${id} ORDER BY created_at`,
      exported.notification,
    ),
    parsedRows(
      db,
      sql`SELECT o.name AS organisation, r.status, r.message, ${isoTimestamp("r.created_at")} AS "createdAt"
          FROM membership_requests r JOIN organisations o ON o.id = r.organisation_id WHERE r.user_id = ${id} ORDER BY r.created_at`,
      exported.membershipRequest,
    ),
    parsedRows(db, sql`SELECT data, step, ${isoTimestamp("updated_at")} AS "updatedAt" FROM registration_drafts WHERE user_id = ${id}`, exported.draft),
    parsedRows(
      db,
      sql`SELECT subject, template, status, ${isoTimestamp("created_at")} AS "createdAt", ${isoTimestamp("sent_at")} AS "sentAt" FROM mail_outbox WHERE lower(to_address) = ${email} ORDER BY created_at`,
      exported.mail,
    ),
  ]);
  return {
    exportedAt: now.toISOString(),
    service: "Alliances",
    account,
    sessions,
    memberships,
    catalystStaff: staff,
    contactPersonOf: organisationsAsContact,
    introductionsRequested: introductions,
    notifications,
    membershipRequests: joinRequests,
    registrationDraft: draft[0] ?? null,
    mails,
  };
}

/**
 * What deleting an account erases besides the user row and its cascades (sessions, accounts, memberships,
 * notifications, drafts, requests to join): mails and sign-in tokens to its address, the contact person fields
 * that name it, and its id in the audit trail (details, and the entity of back-office actions on the account,
 * which keeps only the hash). Runs inside the deletion's transaction.
 */
export async function erasePersonalTraces(tx: Executor, subject: DataSubject): Promise<void> {
  const email = subject.email.toLowerCase();
  await tx.execute(sql`DELETE FROM mail_outbox WHERE lower(to_address) = ${email}`);
  await tx.execute(sql`DELETE FROM verification_tokens WHERE lower(identifier) = ${email}`);
  await tx.execute(
    sql`UPDATE organisations SET contact_name = NULL, contact_role = NULL, contact_email = NULL, contact_phone = NULL, contact_consent_at = NULL, updated_at = now()
        WHERE lower(contact_email) = ${email}`,
  );
  await tx.execute(sql`UPDATE audit_log SET changes = changes - 'userId' WHERE changes ->> 'userId' = ${subject.id}`);
  await tx.execute(sql`UPDATE audit_log SET entity_id = ${anonymousUserReference(subject.id)} WHERE entity_type = 'user' AND entity_id = ${subject.id}`);
}
