// /admin/organisations: find any organisation whatever its status (filters in the URL), then edit, suspend or
// restore it, merge a duplicate, or open its audit history.
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/data-table";
import { Pagination } from "@/app/components/pagination";
import { getAdminMessages } from "@/lib/admin/messages";
import { ADMIN_PAGE_SIZE, adminOrganisationSearch, searchOrganisationsForAdmin } from "@/lib/admin/organisations";
import { getDatabase } from "@/lib/server/db";
import { ACTOR_KIND_LABELS, ORGANISATION_STATUS_LABELS, ORGANISATION_STATUSES } from "@/lib/shared/vocabulary";
import { formatDate, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { ResultCount, SelectFilter } from "../filters";
import { OrganisationActions } from "./organisation-actions";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Organisations · Administration", robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  const locale = await getLocale();
  const t = getAdminMessages(locale).organisations;
  const search = adminOrganisationSearch.parse(await searchParams);
  let result;
  try {
    result = await searchOrganisationsForAdmin(await getDatabase(), await getViewer(), search);
  } catch (error) {
    // Not an admin: the page does not exist for them (the layout says so too).
    answerPageError(error);
  }
  const pageCount = Math.max(1, Math.ceil(result.total / ADMIN_PAGE_SIZE));
  const hrefFor = (target: number) =>
    `/admin/organisations?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), ...(search.status ? { status: search.status } : {}), page: String(target) })}`;
  return (
    <section className="account-page">
      <h1>{t.title}</h1>
      <form method="get" action="/admin/organisations" className="filters inline-filters" role="search">
        <div className="field">
          <label htmlFor="q">{t.search}</label>
          <input id="q" name="q" type="search" defaultValue={search.q} maxLength={100} />
        </div>
        <SelectFilter
          id="status"
          label={t.status}
          allLabel={t.allStatuses}
          value={search.status}
          options={ORGANISATION_STATUSES.map((status) => ({ value: status, label: ORGANISATION_STATUS_LABELS[status][locale] }))}
        />
        <button type="submit" className="button">
          {t.submit}
        </button>
      </form>
      <ResultCount total={result.total} locale={locale} noun={t.noun} />
      {result.rows.length > 0 ? (
        <DataTable
          caption={t.caption}
          columns={t.columns}
          rows={result.rows.map((row) => ({
            key: row.id,
            cells: [
              row.status === "published" ? <Link href={`/organisations/${row.slug}`}>{row.name}</Link> : row.name,
              labelOf(ACTOR_KIND_LABELS, row.kind, locale),
              `${row.communeName} (${row.departementCode})`,
              <span key="status" className={`status status-${row.status}`}>
                {labelOf(ORGANISATION_STATUS_LABELS, row.status, locale)}
              </span>,
              row.members,
              formatDate(row.updatedAt, locale),
              <div key="actions" className="row-links">
                <p>
                  {row.status !== "merged" ? (
                    <>
                      <Link href={`/account/organisations/${row.slug}`} aria-label={t.editLabel(row.name)}>
                        {t.edit}
                      </Link>
                      {" · "}
                    </>
                  ) : null}
                  <Link href={`/admin/audit?${new URLSearchParams({ entityType: "organisation", entityId: row.id })}`} aria-label={t.logLabel(row.name)}>
                    {t.log}
                  </Link>
                </p>
                <OrganisationActions organisation={{ id: row.id, name: row.name, status: row.status }} labels={t.actions} />
              </div>,
            ],
          }))}
        />
      ) : null}
      <Pagination page={search.page} pageCount={pageCount} hrefFor={hrefFor} labels={getDirectoryMessages(locale).organisations} />
    </section>
  );
}
