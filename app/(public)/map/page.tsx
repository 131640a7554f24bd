import type { Metadata } from "next";
import { getEnv } from "@/lib/env";
import { getMapMessages } from "@/lib/i18n/map-messages";
import { getRequestMessages } from "@/lib/i18n/locale";
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

export default async function MapPage() {
  const { locale } = await getRequestMessages();
  const t = getMapMessages(locale);
  const env = getEnv();
  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <h1 className={styles.title}>{t.title}</h1>
        <p className={styles.lead}>{t.lead}</p>
      </div>
      <Suspense>
        <MapExplorer locale={locale} tilesUrl={env.TILES_URL} tilesAttribution={env.TILES_ATTRIBUTION} />
      </Suspense>
    </div>
  );
}
