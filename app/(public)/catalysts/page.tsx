import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/app/components/pagination";
import { searchCatalysts } from "@/lib/catalysts/catalysts";
import { catalystSearchSchema, SEARCH_MAX_LENGTH } from "@/lib/catalysts/schemas";
import { parseLeniently } from "@/lib/shared/query-parameters";
import { getDatabase } from "@/lib/server/db";
import { CATALYST_TRADE_LABELS, HOST_KIND_LABELS } from "@/lib/shared/vocabulary";
import type { RawSearchParams } from "@/lib/organisations/parse-page-filters";
import { getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { listDepartements, listRegions } from "@/lib/territories/territories";

export const dynamic = "force-dynamic";

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export async function generateMetadata(): Promise<Metadata> {
  const t = getDirectoryMessages(await getLocale()).catalysts;
  return { title: t.title, description: t.description, alternates: { canonical: "/catalysts" } };
}

export default async function CatalystsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  // The API's schema; a bad parameter of a link is dropped rather than failing the page.
  const { data: search } = parseLeniently(catalystSearchSchema, {
    q: single(raw.q),
    region: single(raw.region),
    departement: single(raw.departement),
    page: single(raw.page),
  });
  const locale = await getLocale();
  const messages = getDirectoryMessages(locale);
  const t = messages.catalysts;
  const db = await getDatabase();
  const [result, regions, departements] = await Promise.all([searchCatalysts(db, search), listRegions(db), listDepartements(db)]);
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (search.q) params.set("q", search.q);
    if (search.region) params.set("region", search.region);
    if (search.departement) params.set("departement", search.departement);
    if (page > 1) params.set("page", String(page));
    const text = params.toString();
    return text ? `/catalysts?${text}` : "/catalysts";
  };
  return (
    <div className="container directory">
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="lead-dark">{t.description}</p>
        <p>
          <Link className="button" href="/catalysts/find">
            {t.find}
          </Link>
        </p>
      </header>
      <form method="get" action="/catalysts" className="filters inline-filters" aria-label={messages.organisations.filters}>
        <div className="field">
          <label htmlFor="q">{messages.organisations.searchLabel}</label>
          <input id="q" name="q" type="search" defaultValue={search.q ?? ""} placeholder={t.searchPlaceholder} maxLength={SEARCH_MAX_LENGTH} />
        </div>
        <div className="field">
          <label htmlFor="region">{messages.organisations.region}</label>
          <select id="region" name="region" defaultValue={search.region ?? ""}>
            <option value="">{messages.organisations.any}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="departement">{messages.organisations.departement}</label>
          <select id="departement" name="departement" defaultValue={search.departement ?? ""}>
            <option value="">{messages.organisations.any}</option>
            {departements.map((departement) => (
              <option key={departement.code} value={departement.code}>
                {departement.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {messages.organisations.submit}
          </button>
        </div>
      </form>
      <section aria-labelledby="catalyst-results" aria-live="polite">
        <h2 id="catalyst-results">{t.results(formatNumber(result.total, locale))}</h2>
        {result.items.length === 0 ? (
          <div className="empty-state">
            <p>{t.empty}</p>
            <Link href="/catalysts">{messages.organisations.reset}</Link>
          </div>
        ) : (
          <div className="card-grid">
            {result.items.map((catalyst) => (
              <article key={catalyst.slug} className="card">
                <span className="kind-badge kind-catalyst">{labelOf(HOST_KIND_LABELS, catalyst.hostKind, locale)}</span>
                <h3 className="card-title">
                  <Link href={`/catalysts/${catalyst.slug}`}>{catalyst.name}</Link>
                </h3>
                <p className="card-place">
                  {catalyst.hostName} · {catalyst.communeName} ({catalyst.departementCode})
                </p>
                <p className="item-meta">
                  {t.coverage} : {catalyst.coverageSummary}
                </p>
                <ul className="tags">
                  {catalyst.trades.map((trade) => (
                    <li key={trade}>{labelOf(CATALYST_TRADE_LABELS, trade, locale)}</li>
                  ))}
                </ul>
              </article>
            ))}
          </div>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={query} labels={messages.organisations} />
      </section>
    </div>
  );
}
