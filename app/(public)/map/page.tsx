import type { Metadata } from "next";
import { getDatabase } from "@/lib/server/db";
import { organisationFiltersSchema } from "@/lib/organisations/filters";
import type { RawSearchParams } from "@/lib/organisations/parse-page-filters";
import { getEnv } from "@/lib/server/env";
import { getNetworkFigures } from "@/lib/observatory/network-figures";
import { getMapMessages } from "@/lib/map/messages";
import { searchParamsToObject } from "@/lib/server/http/api";
import { getRequestMessages } from "@/lib/i18n/locale";
import { nameTerritoryFilters } from "@/lib/territories/territories";
import { Suspense } from "react";
import { MapExplorer } from "./map-explorer";
import styles from "./map.module.css";

// The language comes from a cookie and the tiles from the environment: rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getRequestMessages();
  const t = getMapMessages(locale);
  return { title: t.title, description: t.description };
}

export default async function MapPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { locale } = await getRequestMessages();
  const t = getMapMessages(locale);
  const env = getEnv();
  // A territory arrives only with a link (white zones, the directory); the panel names it on its removable chip.
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  const parsed = organisationFiltersSchema.safeParse(searchParamsToObject(params));
  const db = await getDatabase();
  const territoryNames = parsed.success ? await nameTerritoryFilters(db, parsed.data) : {};
  // The home page's figures (cached per directory version), so the map can say why its view holds fewer.
  const figures = await getNetworkFigures(db);
  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <h1 className={styles.title}>{t.title}</h1>
        <p className={styles.lead}>{t.lead}</p>
      </div>
      <Suspense>
        <MapExplorer
          locale={locale}
          territoryNames={territoryNames}
          networkTotals={{ organisations: figures.publishedOrganisations, catalysts: figures.catalysts }}
          tilesUrl={env.TILES_URL}
          tilesAttribution={env.TILES_ATTRIBUTION}
        />
      </Suspense>
    </div>
  );
}
