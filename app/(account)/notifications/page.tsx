import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { formatDate } from "@/lib/organisations/directory-messages";
import { getIntroductionMessages } from "@/lib/introductions/messages";
import { getLocale } from "@/lib/i18n/locale";
import { listNotifications } from "@/lib/accounts/notifications";
import { getViewer } from "@/lib/auth/session";
import { markAllReadAction } from "../introductions/actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getIntroductionMessages(await getLocale()).notifications, robots: { index: false } };
}

export default async function NotificationsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/notifications");
  const locale = await getLocale();
  const t = getIntroductionMessages(locale);
  const { items } = await listNotifications(await getDatabase(), viewer, locale);
  const unread = items.filter((item) => !item.read).length;
  return (
    <section className="container account-page narrow">
      <h1>{t.notifications}</h1>
      <p className="muted">
        {t.notificationsLead} {unread > 0 ? <strong>{t.unread(unread)}</strong> : null}
      </p>
      {unread > 0 ? (
        <form action={markAllReadAction}>
          <button type="submit" className="button button-secondary button-small">
            {t.markAllRead}
          </button>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p className="empty-state">{t.noNotifications}</p>
      ) : (
        <ul className="card-list notification-list">
          {items.map((item) => (
            <li key={item.id} className={item.read ? "card" : "card notification-unread"}>
              <h2 className="card-title">
                {item.href ? <Link href={item.href}>{item.title}</Link> : item.title}
                {item.read ? null : <span className="visually-hidden"> ({t.unread(1)})</span>}
              </h2>
              <p className="card-place">{formatDate(item.createdAt, locale)}</p>
              <p className="pre-line">{item.body}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/introductions">{t.back}</Link>
      </p>
    </section>
  );
}
