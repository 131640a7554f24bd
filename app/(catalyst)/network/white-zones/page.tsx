import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDatabase } from "@/lib/db";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { ForbiddenError } from "@/lib/moderation";
import { getViewer } from "@/lib/session";
import { listWhiteZones, type WhiteZoneReport } from "@/lib/white-zones";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Zones blanches", robots: { index: false } };

const TEXT = {
  fr: {
    title: "Zones blanches du réseau",
    lead: "Les intercommunalités dont aucune commune n'est encore couverte par un catalyseur, de la plus peuplée à la moins peuplée : là où recruter en priorité.",
    summary: (zones: string, share: string) => `${zones} intercommunalités sans catalyseur · ${share} % de la population couverte`,
    name: "Intercommunalité",
    departements: "Département(s)",
    population: "Population",
    communes: "Communes",
    map: "Carte",
    see: "Voir sur la carte",
  },
  en: {
    title: "The network's white zones",
    lead: "Inter-municipalities where no municipality is covered by a catalyst yet, most populated first: where to recruit first.",
    summary: (zones: string, share: string) => `${zones} inter-municipalities without a catalyst · ${share}% of the population covered`,
    name: "Inter-municipality",
    departements: "Département(s)",
    population: "Population",
    communes: "Municipalities",
    map: "Map",
    see: "See on the map",
  },
};

export default async function WhiteZonesPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/network/white-zones");
  const locale = await getLocale();
  const t = TEXT[locale];
  let report: WhiteZoneReport;
  try {
    report = await listWhiteZones(await getDatabase(), viewer);
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
  const share = report.totalPopulation ? ((100 * report.coveredPopulation) / report.totalPopulation).toFixed(1) : "0";
  return (
    <section className="container account-page">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <p className="notice">{t.summary(formatNumber(report.zones.length, locale), locale === "fr" ? share.replace(".", ",") : share)}</p>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.departements}</th>
              <th scope="col" className="number">
                {t.population}
              </th>
              <th scope="col" className="number">
                {t.communes}
              </th>
              <th scope="col">{t.map}</th>
            </tr>
          </thead>
          <tbody>
            {report.zones.map((zone) => (
              <tr key={zone.code}>
                <th scope="row">{zone.name}</th>
                <td>{zone.departements}</td>
                <td className="number">{formatNumber(zone.population, locale)}</td>
                <td className="number">{formatNumber(zone.communes, locale)}</td>
                <td>
                  <Link href={`/map?epci=${zone.code}#10/${zone.lat.toFixed(4)}/${zone.lon.toFixed(4)}`} aria-label={`${t.see} : ${zone.name}`}>
                    {t.see}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
