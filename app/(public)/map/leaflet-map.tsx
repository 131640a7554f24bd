"use client";
// The Leaflet map: département outlines (or tiles when configured), then the clusters and markers of the current
// viewport, fetched from /api/map/clusters after each move (debounced, stale requests aborted).
import { useDepartementOutlines } from "@/app/components/use-departement-outlines";
import { PlaceLabelsLayer } from "@/app/components/place-labels-layer";
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { GeoJSON, MapContainer, Marker, Popup, TileLayer, useMap, useMapEvents } from "react-leaflet";
import { ACTOR_KIND_LABELS, ACTOR_KINDS, type ActorKind } from "@/lib/shared/vocabulary";
import { getMapMessages, type MapMessages } from "@/lib/map/messages";
import { formatNumber, intlLocale, type Locale } from "@/lib/i18n/messages";
import { escapeHtml } from "@/lib/shared/html";
import { parseNetworkMapHash } from "@/lib/map/view";
import {
  MAX_ZOOM,
  STACK_DETAIL_ZOOM,
  isStack,
  type MapClusterProperties,
  type MapClustersResult,
  type MapFeature,
  type MapLayer,
  type MapSingleProperties,
  type StackItem,
} from "@/lib/map/cluster-layout";
import { CATALYST_COLOUR, KIND_COLOURS } from "./map-style";
import styles from "./map.module.css";

export type MapStatus = { state: "loading" } | { state: "ready"; totals: MapClustersResult["totals"] } | { state: "error"; retry: () => void };

interface Props {
  locale: Locale;
  /** Filters and layers as a query string, shared with the URL of the page. */
  query: string;
  layers: MapLayer[];
  tilesUrl: string;
  tilesAttribution: string;
  onStatus: (status: MapStatus) => void;
}

const MAINLAND_BOUNDS = L.latLngBounds([41.3, -5.2], [51.1, 9.6]);
const DEBOUNCE_MS = 250;

/** The position kept in the address's hash ("#6/46.60/2.40"), so a shared link opens on the same place. */
const viewFromHash = () => parseNetworkMapHash(window.location.hash);

const kindLabel = (kind: ActorKind | "catalyst", locale: Locale, t: MapMessages) => (kind === "catalyst" ? t.catalystKind : ACTOR_KIND_LABELS[kind][locale]);
const profileHref = (layer: MapLayer | "catalyst", slug: string) => `/${layer === "organisations" ? "organisations" : "catalysts"}/${encodeURIComponent(slug)}`;

function compactCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { notation: "compact", maximumFractionDigits: 1 }).format(count);
}

/** A cluster: a ring split by actor kind (a conic gradient) around its count. */
function clusterIcon(properties: MapClusterProperties, locale: Locale): L.DivIcon {
  const size = Math.round(Math.min(64, 30 + 9 * Math.log10(properties.count)));
  const label = escapeHtml(compactCount(properties.count, locale));
  if (properties.layer === "catalysts") {
    // Kept small: catalysts are few, and their badges must not hide the organisations' clusters.
    return L.divIcon({ className: styles.iconReset, iconSize: [26, 26], html: `<span class="${styles.catalystCluster}">${label}</span>` });
  }
  let angle = 0;
  const stops = ACTOR_KINDS.filter((kind) => properties.kinds?.[kind]).map((kind) => {
    const start = angle;
    angle += (360 * (properties.kinds?.[kind] ?? 0)) / properties.count;
    return `${KIND_COLOURS[kind]} ${start.toFixed(1)}deg ${angle.toFixed(1)}deg`;
  });
  const ring = stops.length ? `conic-gradient(${stops.join(",")})` : "#66758c";
  return L.divIcon({
    className: styles.iconReset,
    iconSize: [size, size],
    html: `<span class="${styles.cluster}" style="width:${size}px;height:${size}px;background:${ring}"><span>${label}</span></span>`,
  });
}

function pointIcon(properties: MapSingleProperties): L.DivIcon {
  if (properties.kind === "catalyst") {
    return L.divIcon({ className: styles.iconReset, iconSize: [22, 22], html: `<span class="${styles.catalystMarker}"></span>` });
  }
  return L.divIcon({
    className: styles.iconReset,
    iconSize: [18, 18],
    html: `<span class="${styles.marker}" style="background:${KIND_COLOURS[properties.kind]}"></span>`,
  });
}

function markerTitle(feature: MapFeature, locale: Locale, t: MapMessages): string {
  const properties = feature.properties;
  if (!properties.cluster) return `${properties.name} — ${kindLabel(properties.kind, locale, t)}, ${properties.communeName}`;
  const count =
    properties.layer === "catalysts"
      ? t.catalystsCount(properties.count, formatNumber(properties.count, locale))
      : t.organisationsCount(properties.count, formatNumber(properties.count, locale));
  return isStack(properties) ? t.stackTitle(count) : t.clusterTitle(count);
}

/** The members of a stack, asked for when its popup opens. */
function StackList({ feature, query, locale, t }: { feature: MapFeature; query: string; locale: Locale; t: MapMessages }) {
  const properties = feature.properties as MapClusterProperties;
  const [stack, setStack] = useState<MapClusterProperties["stack"] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const [west, south, east, north] = properties.bounds;
    const margin = 1e-4;
    const params = new URLSearchParams(query);
    params.set("bbox", [west - margin, south - margin, east + margin, north + margin].map((value) => value.toFixed(6)).join(","));
    params.set("zoom", String(STACK_DETAIL_ZOOM));
    params.set("layers", properties.layer);
    fetch(`/api/map/clusters?${params}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<MapClustersResult>) : Promise.reject(new Error(String(response.status)))))
      .then((result) => {
        const found = result.features.find((item) => item.properties.cluster && item.properties.stack);
        setStack(found && found.properties.cluster ? (found.properties.stack ?? null) : null);
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") setFailed(true);
      });
    return () => controller.abort();
  }, [properties.bounds, properties.layer, query]);

  const count =
    properties.layer === "catalysts"
      ? t.catalystsCount(properties.count, formatNumber(properties.count, locale))
      : t.organisationsCount(properties.count, formatNumber(properties.count, locale));
  if (failed) return <p className={styles.popupKind}>{t.error}</p>;
  if (!stack) return <p className={styles.popupKind}>{t.loading}</p>;
  const listParams = new URLSearchParams(query);
  listParams.delete("layers");
  listParams.set("commune", stack.communeCode);
  return (
    <div className={styles.popup}>
      <p className={styles.popupTitle}>{t.stackHeading(count, stack.communeName)}</p>
      <ul className={styles.stackList}>
        {stack.items.map((item: StackItem) => (
          <li key={item.id}>
            <span className={styles.stackDot} style={{ background: item.kind === "catalyst" ? CATALYST_COLOUR : KIND_COLOURS[item.kind] }} aria-hidden="true" />
            <a href={profileHref(properties.layer, item.slug)}>{item.name}</a>
            <span className={styles.stackKind}> · {kindLabel(item.kind, locale, t)}</span>
          </li>
        ))}
      </ul>
      {properties.layer === "organisations" && properties.count > stack.items.length && (
        <a className={styles.popupLink} href={`/organisations?${listParams}`}>
          {t.stackMore}
        </a>
      )}
    </div>
  );
}

function FeatureMarker({ feature, query, locale, t }: { feature: MapFeature; query: string; locale: Locale; t: MapMessages }) {
  const map = useMap();
  const properties = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  const icon = useMemo(() => (properties.cluster ? clusterIcon(properties, locale) : pointIcon(properties)), [properties, locale]);
  const title = markerTitle(feature, locale, t);
  const zoomIn = () => {
    if (!properties.cluster || isStack(properties)) return;
    const [west, south, east, north] = properties.bounds;
    const bounds = L.latLngBounds([south, west], [north, east]);
    const target = Math.min(map.getBoundsZoom(bounds, false, L.point(60, 60)), MAX_ZOOM);
    // Always move in by at least one level, even when the points' extent already fits the screen.
    map.flyTo(bounds.getCenter(), Math.max(target, Math.min(map.getZoom() + 2, MAX_ZOOM)), { duration: 0.4 });
  };
  return (
    <Marker
      position={[lat, lon]}
      icon={icon}
      title={title}
      alt={title}
      keyboard
      riseOnHover
      // Catalyst clusters slip under the organisations' ones, whose counts stay readable; lone catalysts stay on top.
      zIndexOffset={properties.layer === "catalysts" ? (properties.cluster ? -1000 : 1000) : 0}
      eventHandlers={{ click: zoomIn }}
    >
      {!properties.cluster ? (
        <Popup>
          <div className={styles.popup}>
            <p className={styles.popupTitle}>{properties.name}</p>
            <p className={styles.popupKind}>
              <span
                className={properties.kind === "catalyst" ? styles.stackDiamond : styles.stackDot}
                style={{ background: properties.kind === "catalyst" ? CATALYST_COLOUR : KIND_COLOURS[properties.kind] }}
                aria-hidden="true"
              />
              {kindLabel(properties.kind, locale, t)} · {properties.communeName}
            </p>
            <a className={styles.popupLink} href={profileHref(properties.layer, properties.slug)}>
              {t.profile}
            </a>
          </div>
        </Popup>
      ) : isStack(properties) ? (
        // A fixed width: the list arrives after the popup opens, and must not widen it past the map's edge.
        <Popup minWidth={260} maxWidth={300}>
          <StackList feature={feature} query={query} locale={locale} t={t} />
        </Popup>
      ) : null}
    </Marker>
  );
}

/** Fetches the viewport's clusters after each move, debounced, aborting the request a newer move replaces. */
function ClusterLayer({ query, layers, locale, onStatus }: { query: string; layers: MapLayer[]; locale: Locale; onStatus: Props["onStatus"] }) {
  const t = getMapMessages(locale);
  const map = useMap();
  const [features, setFeatures] = useState<MapFeature[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const controller = useRef<AbortController | null>(null);
  const load = useRef<() => void>(() => {});

  // The loader reads the latest props; refreshed after each render, before the effects below run it.
  useEffect(() => {
    load.current = () => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      const bounds = map.getBounds();
      const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
      const bbox = [clamp(bounds.getWest(), 180), clamp(bounds.getSouth(), 85), clamp(bounds.getEast(), 180), clamp(bounds.getNorth(), 85)];
      const zoom = Math.round(map.getZoom());
      const center = map.getCenter();
      // Keep the position in the hash without adding history entries (filters add them; panning does not).
      window.history.replaceState(
        window.history.state,
        "",
        `${window.location.pathname}${window.location.search}#${zoom}/${center.lat.toFixed(4)}/${center.lng.toFixed(4)}`,
      );
      const params = new URLSearchParams(query);
      params.set("bbox", bbox.map((value) => value.toFixed(5)).join(","));
      params.set("zoom", String(zoom));
      params.set("layers", layers.join(","));
      onStatus({ state: "loading" });
      fetch(`/api/map/clusters?${params}`, { signal: current.signal })
        .then((response) => (response.ok ? (response.json() as Promise<MapClustersResult>) : Promise.reject(new Error(String(response.status)))))
        .then((result) => {
          if (current.signal.aborted) return;
          setFeatures(result.features);
          onStatus({ state: "ready", totals: result.totals });
        })
        .catch((error: unknown) => {
          if ((error as Error).name === "AbortError" || current.signal.aborted) return;
          onStatus({ state: "error", retry: () => load.current() });
        });
    };
  });

  const schedule = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => load.current(), DEBOUNCE_MS);
  };
  useMapEvents({ moveend: schedule });
  const layerKey = layers.join(",");
  useEffect(() => {
    load.current();
    return () => {
      clearTimeout(timer.current);
      controller.current?.abort();
    };
  }, [query, layerKey]);

  return (
    <>
      {features.map((feature) => {
        const properties = feature.properties;
        const key = properties.cluster
          ? `${properties.layer}:${feature.geometry.coordinates.join(",")}:${properties.count}`
          : `${properties.layer}:${properties.id}`;
        return <FeatureMarker key={key} feature={feature} query={query} locale={locale} t={t} />;
      })}
    </>
  );
}

/**
 * Follows the address's hash after loading: the territory links and the place search move the map by changing it,
 * as does the back button. The map's own moves only replace the hash, which fires no event.
 */
function FollowHash() {
  const map = useMap();
  useEffect(() => {
    const follow = () => {
      const view = viewFromHash();
      if (!view) return;
      const jump = () => map.setView([view.lat, view.lon], view.zoom, { animate: false });
      // A zoom animation still running would, when it ends, move the map back to where it was heading: jump after it.
      map.stop();
      if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom) map.once("zoomend", jump);
      else jump();
    };
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [map]);
  return null;
}

/** Département outlines under the markers, the map's background when no tile server is configured. */
function Outlines() {
  const data = useDepartementOutlines();
  if (!data) return null;
  return <GeoJSON data={data} interactive={false} style={{ color: "#9fb0c4", weight: 1, fillColor: "#fbfaf6", fillOpacity: 1 }} />;
}

export default function LeafletMap({ locale, query, layers, tilesUrl, tilesAttribution, onStatus }: Props) {
  const t = getMapMessages(locale);
  const [initial] = useState(viewFromHash);
  const attribution = [t.attributionData, tilesUrl ? escapeHtml(tilesAttribution) : t.attributionOutlines].join(" · ");
  return (
    <MapContainer
      className={styles.map}
      // Without a position in the address, mainland France and Corsica fill the map whatever the screen.
      {...(initial ? { center: [initial.lat, initial.lon] as [number, number], zoom: initial.zoom } : { bounds: MAINLAND_BOUNDS })}
      minZoom={3}
      maxZoom={MAX_ZOOM}
      worldCopyJump={false}
      maxBounds={[
        [-85, -180],
        [85, 180],
      ]}
      ref={(map) => {
        if (!map) return;
        const container = map.getContainer();
        container.setAttribute("role", "region");
        container.setAttribute("aria-label", t.mapLabel);
        map.attributionControl.setPrefix(false);
      }}
    >
      {tilesUrl ? <TileLayer url={tilesUrl} attribution={attribution} maxZoom={MAX_ZOOM} /> : <OutlinesWithAttribution attribution={attribution} />}
      <ClusterLayer query={query} layers={layers} locale={locale} onStatus={onStatus} />
      <FollowHash />
    </MapContainer>
  );
}

function OutlinesWithAttribution({ attribution }: { attribution: string }) {
  const map = useMap();
  useEffect(() => {
    map.attributionControl.addAttribution(attribution);
    return () => {
      map.attributionControl.removeAttribution(attribution);
    };
  }, [map, attribution]);
  return (
    <>
      <Outlines />
      <PlaceLabelsLayer />
    </>
  );
}
