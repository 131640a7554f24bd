"use client";
// The Leaflet half of PointsMap, loaded in the browser only: département outlines as the background when no tile
// server is configured (or as highlights over the tiles), canvas dots, then keyboard-reachable markers with popups.
import { useDepartementOutlines } from "@/app/components/use-departement-outlines";
import { PlaceLabelsLayer } from "@/app/components/place-labels-layer";
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { Circle, GeoJSON, MapContainer, Marker, Pane, Polygon, Popup, ScaleControl, TileLayer, useMap } from "react-leaflet";
import { getMapMessages } from "@/lib/map/messages";
import { escapeHtml } from "@/lib/shared/html";
import { CATALYST_ACCENT } from "@/app/(public)/map/map-style";
import { DEFAULT_DOT_COLOUR, colourOf, type MapPoint, type PointsMapProps } from "./points-map";
import styles from "./points-map.module.css";

const MAX_ZOOM = 18;
const FRANCE: L.LatLngTuple = [46.6, 2.4];
const LAND_COLOUR = "#fbfaf6";
const LAND = { color: "#9fb0c4", weight: 1, fillColor: LAND_COLOUR, fillOpacity: 1 };

/** `colour` laid over `base` at `amount` (0…1), as an opaque colour: a highlighted land tint that hides the sea beneath. */
function tint(base: string, colour: string, amount: number): string {
  const channels = (hex: string) => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  const [from, to] = [channels(base), channels(colour)];
  return `#${from
    .map((value, index) =>
      Math.round(value + ((to[index] ?? value) - value) * amount)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

function markerIcon(point: MapPoint): L.DivIcon {
  const colour = colourOf(point.kind);
  switch (point.variant) {
    case "self": {
      // A pin whose tip is the place: it stands out from the round markers around it.
      const border = point.kind === "catalyst" ? CATALYST_ACCENT : "#fff";
      return L.divIcon({
        className: styles.iconReset,
        iconSize: [30, 38],
        iconAnchor: [15, 37],
        popupAnchor: [0, -34],
        html: `<span class="${styles.pin}" style="background:${colour};border-color:${border}"><span></span></span>`,
      });
    }
    case "catalyst":
      return L.divIcon({ className: styles.iconReset, iconSize: [22, 22], html: `<span class="${styles.catalystMarker}"></span>` });
    case "area":
      return L.divIcon({ className: styles.iconReset, iconSize: [20, 20], html: `<span class="${styles.ring}"></span>` });
    case "organisation":
      return L.divIcon({ className: styles.iconReset, iconSize: [18, 18], html: `<span class="${styles.marker}" style="background:${colour}"></span>` });
  }
}

function PointMarker({ point, linkText }: { point: MapPoint; linkText: string }) {
  const icon = useMemo(() => markerIcon(point), [point]);
  return (
    <>
      {point.radiusKm ? (
        <Circle
          center={[point.lat, point.lon]}
          radius={point.radiusKm * 1000}
          interactive={false}
          pathOptions={{ color: colourOf(point.kind), weight: 1.5, dashArray: "4 4", fillOpacity: 0.08 }}
        />
      ) : null}
      <Marker
        position={[point.lat, point.lon]}
        icon={icon}
        title={point.label}
        alt={point.label}
        keyboard
        riseOnHover
        // The page's own subject stays above everything else.
        zIndexOffset={point.variant === "self" ? 1000 : point.variant === "catalyst" ? 500 : 0}
      >
        {/* Narrow, and kept clear of the zoom buttons: the map may be only 300 pixels wide. */}
        <Popup maxWidth={220} autoPanPaddingTopLeft={[48, 12]} autoPanPaddingBottomRight={[12, 12]}>
          <div className={styles.popup}>
            <p className={styles.popupTitle}>{point.label}</p>
            {point.detail ? <p className={styles.popupDetail}>{point.detail}</p> : null}
            {point.href ? (
              <a className={styles.popupLink} href={point.href}>
                {point.linkText ?? linkText}
              </a>
            ) : null}
          </div>
        </Popup>
      </Marker>
    </>
  );
}

/**
 * Thousands of dots on the map's canvas (preferCanvas), not thousands of DOM nodes, and not interactive; their size
 * follows the zoom so a dense coverage reads as an area.
 */
function Dots({ dots, colour }: { dots: NonNullable<PointsMapProps["dots"]>; colour: string }) {
  const map = useMap();
  useEffect(() => {
    const radius = () => Math.max(2, Math.min(5, map.getZoom() - 5));
    const markers = dots.map(([lon, lat]) =>
      L.circleMarker([lat, lon], { radius: radius(), stroke: false, fillColor: colour, fillOpacity: 0.65, interactive: false }),
    );
    const layer = L.layerGroup(markers).addTo(map);
    const resize = () => {
      const size = radius();
      for (const marker of markers) marker.setRadius(size);
    };
    map.on("zoomend", resize);
    return () => {
      map.off("zoomend", resize);
      layer.remove();
    };
  }, [map, dots, colour]);
  return null;
}

/** The offline département outlines: the whole of France as the background without tiles, plus the ones to highlight. */
function Outlines({ highlighted, colour, background }: { highlighted: readonly string[]; colour: string; background: boolean }) {
  const data = useDepartementOutlines();
  const shown = useMemo(() => {
    if (!data) return null;
    const codes = new Set(highlighted);
    const isHighlighted = (feature: GeoJSON.Feature) => codes.has(String(feature.properties?.code));
    const features = data.features.filter(isHighlighted);
    return { ...data, features: background ? [...data.features.filter((feature) => !isHighlighted(feature)), ...features] : features };
  }, [data, highlighted, background]);
  if (!shown) return null;
  const codes = new Set(highlighted);
  // Without tiles a highlighted département is land too (opaque, lightly tinted); over tiles, a veil.
  const highlight = background
    ? { color: colour, weight: 2, fillColor: tint(LAND_COLOUR, colour, 0.07), fillOpacity: 1 }
    : { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.1 };
  return (
    <GeoJSON
      key={`${background}-${highlighted.join(",")}-${colour}`}
      data={shown}
      interactive={false}
      // Highlighted outlines last, so their borders are not overdrawn by their neighbours'.
      style={(feature) => (codes.has(String(feature?.properties?.code)) ? highlight : LAND)}
    />
  );
}

function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    map.attributionControl.addAttribution(text);
    return () => {
      map.attributionControl.removeAttribution(text);
    };
  }, [map, text]);
  return null;
}

export default function LeafletPointsMap({
  locale,
  points,
  dots,
  dotColour = DEFAULT_DOT_COLOUR,
  outlines = [],
  outlineColour = DEFAULT_DOT_COLOUR,
  area,
  fit = "points",
  maxFitZoom = 11,
  ariaLabel,
  describedBy,
  tilesUrl = "",
  tilesAttribution = "",
}: PointsMapProps) {
  const t = getMapMessages(locale);
  const attribution = [t.attributionData, tilesUrl ? escapeHtml(tilesAttribution) : t.attributionOutlines].join(" · ");

  // Read once: Leaflet takes the initial view when the map is created.
  const [view] = useState((): { bounds: L.LatLngBounds } | { center: L.LatLngExpression; zoom: number } => {
    if (fit !== "points") return { center: [fit.center.lat, fit.center.lon], zoom: fit.zoom };
    const bounds = L.latLngBounds([]);
    for (const point of points) bounds.extend([point.lat, point.lon]);
    for (const [lon, lat] of dots ?? []) bounds.extend([lat, lon]);
    if (!bounds.isValid()) return { center: FRANCE, zoom: 5 };
    const north = bounds.getNorth();
    const south = bounds.getSouth();
    // A single place: centre on it at the closest fitting zoom rather than asking Leaflet to fit an empty box.
    if (north - south < 1e-6 && bounds.getEast() - bounds.getWest() < 1e-6) return { center: bounds.getCenter(), zoom: maxFitZoom };
    return { bounds };
  });

  return (
    <MapContainer
      className={styles.map}
      {...("bounds" in view
        ? {
            bounds: view.bounds,
            boundsOptions: { paddingTopLeft: [24, 40] as L.PointTuple, paddingBottomRight: [24, 20] as L.PointTuple, maxZoom: maxFitZoom },
          }
        : { center: view.center, zoom: view.zoom })}
      minZoom={3}
      maxZoom={MAX_ZOOM}
      preferCanvas
      // A small map inside a page: the wheel scrolls the page, and on phones one finger scrolls it too.
      scrollWheelZoom={false}
      dragging={!L.Browser.mobile}
      ref={(map) => {
        if (!map) return;
        const container = map.getContainer();
        container.setAttribute("role", "region");
        container.setAttribute("aria-label", `${ariaLabel}. ${t.keyboardHint}`);
        if (describedBy) container.setAttribute("aria-describedby", describedBy);
        map.attributionControl.setPrefix(false);
      }}
    >
      {tilesUrl ? <TileLayer url={tilesUrl} attribution={attribution} maxZoom={MAX_ZOOM} /> : <Attribution text={attribution} />}
      {/* Its own pane under the overlays: the outlines arrive after the dots (a fetch) but must be drawn beneath them. */}
      <Pane name="outlines" style={{ zIndex: 250 }}>
        <Outlines highlighted={outlines} colour={outlineColour} background={!tilesUrl} />
        {area?.length ? (
          <Polygon
            positions={area.map(([lon, lat]) => [lat, lon] as L.LatLngTuple)}
            interactive={false}
            pathOptions={{ color: outlineColour, weight: 2, dashArray: "6 5", fillColor: outlineColour, fillOpacity: 0.06 }}
          />
        ) : null}
      </Pane>
      {tilesUrl ? null : <PlaceLabelsLayer />}
      {dots?.length ? <Dots dots={dots} colour={dotColour} /> : null}
      {points.map((point) => (
        <PointMarker key={point.id} point={point} linkText={t.profile} />
      ))}
      <ScaleControl imperial={false} position="bottomleft" />
    </MapContainer>
  );
}
