import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { listCatalystChoices } from "@/lib/catalysts/catalysts";
import { getDatabase } from "@/lib/server/db";
import { ACTOR_KIND_LABELS, PARTNERSHIP_TYPE_LABELS } from "@/lib/shared/vocabulary";
import { formatDistanceKm } from "@/lib/geo/distance";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import { getMatchingMessages } from "@/lib/matching/messages";
import { formatNumber } from "@/lib/i18n/messages";
import { proposeTerritoryAlliances, type TerritoryAlliances } from "@/lib/matching/proposals";
import { getViewer } from "@/lib/auth/session";
import { CatalystChooser } from "../catalyst-chooser";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alliances potentielles", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TerritoryAlliancesPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/network/alliances");
  if (!viewer.isAdmin && viewer.catalysts.length === 0) notFound();
  const locale = await getLocale();
  const t = getMatchingMessages(locale).alliances;
  const requested = (await searchParams).catalyst;
  const db = await getDatabase();
  const choices = viewer.isAdmin ? await listCatalystChoices(db) : viewer.catalysts.map(({ slug, name }) => ({ slug, name }));
  const chosen = typeof requested === "string" ? requested : viewer.isAdmin ? undefined : choices[0]?.slug;

  let report: TerritoryAlliances | null = null;
  if (chosen) {
    try {
      report = await proposeTerritoryAlliances(db, viewer, chosen, { locale });
    } catch (error) {
      answerPageError(error);
    }
  }

  return (
    <section className="container account-page">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <CatalystChooser choices={choices} chosen={chosen} labels={t} />
      {!report ? (
        <p className="empty-state">{t.chooseCatalyst}</p>
      ) : (
        <>
          <h2>
            <Link href={`/catalysts/${report.catalyst.slug}`}>{report.catalyst.name}</Link>
          </h2>
          <p className="muted">{t.considered(formatNumber(report.organisationsConsidered, locale), formatNumber(report.organisationsInTerritory, locale))}</p>
          {report.alliances.length ? (
            <ol className="proposal-list">
              {report.alliances.map((alliance) => (
                <li key={`${alliance.first.slug}|${alliance.second.slug}`} className="card proposal">
                  <h3 className="card-title alliance-pair">
                    <Link href={`/organisations/${alliance.first.slug}`}>{alliance.first.name}</Link>
                    <span aria-hidden="true">↔</span>
                    <span className="visually-hidden">{t.and}</span>
                    <Link href={`/organisations/${alliance.second.slug}`}>{alliance.second.name}</Link>
                  </h3>
                  <p className="card-place">
                    {labelOf(ACTOR_KIND_LABELS, alliance.first.kind, locale)}, {alliance.first.communeName} ·{" "}
                    {labelOf(ACTOR_KIND_LABELS, alliance.second.kind, locale)}, {alliance.second.communeName} · {formatDistanceKm(alliance.distanceKm, locale)}
                  </p>
                  <p className="proposal-partnership">
                    {getMatchingMessages(locale).proposal.partnership} : <strong>{labelOf(PARTNERSHIP_TYPE_LABELS, alliance.partnershipType, locale)}</strong> ·{" "}
                    {getMatchingMessages(locale).proposal.relevance(formatNumber(Math.round(alliance.score * 100), locale))}
                  </p>
                  <ul className="reasons">
                    {alliance.reasons.map((reason) => (
                      <li key={reason.code + reason.text}>{reason.text}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          ) : (
            <p className="empty-state">{t.empty}</p>
          )}
        </>
      )}
    </section>
  );
}
