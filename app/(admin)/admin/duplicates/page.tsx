// /admin/duplicates: the probable duplicates (lib/admin/duplicates.ts), strongest reason first, each pair with a
// one-click preview of the merge the organisations page already does (its action, its checks, its audit).
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { DataTable } from "@/app/components/data-table";
import { Pagination } from "@/app/components/pagination";
import { DUPLICATES_PAGE_SIZE, listProbableDuplicates, MAX_DUPLICATE_GROUPS } from "@/lib/admin/duplicates";
import { getAdminMessages } from "@/lib/admin/messages";
import type { DuplicateFacts } from "@/lib/organisations/duplicates";
import { getDatabase } from "@/lib/server/db";
import { ACTOR_KIND_LABELS, ORGANISATION_STATUS_LABELS } from "@/lib/shared/vocabulary";
import { getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber, type Locale } from "@/lib/i18n/messages";
import { getViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";
import { requireAdmin } from "@/lib/admin/access";
import { answerPageError } from "@/lib/server/http/answers";
import { ResultCount } from "../filters";
import { MergePairPreview } from "./merge-pair-preview";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return { title: `${getAdminMessages(locale).duplicates.title} · Administration`, robots: { index: false } };
}

const pageParam = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

function Organisation({ facts, locale }: { facts: DuplicateFacts; locale: Locale }) {
  const identifiers = [facts.siret ? `SIRET ${facts.siret}` : facts.siren ? `SIREN ${facts.siren}` : null, facts.rna ? `RNA ${facts.rna}` : null].filter(
    Boolean,
  );
  return (
    <>
      {facts.status === "published" ? <Link href={`/organisations/${facts.slug}`}>{facts.name}</Link> : facts.name}
      <br />
      <span className="muted">
        {labelOf(ACTOR_KIND_LABELS, facts.kind, locale)} · {facts.communeName} ({facts.departementCode}) ·{" "}
        {labelOf(ORGANISATION_STATUS_LABELS, facts.status, locale)}
        {identifiers.length ? ` · ${identifiers.join(" · ")}` : ""}
      </span>
    </>
  );
}

export default async function AdminDuplicatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await getLocale();
  const t = getAdminMessages(locale).duplicates;
  const { page } = pageParam.parse(await searchParams);
  const viewer = await getViewer();
  try {
    // Before streaming: a visitor who is not an admin gets the page's 404, not a list that fails half-way.
    requireAdmin(viewer);
  } catch (error) {
    answerPageError(error);
  }
  return (
    <section className="account-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {/* Comparing the whole directory takes a moment on a large one: the page shows at once, the list when ready. */}
      <Suspense
        fallback={
          <p className="muted" role="status" aria-busy="true">
            {t.loading}
          </p>
        }
      >
        <DuplicatesList page={page} locale={locale} viewer={viewer} />
      </Suspense>
    </section>
  );
}

async function DuplicatesList({ page, locale, viewer }: { page: number; locale: Locale; viewer: Viewer | null }) {
  const messages = getAdminMessages(locale);
  const t = messages.duplicates;
  const list = await listProbableDuplicates(await getDatabase(), viewer);
  const pageCount = Math.max(1, Math.ceil(list.pairs.length / DUPLICATES_PAGE_SIZE));
  const shown = list.pairs.slice((page - 1) * DUPLICATES_PAGE_SIZE, page * DUPLICATES_PAGE_SIZE);
  const actionLabels = messages.organisations.actions;
  return (
    <>
      <ResultCount total={list.pairs.length} locale={locale} noun={t.noun} />
      {list.cut ? <p className="notice">{t.cut(formatNumber(MAX_DUPLICATE_GROUPS, locale))}</p> : null}
      {shown.length ? (
        <DataTable
          caption={t.caption}
          columns={t.columns}
          rows={shown.map((pair) => ({
            key: `${pair.first.id}|${pair.second.id}`,
            cells: [
              t.reasons[pair.reason],
              <Organisation key="first" facts={pair.first} locale={locale} />,
              <Organisation key="second" facts={pair.second} locale={locale} />,
              // Homonyms: their slugs tell the two buttons apart to a screen reader.
              <MergePairPreview
                key="preview"
                first={{ id: pair.first.id, name: pair.first.name }}
                second={{ id: pair.second.id, name: pair.second.name }}
                labels={{
                  preview: t.preview,
                  previewSwapped: t.previewSwapped,
                  previewLabel: t.previewLabel(`${pair.second.name} (${pair.second.slug})`, `${pair.first.name} (${pair.first.slug})`),
                  previewSwappedLabel: t.previewSwappedLabel(`${pair.first.name} (${pair.first.slug})`, `${pair.second.name} (${pair.second.slug})`),
                  mergePreview: actionLabels.mergePreview,
                  mergeConfirm: actionLabels.mergeConfirm,
                }}
              />,
            ],
          }))}
        />
      ) : (
        <p className="empty-state">{t.none}</p>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(target) => `/admin/duplicates?page=${target}`}
        labels={getDirectoryMessages(locale).organisations}
      />
    </>
  );
}
