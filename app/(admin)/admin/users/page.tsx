// /admin/users: find a user by e-mail or name, see their roles at a glance, open one to act on it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/app/components/pagination";
import { ForbiddenError } from "@/lib/admin/access";
import { searchUsers } from "@/lib/admin/users";
import { getDatabase } from "@/lib/server/db";
import { formatDate, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { ResultCount } from "../filters";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Utilisateurs · Administration", robots: { index: false } };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; page?: string | string[]; deleted?: string }> }) {
  const locale = await getLocale();
  const messages = getDirectoryMessages(locale);
  const fr = locale === "fr";
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const page = typeof params.page === "string" ? Number.parseInt(params.page, 10) || 1 : 1;
  let result;
  try {
    result = await searchUsers(await getDatabase(), await getViewer(), { query: q, page });
  } catch (error) {
    // Not an admin: the page does not exist for them (the layout says so too).
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  const hrefFor = (target: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;
  return (
    <section className="account-page">
      <h1>{fr ? "Utilisateurs" : "Users"}</h1>
      {params.deleted ? (
        <p className="notice" role="status">
          {fr ? "Le compte a été supprimé, avec ses données personnelles." : "The account was deleted, with its personal data."}
        </p>
      ) : null}
      <form method="get" action="/admin/users" className="filters inline-filters" role="search">
        <div className="field">
          <label htmlFor="q">{fr ? "E-mail ou nom" : "E-mail or name"}</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={200} />
        </div>
        <button type="submit" className="button">
          {fr ? "Rechercher" : "Search"}
        </button>
      </form>
      <ResultCount total={result.total} locale={locale} noun={fr ? ["utilisateur", "utilisateurs"] : ["user", "users"]} />
      {result.items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{fr ? "Utilisateurs trouvés" : "Users found"}</caption>
            <thead>
              <tr>
                <th scope="col">{fr ? "E-mail" : "E-mail"}</th>
                <th scope="col">{fr ? "Nom" : "Name"}</th>
                <th scope="col">{fr ? "Rôles" : "Roles"}</th>
                <th scope="col">{fr ? "État" : "Status"}</th>
                <th scope="col">{fr ? "Dernière visite" : "Last seen"}</th>
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
                      user.isAdmin ? (fr ? "admin" : "admin") : null,
                      user.catalysts > 0 ? (fr ? `équipe de ${user.catalysts} catalyseur${user.catalysts > 1 ? "s" : ""}` : `staff of ${user.catalysts} catalyst${user.catalysts > 1 ? "s" : ""}`) : null,
                      user.memberships > 0 ? (fr ? `membre de ${user.memberships} organisation${user.memberships > 1 ? "s" : ""}` : `member of ${user.memberships} organisation${user.memberships > 1 ? "s" : ""}`) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ") || "—"}
                  </td>
                  <td>{user.disabledAt ? (fr ? "désactivé" : "disabled") : fr ? "actif" : "active"}</td>
                  <td>{user.lastSeenAt ? formatDate(user.lastSeenAt, locale) : fr ? "jamais" : "never"}</td>
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
