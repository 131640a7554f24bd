// /admin/users/[id]: one user's roles and state, the role and access switches, and personal-data requests
// processed on their behalf (download, deletion).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminMessages } from "@/lib/admin/messages";
import { getUserForAdmin, type UserDetail } from "@/lib/admin/users";
import { getDatabase } from "@/lib/server/db";
import { getAccountMessages } from "@/lib/accounts/messages";
import { formatDate } from "@/lib/organisations/directory-messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { UserActions } from "../user-actions";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Utilisateur · Administration", robots: { index: false } };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  let user: UserDetail | null;
  try {
    user = await getUserForAdmin(await getDatabase(), viewer, id.slice(0, 100));
  } catch (error) {
    answerPageError(error);
  }
  if (!user) notFound();
  const locale = await getLocale();
  const messages = getAdminMessages(locale);
  const t = messages.user;
  const roleNames = getAccountMessages(locale).account.roleNames;
  const date = (iso: string | null, none: string) => (iso ? formatDate(iso, locale) : none);
  const self = user.id === viewer?.id;
  return (
    <section className="account-page">
      <p>
        <Link href="/admin/users">← {messages.users.title}</Link>
      </p>
      <h1>{user.name ? `${user.name} (${user.email})` : user.email}</h1>
      <dl className="facts">
        <dt>{t.status}</dt>
        <dd>{user.disabledAt ? t.disabledOn(formatDate(user.disabledAt, locale)) : messages.users.active}</dd>
        <dt>{t.administrator}</dt>
        <dd>{user.isAdmin ? t.yes : t.no}</dd>
        <dt>{t.created}</dt>
        <dd>{formatDate(user.createdAt, locale)}</dd>
        <dt>{t.lastSeen}</dt>
        <dd>{date(user.lastSeenAt, messages.users.never)}</dd>
        <dt>{t.inactivityWarning}</dt>
        <dd>{date(user.inactivityWarnedAt, t.noWarning)}</dd>
        <dt>{t.sessions}</dt>
        <dd>{user.sessions}</dd>
        <dt>{t.language}</dt>
        <dd>{user.locale}</dd>
      </dl>
      <h2>{t.roles}</h2>
      <ul className="link-list">
        {user.catalysts.map((catalyst) => (
          <li key={catalyst.slug}>
            {t.staffOf}
            <Link href={`/catalysts/${catalyst.slug}`}>{catalyst.name}</Link>
          </li>
        ))}
        {user.memberships.map((membership) => (
          <li key={membership.slug}>
            {t.memberOf}
            {membership.status === "published" ? <Link href={`/organisations/${membership.slug}`}>{membership.name}</Link> : membership.name} (
            {roleNames[membership.role]}
            {membership.role === "owner" && membership.owners === 1 ? t.onlyOwner : ""})
          </li>
        ))}
        {user.catalysts.length + user.memberships.length === 0 ? <li>{t.noRole}</li> : null}
      </ul>
      {self ? <p className="muted">{t.self}</p> : null}
      <UserActions userId={user.id} isAdmin={user.isAdmin} disabled={Boolean(user.disabledAt)} self={self} labels={t.actions} />
      <h2>{t.accessTitle}</h2>
      <form method="post" action={`/admin/users/${encodeURIComponent(user.id)}/data`}>
        <button type="submit" className="button button-secondary">
          {t.download}
        </button>
      </form>
      <p className="muted">{t.downloadAudited}</p>
    </section>
  );
}
