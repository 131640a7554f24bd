// /admin/users: find a user by e-mail or name, see their roles at a glance, open one to act on it.
import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/app/components/pagination";
import { getAdminMessages } from "@/lib/admin/messages";
import { searchUsers } from "@/lib/admin/users";
import { getDatabase } from "@/lib/server/db";
import { formatDate, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { ResultCount } from "../filters";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Utilisateurs · Administration", robots: { index: false } };
}

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; page?: string | string[]; deleted?: string }>;
}) {
  const locale = await getLocale();
  const messages = getDirectoryMessages(locale);
  const t = getAdminMessages(locale).users;
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const page = typeof params.page === "string" ? Number.parseInt(params.page, 10) || 1 : 1;
  let result;
  try {
    result = await searchUsers(await getDatabase(), await getViewer(), { query: q, page });
  } catch (error) {
    // Not an admin: the page does not exist for them (the layout says so too).
    answerPageError(error);
  }
  const hrefFor = (target: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;
  return (
    <section className="account-page">
      <h1>{t.title}</h1>
      {params.deleted ? (
        <p className="notice success" role="status">
          {t.deleted}
        </p>
      ) : null}
      <form method="get" action="/admin/users" className="filters inline-filters" role="search">
        <div className="field">
          <label htmlFor="q">{t.search}</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={200} />
        </div>
        <button type="submit" className="button">
          {t.submit}
        </button>
      </form>
      <ResultCount total={result.total} locale={locale} noun={t.noun} />
      {result.items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.email}</th>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.roles}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.lastSeen}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link href={`/admin/users/${encodeURIComponent(user.id)}`}>{user.email}</Link>
                  </th>
                  <td>{user.name ?? "—"}</td>
                  <td>
                    {[
                      user.isAdmin ? t.admin : null,
                      user.catalysts > 0 ? t.staffOf(user.catalysts) : null,
                      user.memberships > 0 ? t.memberOf(user.memberships) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ") || "—"}
                  </td>
                  <td>{user.disabledAt ? t.disabled : t.active}</td>
                  <td>{user.lastSeenAt ? formatDate(user.lastSeenAt, locale) : t.never}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} labels={messages.organisations} />
    </section>
  );
}
