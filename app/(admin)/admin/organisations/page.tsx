// /admin/organisations: find any organisation whatever its status (filters in the URL), then edit, suspend or
// restore it, merge a duplicate, or open its audit history.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/app/components/data-table";
import { Pagination } from "@/app/components/pagination";
import { ForbiddenError } from "@/lib/admin/access";
import { ADMIN_PAGE_SIZE, adminOrganisationSearch, searchOrganisationsForAdmin } from "@/lib/admin/organisations";
import { getDatabase } from "@/lib/server/db";
import { ACTOR_KIND_LABELS, ORGANISATION_STATUS_LABELS, ORGANISATION_STATUSES } from "@/lib/shared/vocabulary";
import { formatDate, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { ResultCount, SelectFilter } from "../filters";
import { OrganisationActions } from "./organisation-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Organisations · Administration", robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  const locale = await getLocale();
  const fr = locale === "fr";
  const search = adminOrganisationSearch.parse(await searchParams);
  let result;
  try {
    result = await searchOrganisationsForAdmin(await getDatabase(), await getViewer(), search);
  } catch (error) {
    // Not an admin: the page does not exist for them (the layout says so too).
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  const pageCount = Math.max(1, Math.ceil(result.total / ADMIN_PAGE_SIZE));
  const hrefFor = (target: number) =>
    `/admin/organisations?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), ...(search.status ? { status: search.status } : {}), page: String(target) })}`;
  const labels = {
    suspend: fr ? "Suspendre" : "Suspend",
    suspendReason: fr ? "Raison (montrée aux membres)" : "Reason (shown to the members)",
    suspendConfirm: fr ? "Suspendre l'organisation" : "Suspend the organisation",
    restore: fr ? "Rétablir" : "Restore",
    merge: fr ? "Fusionner" : "Merge",
    mergeKept: fr ? "Organisation à conserver (adresse ou nom)" : "Organisation to keep (address or name)",
    mergeFind: fr ? "Chercher" : "Find",
    mergeCandidates: fr ? "Plusieurs organisations correspondent :" : "Several organisations match:",
    mergeChoose: fr ? "Choisir" : "Choose",
    mergePreview: fr ? "Ce doublon sera fusionné dans" : "This duplicate will be merged into",
    mergeConfirm: fr ? "Confirmer la fusion" : "Confirm the merge",
  };
  return (
    <section className="account-page">
      <h1>{fr ? "Organisations" : "Organisations"}</h1>
      <form method="get" action="/admin/organisations" className="filters inline-filters" role="search">
        <div className="field">
          <label htmlFor="q">{fr ? "Nom, SIREN, SIRET, RNA ou adresse (slug)" : "Name, SIREN, SIRET, RNA or address (slug)"}</label>
          <input id="q" name="q" type="search" defaultValue={search.q} maxLength={100} />
        </div>
        <SelectFilter
          id="status"
          label={fr ? "État" : "Status"}
          allLabel={fr ? "Tous" : "All"}
          value={search.status}
          options={ORGANISATION_STATUSES.map((status) => ({ value: status, label: ORGANISATION_STATUS_LABELS[status][locale] }))}
        />
        <button type="submit" className="button">
          {fr ? "Rechercher" : "Search"}
        </button>
      </form>
      <ResultCount total={result.total} locale={locale} noun={["organisation", "organisations"]} />
      {result.rows.length > 0 ? (
        <DataTable
          caption={fr ? "Organisations trouvées" : "Organisations found"}
          columns={fr ? ["Nom", "Type", "Commune", "État", "Membres", "Mise à jour", "Actions"] : ["Name", "Kind", "Commune", "Status", "Members", "Updated", "Actions"]}
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
                      <Link href={`/account/organisations/${row.slug}`} aria-label={fr ? `Modifier ${row.name}` : `Edit ${row.name}`}>
                        {fr ? "Modifier" : "Edit"}
                      </Link>
                      {" · "}
                    </>
                  ) : null}
                  <Link href={`/admin/audit?${new URLSearchParams({ entityType: "organisation", entityId: row.id })}`} aria-label={fr ? `Journal de ${row.name}` : `Log of ${row.name}`}>
                    {fr ? "Journal" : "Log"}
                  </Link>
                </p>
                <OrganisationActions organisation={{ id: row.id, name: row.name, status: row.status }} labels={labels} />
              </div>,
            ],
          }))}
        />
      ) : null}
      <Pagination page={search.page} pageCount={pageCount} hrefFor={hrefFor} labels={getDirectoryMessages(locale).organisations} />
    </section>
  );
}
