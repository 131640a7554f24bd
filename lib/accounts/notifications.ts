// Notifications: a row per person for the bell and the notifications page (rendered in the reader's language
// from its kind and data), and the same news by e-mail through the outbox for those who keep e-mails on.
// Written in the caller's transaction, so they never disagree with what they announce.
import "server-only";
import { and, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor, type RowSchema } from "@/db/client";
import { notifications } from "@/db/schema";
import { INTRODUCTION_STATUS_LABELS } from "@/lib/shared/vocabulary";
import { notificationText, type NotificationData, type NotificationKind } from "@/lib/introductions/messages";
import { labelOf } from "@/lib/i18n/labels";
import { getAccountMessages } from "./messages";
import type { Locale } from "@/lib/i18n/messages";
import { enqueueMail } from "@/lib/server/mail/outbox";
import { notificationMail } from "@/lib/server/mail/templates";
import type { Viewer } from "@/lib/auth/viewer";
import { NotSignedInError } from "@/lib/server/errors";

export interface Recipient {
  id: string;
  email: string;
  locale: Locale;
  emailNotifications: boolean;
}
const recipientRow: RowSchema<Recipient> = z.object({ id: z.string(), email: z.string(), locale: z.enum(["fr", "en"]), emailNotifications: z.boolean() });

/** People to tell: members of organisations, staff of a catalyst (or the admins when there is none), named users. */
export async function findRecipients(
  db: Executor,
  who: { organisations?: string[]; catalystId?: string | null; adminsIfNoCatalyst?: boolean; userIds?: string[] },
  exceptUserId?: string | null,
): Promise<Recipient[]> {
  const parts: SQL[] = [];
  if (who.organisations?.length) {
    parts.push(
      sql`u.id IN (SELECT user_id FROM memberships WHERE organisation_id IN (${sql.join(
        who.organisations.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`,
    );
  }
  if (who.catalystId) parts.push(sql`u.id IN (SELECT user_id FROM catalyst_staff WHERE catalyst_id = ${who.catalystId})`);
  else if (who.adminsIfNoCatalyst) parts.push(sql`u.is_admin`);
  if (who.userIds?.length)
    parts.push(
      sql`u.id IN (${sql.join(
        who.userIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  if (parts.length === 0) return [];
  return parsedRows(
    db,
    sql`SELECT u.id, u.email, CASE WHEN u.locale = 'en' THEN 'en' ELSE 'fr' END AS locale, u.email_notifications AS "emailNotifications"
        FROM users u
        WHERE u.disabled_at IS NULL AND (${sql.join(parts, sql` OR `)}) AND u.id IS DISTINCT FROM ${exceptUserId ?? null}
        ORDER BY u.email`,
    recipientRow,
  );
}

export async function notifyPeople(
  db: Executor,
  people: Recipient[],
  news: { kind: NotificationKind; data: NotificationData; path: string; introductionId?: string },
  publicUrl: string,
): Promise<void> {
  if (people.length === 0) return;
  const data = { ...news.data, path: news.path } as Record<string, string>;
  await db.insert(notifications).values(people.map((person) => ({ userId: person.id, kind: news.kind, introductionId: news.introductionId ?? null, data })));
  for (const person of people) {
    if (!person.emailNotifications) continue;
    const { title, body } = notificationText(news.kind, news.data, labelOf(INTRODUCTION_STATUS_LABELS, news.data.status ?? "", person.locale), person.locale);
    await enqueueMail(
      db,
      notificationMail({
        to: person.email,
        locale: person.locale,
        subject: title,
        body,
        link: `${publicUrl}${news.path}`,
        settingsLink: `${publicUrl}/account#notifications`,
        template: news.kind,
        ...(news.introductionId ? {} : { linkLabel: getAccountMessages(person.locale).mail.notification.openInAlliances }),
      }),
    );
  }
}

export interface NotificationItem {
  id: number;
  kind: string;
  href: string | null;
  title: string;
  body: string;
  read: boolean;
  createdAt: string;
}

export async function unreadNotificationCount(db: Executor, viewer: Viewer | null): Promise<number> {
  if (!viewer) return 0;
  const [row] = await db
    .select({ count: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return row?.count ?? 0;
}

const notificationRow = z.object({
  id: z.number(),
  kind: z.string(),
  introductionId: z.string().nullable(),
  data: z.record(z.string(), z.string()),
  readAt: z.string().nullable(),
  createdAt: z.string(),
  total: z.number(),
});

export async function listNotifications(db: Executor, viewer: Viewer | null, locale: Locale, page = 1): Promise<{ items: NotificationItem[]; total: number }> {
  if (!viewer) throw new NotSignedInError();
  const safePage = Math.max(1, Math.min(1_000, Math.floor(page)));
  // The id is int8, which postgres.js hands over as a string: cast, so it is a number on both engines.
  const rows = await parsedRows(
    db,
    sql`SELECT id::int AS id, kind, introduction_id AS "introductionId", data, read_at AS "readAt", ${isoTimestamp("created_at")} AS "createdAt", count(*) OVER ()::int AS total
        FROM notifications WHERE user_id = ${viewer.id}
        ORDER BY created_at DESC, id DESC LIMIT 30 OFFSET ${(safePage - 1) * 30}`,
    notificationRow,
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((row) => {
      const data: NotificationData = row.data;
      const { title, body } = notificationText(row.kind, data, labelOf(INTRODUCTION_STATUS_LABELS, data.status ?? "", locale), locale);
      const href = row.introductionId ? `/introductions/${row.introductionId}` : typeof data.path === "string" && data.path.startsWith("/") ? data.path : null;
      return { id: row.id, kind: row.kind, href, title, body, read: Boolean(row.readAt), createdAt: row.createdAt };
    }),
  };
}

/** Marks the viewer's own notifications read (all, or those of one introduction when opening it). */
export async function markNotificationsRead(db: Executor, viewer: Viewer | null, options: { introductionId?: string } = {}, now = new Date()): Promise<void> {
  if (!viewer) throw new NotSignedInError();
  const scope = options.introductionId ? sql`AND introduction_id = ${options.introductionId}` : sql``;
  await db.execute(sql`UPDATE notifications SET read_at = ${now.toISOString()} WHERE user_id = ${viewer.id} AND read_at IS NULL ${scope}`);
}

export async function setEmailNotifications(db: Executor, viewer: Viewer | null, enabled: boolean): Promise<void> {
  if (!viewer) throw new NotSignedInError();
  await db.execute(sql`UPDATE users SET email_notifications = ${enabled} WHERE id = ${viewer.id}`);
}
