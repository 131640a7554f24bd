"use client";
// A small map of a few labelled places (and, optionally, thousands of plain dots) for pages other than /map: an
// organisation's place, a catalyst's coverage, proposed partners. Leaflet loads in the browser only, into a box of
// fixed height, so the page never jumps; without JavaScript the box says so and the page around it works as is.
import dynamic from "next/dynamic";
import type { ActorKind } from "@/lib/shared/vocabulary";
import { getMapMessages } from "@/lib/map/messages";
import type { Locale } from "@/lib/i18n/messages";
import { CATALYST_COLOUR, KIND_COLOURS } from "@/app/(public)/map/map-style";
import styles from "./points-map.module.css";

/** How a place is drawn: the page's own subject (a pin), an organisation (a dot), a catalyst (a diamond), a territory (a ring). */
export type PointVariant = "self" | "organisation" | "catalyst" | "area";

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** The marker's accessible name and tooltip, and the popup's title. */
  label: string;
  variant: PointVariant;
  /** Colours a self or organisation marker like the network map does. */
  kind?: ActorKind | "catalyst";
  /** A second line in the popup (kind, commune…). */
  detail?: string;
  /** A link in the popup, e.g. the profile page. */
  href?: string;
  linkText?: string;
  /** Draws a dashed circle of this radius around the point: how far off an estimated position may be. */
  radiusKm?: number;
}

export type PointsMapFit = "points" | { center: { lat: number; lon: number }; zoom: number };

export interface LegendItem {
  symbol: PointVariant | "dot" | "outline" | "hull";
  label: string;
  kind?: ActorKind | "catalyst";
}

export interface PointsMapProps {
  locale: Locale;
  points: MapPoint[];
  /** Plain dots, [lon, lat], drawn on a canvas: thousands stay fast. Not interactive. */
  dots?: readonly (readonly [number, number])[];
  dotColour?: string;
  /** Codes of the départements to outline (from the offline outlines). */
  outlines?: readonly string[];
  outlineColour?: string;
  /** An approximate outline to draw, [lon, lat] corners (a catalyst's coverage where no département outline says it). */
  area?: readonly (readonly [number, number])[];
  /** "points": fit the points and dots; or a fixed view. */
  fit?: PointsMapFit;
  /** Closest zoom when fitting (a lone point would otherwise fill the map with nothing). */
  maxFitZoom?: number;
  /** Names the map region for screen readers; keyboard instructions are added. */
  ariaLabel: string;
  /** Id of the text that says the same as the map, e.g. a caption or the list of territories. */
  describedBy?: string;
  legend?: LegendItem[];
  height?: number;
  tilesUrl?: string;
  tilesAttribution?: string;
}

const LeafletPointsMap = dynamic(() => import("./points-map-leaflet"), { ssr: false, loading: () => null });

export const DEFAULT_DOT_COLOUR = "#1d4e89";

export function colourOf(kind: MapPoint["kind"]): string {
  return !kind || kind === "catalyst" ? CATALYST_COLOUR : KIND_COLOURS[kind];
}

export function PointsMap(props: PointsMapProps) {
  const t = getMapMessages(props.locale);
  const height = props.height ?? 260;
  return (
    <div className={styles.root}>
      <div className={styles.frame} style={{ height }}>
        <LeafletPointsMap {...props} />
        <noscript>
          <p className={styles.noScript}>{t.needsJavaScript}</p>
        </noscript>
      </div>
      {props.legend?.length ? (
        <ul className={styles.legend}>
          {props.legend.map((item) => (
            <li key={`${item.symbol}-${item.label}`}>
              <LegendSymbol item={item} dotColour={props.dotColour ?? DEFAULT_DOT_COLOUR} outlineColour={props.outlineColour ?? DEFAULT_DOT_COLOUR} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function LegendSymbol({ item, dotColour, outlineColour }: { item: LegendItem; dotColour: string; outlineColour: string }) {
  const colour = colourOf(item.kind);
  switch (item.symbol) {
    case "self":
      return <span className={`${styles.legendSymbol} ${styles.legendPin}`} style={{ background: colour }} aria-hidden="true" />;
    case "organisation":
      return <span className={`${styles.legendSymbol} ${styles.legendDot}`} style={{ background: colour }} aria-hidden="true" />;
    case "catalyst":
      return <span className={`${styles.legendSymbol} ${styles.legendDiamond}`} aria-hidden="true" />;
    case "area":
      return <span className={`${styles.legendSymbol} ${styles.legendRing}`} aria-hidden="true" />;
    case "dot":
      return <span className={`${styles.legendSymbol} ${styles.legendSmallDot}`} style={{ background: dotColour }} aria-hidden="true" />;
    case "outline":
      return <span className={`${styles.legendSymbol} ${styles.legendOutline}`} style={{ borderColor: outlineColour }} aria-hidden="true" />;
    case "hull":
      return <span className={`${styles.legendSymbol} ${styles.legendHull}`} style={{ borderColor: outlineColour }} aria-hidden="true" />;
  }
}
