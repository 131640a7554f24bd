import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/data-table";
import { Pagination } from "@/app/components/pagination";
import { CATALYST_ADMIN_PAGE_SIZE, listCatalystsForAdmin } from "@/lib/admin/catalysts";
import { getDatabase } from "@/lib/server/db";
import { formatDate, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { getViewer } from "@/lib/auth/session";
import { getAdminMessages } from "@/lib/admin/messages";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${getAdminMessages(await getLocale()).catalysts.title} — Administration`, robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminCatalystsPage({ searchParams }: Props) {
  const locale = await getLocale();
  const t = getAdminMessages(locale).catalysts;
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const page = Math.min(Math.max(1, Number.parseInt(typeof query.page === "string" ? query.page : "1", 10) || 1), 10_000);
  let result;
  try {
    result = await listCatalystsForAdmin(await getDatabase(), await getViewer(), { q, page });
  } catch (error) {
    answerPageError(error);
  }
  const pageCount = Math.max(1, Math.ceil(result.total / CATALYST_ADMIN_PAGE_SIZE));
  const hrefFor = (target: number) => `/admin/catalysts?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;
  return (
    <section className="account-page">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <p>
        <Link className="button" href="/admin/catalysts/new">
          {t.create}
        </Link>
      </p>
      <form method="get" className="inline-form" role="search">
        <div className="field">
          <label htmlFor="catalyst-q">{t.searchLabel}</label>
          <input id="catalyst-q" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <button type="submit" className="button button-secondary">
          {t.search}
        </button>
      </form>
      <p className="muted" role="status">
        {t.count(formatNumber(result.total, locale))}
      </p>
      {result.rows.length === 0 ? (
        <p className="empty-state">{t.none}</p>
      ) : (
        <DataTable
          caption={t.title}
          columns={[t.columns.name, t.columns.host, t.columns.seat, t.columns.coverage, t.columns.staff, t.columns.updated]}
          rows={result.rows.map((row) => ({
            key: row.id,
            cells: [
              <Link key="name" href={`/admin/catalysts/${row.id}`}>
                {row.name}
              </Link>,
              row.hostName,
              `${row.communeName} (${row.departementCode})`,
              formatNumber(row.coverageItems, locale),
              formatNumber(row.staff, locale),
              formatDate(row.updatedAt, locale),
            ],
          }))}
        />
      )}
      <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} hrefFor={hrefFor} labels={getDirectoryMessages(locale).organisations} />
    </section>
  );
}
