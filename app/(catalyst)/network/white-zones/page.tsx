import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PointsMap, type MapPoint } from "@/app/components/points-map";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getLocale } from "@/lib/i18n/locale";
import { formatNumber } from "@/lib/i18n/messages";
import { getViewer } from "@/lib/auth/session";
import { getCatalystMessages } from "@/lib/catalysts/messages";
import { listWhiteZones, type WhiteZoneReport } from "@/lib/catalysts/white-zones";
import { answerPageError } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Zones blanches", robots: { index: false } };

export default async function WhiteZonesPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/network/white-zones");
  const locale = await getLocale();
  const t = getCatalystMessages(locale).whiteZones;
  let report: WhiteZoneReport;
  try {
    report = await listWhiteZones(await getDatabase(), viewer);
  } catch (error) {
    answerPageError(error);
  }
  const share = report.totalPopulation ? ((100 * report.coveredPopulation) / report.totalPopulation).toFixed(1) : "0";
  return (
    <section className="container account-page">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <p className="notice">{t.summary(formatNumber(report.zones.length, locale), locale === "fr" ? share.replace(".", ",") : share)}</p>
      <WhiteZonesMap report={report} locale={locale} />
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

/** Circled on the map: the zones where recruiting a catalyst would reach the most people. */
const HIGHLIGHTED_ZONES = 20;

function WhiteZonesMap({ report, locale }: { report: WhiteZoneReport; locale: "fr" | "en" }) {
  const t = getCatalystMessages(locale).whiteZones;
  const env = getEnv();
  if (!report.zones.length) return null;
  const highlighted = report.zones.slice(0, HIGHLIGHTED_ZONES);
  const points: MapPoint[] = highlighted.map((zone) => ({
    id: zone.code,
    lat: zone.lat,
    lon: zone.lon,
    label: zone.name,
    variant: "area",
    detail: `${t.inhabitants(formatNumber(zone.population, locale))} · ${zone.departements}`,
    href: `/map?epci=${zone.code}#10/${zone.lat.toFixed(4)}/${zone.lon.toFixed(4)}`,
    linkText: t.see,
  }));
  return (
    <div className="profile-map">
      <PointsMap
        locale={locale}
        points={points}
        dots={report.zones.map((zone) => [Number(zone.lon.toFixed(4)), Number(zone.lat.toFixed(4))] as const)}
        dotColour="#d1495b"
        fit={{ center: { lat: 46.6, lon: 2.4 }, zoom: 5 }}
        ariaLabel={t.mapLabel}
        describedBy="white-zones-caption"
        legend={[
          { symbol: "dot", label: t.legendZone },
          { symbol: "area", label: t.legendTop },
        ]}
        height={420}
        tilesUrl={env.TILES_URL}
        tilesAttribution={env.TILES_ATTRIBUTION}
      />
      <p id="white-zones-caption" className="map-caption">
        {t.mapCaption(highlighted.length)}
      </p>
    </div>
  );
}
