// /admin/audit: the audit log, newest first, filtered from the URL (action, entity, actor, days, one entity's
// history), each entry linked to what it is about when that still exists.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/app/components/data-table";
import { Pagination } from "@/app/components/pagination";
import { auditFilters, listAuditEntries, listAuditVocabulary, type AuditEntry, type AuditFilters } from "@/lib/admin/audit";
import { getAdminMessages } from "@/lib/admin/messages";
import { maxLengthOf } from "@/lib/shared/schema-limits";
import { getDatabase } from "@/lib/server/db";
import { formatDateTime, getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { getLocale } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";
import { getViewer } from "@/lib/auth/session";
import { ResultCount, SelectFilter } from "../filters";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Journal d'audit · Administration", robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The filters as query-string parameters, without the empty ones. */
function filterParams(filters: AuditFilters, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["action", "entityType", "actor", "entityId", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set("page", String(page));
  return params;
}

function EntityCell({ entry, locale }: { entry: AuditEntry; locale: Locale }) {
  const type = getAdminMessages(locale).audit.entityTypes[entry.entityType] ?? entry.entityType;
  const { entity } = entry;
  let target: ReactNode = entry.entityId ? <code>{entry.entityId.slice(0, 8)}</code> : null;
  if (entity && entry.entityType === "organisation" && entity.slug) {
    target = <Link href={`/admin/organisations?${new URLSearchParams({ q: entity.slug })}`}>{entity.name}</Link>;
  } else if (entity && entry.entityType === "user" && entry.entityId) {
    target = <Link href={`/admin/users/${encodeURIComponent(entry.entityId)}`}>{entity.name}</Link>;
  } else if (entity && entry.entityType === "catalyst" && entity.slug) {
    target = <Link href={`/catalysts/${entity.slug}`}>{entity.name}</Link>;
  }
  return (
    <>
      <span className="muted">{type}</span>
      {target ? <> · {target}</> : null}
    </>
  );
}

/** `changes` as "key: value" lines; nested values as indented JSON. */
function ChangesList({ changes }: { changes: Record<string, unknown> | null }) {
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="changes">
      {entries.map(([key, value]) => (
        <li key={key}>
          <strong>{key}</strong> : {value !== null && typeof value === "object" ? <pre>{JSON.stringify(value, null, 2)}</pre> : String(value)}
        </li>
      ))}
    </ul>
  );
}

export default async function AdminAuditPage({ searchParams }: Props) {
  const locale = await getLocale();
  const t = getAdminMessages(locale).audit;
  const filters = auditFilters.parse(await searchParams);
  const db = await getDatabase();
  const viewer = await getViewer();
  let result;
  let vocabulary;
  try {
    [result, vocabulary] = await Promise.all([listAuditEntries(db, viewer, filters), listAuditVocabulary(db, viewer)]);
  } catch (error) {
    // Not an admin: the page does not exist for them (the layout says so too).
    answerPageError(error);
  }
  const hrefFor = (target: number) => `/admin/audit?${filterParams(filters, target)}`;
  const subject = filters.entityId ? result.entries.find((entry) => entry.entity)?.entity?.name : undefined;
  return (
    <section className="account-page">
      <h1>{t.title}</h1>
      {filters.entityId ? (
        <p>
          {t.historyOf}
          <strong>{subject ?? filters.entityId}</strong> · <Link href="/admin/audit">{t.wholeLog}</Link>
        </p>
      ) : null}
      <form method="get" action="/admin/audit" className="filters audit-filters" role="search">
        <SelectFilter
          id="action"
          label={t.action}
          allLabel={t.allActions}
          value={filters.action}
          options={vocabulary.actions.map((action) => ({ value: action, label: action }))}
        />
        <SelectFilter
          id="entityType"
          label={t.entityType}
          allLabel={t.allEntityTypes}
          value={filters.entityType}
          options={vocabulary.entityTypes.map((type) => ({ value: type, label: t.entityTypes[type] ?? type }))}
        />
        <div className="field">
          <label htmlFor="actor">{t.actor}</label>
          <input id="actor" name="actor" type="search" defaultValue={filters.actor ?? ""} maxLength={maxLengthOf(auditFilters.shape.actor)} />
        </div>
        <div className="field">
          <label htmlFor="from">{t.from}</label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="to">{t.to}</label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="entityId">{t.entityId}</label>
          <input id="entityId" name="entityId" type="text" defaultValue={filters.entityId ?? ""} maxLength={maxLengthOf(auditFilters.shape.entityId)} />
        </div>
        <button type="submit" className="button">
          {t.filter}
        </button>
      </form>
      <ResultCount total={result.total} locale={locale} noun={t.noun} />
      {result.entries.length > 0 ? (
        <DataTable
          caption={t.caption}
          columns={t.columns}
          rows={result.entries.map((entry) => ({
            key: String(entry.id),
            cells: [
              <time key="date" dateTime={entry.createdAt} className="nowrap">
                {formatDateTime(entry.createdAt, locale)}
              </time>,
              entry.actorUserId && entry.actorEmail ? (
                <Link key="actor" href={`/admin/users/${encodeURIComponent(entry.actorUserId)}`}>
                  {entry.actorEmail}
                </Link>
              ) : (
                <span key="actor" className="muted">
                  {t.system}
                </span>
              ),
              <code key="action">{entry.action}</code>,
              <EntityCell key="entity" entry={entry} locale={locale} />,
              <ChangesList key="changes" changes={entry.changes} />,
            ],
          }))}
        />
      ) : null}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} labels={getDirectoryMessages(locale).organisations} />
    </section>
  );
}
