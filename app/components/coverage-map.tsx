// A catalyst's seat and the communes it covers on a small map (their points: no commune outlines exist offline),
// with whole départements outlined. Shared by the public profile and the back-office.
import { PointsMap, type LegendItem } from "@/app/components/points-map";
import type { CatalystCoverageMap } from "@/lib/catalysts/catalysts";
import { getEnv } from "@/lib/server/env";
import { hasDepartementOutline } from "@/lib/map/departement-outlines";
import { boundsOf, centerOf, networkMapHref, zoomToFit } from "@/lib/map/view";
import { convexHull, padHull } from "@/lib/geo/hull";
import { getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { formatNumber, type Locale } from "@/lib/i18n/messages";

/** Where the catalyst is based and the communes it covers (their points: no commune outlines exist offline). */
export function CoverageMap({
  catalyst,
  coverage,
  locale,
}: {
  catalyst: { name: string; lat: number; lon: number; communeName: string };
  coverage: CatalystCoverageMap | null;
  locale: Locale;
}) {
  const t = getDirectoryMessages(locale).catalysts.map;
  const env = getEnv();
  const seat = { lat: catalyst.lat, lon: catalyst.lon };
  const communeCount = coverage?.communeCount ?? 0;
  const departements = (coverage?.departements ?? []).filter(hasDepartementOutline);
  // Without tiles the dots alone read as a cloud: where no département outline gives the coverage's shape, an
  // approximate one around the covered communes' points (communes have no outlines offline).
  const area = departements.length === 0 && coverage ? padHull(convexHull(coverage.points), 3) : [];
  const legend: LegendItem[] = [
    { symbol: "self", kind: "catalyst", label: t.seat },
    ...(communeCount ? [{ symbol: "dot", label: t.communes } as const] : []),
    ...(departements.length ? [{ symbol: "outline", label: t.departements } as const] : []),
    ...(area.length ? [{ symbol: "hull", label: t.area } as const] : []),
  ];
  // The network map opened on the same extent (the seat and the coverage), as a link that works without JavaScript.
  const corners = coverage?.bounds
    ? [
        { lat: coverage.bounds.south, lon: coverage.bounds.west },
        { lat: coverage.bounds.north, lon: coverage.bounds.east },
      ]
    : [];
  const extent = boundsOf([seat, ...corners]);
  const networkMap = extent ? networkMapHref(centerOf(extent), zoomToFit(extent, 900, 560, { maxZoom: 12 })) : "/map";
  return (
    <div className="profile-map">
      <PointsMap
        locale={locale}
        points={[{ id: "self", ...seat, label: catalyst.name, detail: `${t.seat} · ${catalyst.communeName}`, variant: "self", kind: "catalyst" }]}
        dots={coverage?.points}
        outlines={departements}
        area={area}
        fit="points"
        maxFitZoom={communeCount ? 11 : 9}
        ariaLabel={t.label(catalyst.name)}
        describedBy="coverage-map-caption"
        legend={legend}
        height={340}
        tilesUrl={env.TILES_URL}
        tilesAttribution={env.TILES_ATTRIBUTION}
      />
      <p id="coverage-map-caption" className="map-caption">
        {communeCount ? t.caption(communeCount, formatNumber(communeCount, locale)) : t.empty}
      </p>
      <p className="map-caption">
        <a href={networkMap}>{t.networkMap}</a>
      </p>
    </div>
  );
}
