"use client";
// The Leaflet half of PointPicker: tiles when configured, else the département outlines, and one draggable,
// keyboard-movable marker (arrow keys move it by about 50 m, with Shift by about 500 m).
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useMemo } from "react";
import { CircleMarker, GeoJSON, MapContainer, Marker, ScaleControl, TileLayer, useMap } from "react-leaflet";
import { useDepartementOutlines } from "./use-departement-outlines";
import type { LatLon } from "./point-picker";
import styles from "./points-map.module.css";

const LAND = { color: "#9fb0c4", weight: 1, fillColor: "#fbfaf6", fillOpacity: 1 };

function Recentre({ centre }: { centre: LatLon }) {
  const map = useMap();
  useEffect(() => {
    map.setView([centre.lat, centre.lon], map.getZoom());
  }, [map, centre]);
  return null;
}

export default function PointPickerLeaflet({
  centre,
  point,
  onMove,
  tilesUrl,
  tilesAttribution,
  markerLabel,
}: {
  centre: LatLon;
  point: LatLon;
  onMove: (point: LatLon) => void;
  tilesUrl: string;
  tilesAttribution: string;
  markerLabel: string;
}) {
  const outlines = useDepartementOutlines();
  const icon = useMemo(
    () =>
      L.divIcon({
        className: styles.iconReset,
        iconSize: [30, 38],
        iconAnchor: [15, 37],
        html: `<span class="${styles.pin}" style="background:#1d4e89;border-color:#fff"><span></span></span>`,
      }),
    [],
  );
  // Arrow keys on the focused marker move it: dragging is not the only way. Listened to on the frame, where the
  // marker's key events bubble, so it works whenever Leaflet (re)creates the marker's element.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains("leaflet-marker-icon")) return;
    const step = event.shiftKey ? 0.005 : 0.0005;
    const moves: Record<string, [number, number]> = { ArrowUp: [step, 0], ArrowDown: [-step, 0], ArrowLeft: [0, -step * 1.4], ArrowRight: [0, step * 1.4] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    onMove({ lat: point.lat + move[0], lon: point.lon + move[1] });
  };

  return (
    <div className={styles.frame} style={{ height: 260 }} onKeyDown={onKeyDown}>
      <MapContainer center={[centre.lat, centre.lon]} zoom={14} scrollWheelZoom={false} className={styles.map} attributionControl={Boolean(tilesUrl)}>
        {tilesUrl ? (
          <TileLayer url={tilesUrl} attribution={tilesAttribution} maxZoom={18} />
        ) : outlines ? (
          <GeoJSON data={outlines} style={() => LAND} interactive={false} />
        ) : null}
        <Recentre centre={centre} />
        <ScaleControl imperial={false} position="bottomleft" />
        {/* The commune's centre, for reference once the marker moved. */}
        <CircleMarker
          center={[centre.lat, centre.lon]}
          radius={5}
          interactive={false}
          pathOptions={{ color: "#4a5568", weight: 2, fillColor: "#fff", fillOpacity: 1 }}
        />
        <Marker
          position={[point.lat, point.lon]}
          icon={icon}
          draggable
          keyboard
          title={markerLabel}
          alt={markerLabel}
          eventHandlers={{
            dragend: (event) => {
              const at = (event.target as L.Marker).getLatLng();
              onMove({ lat: at.lat, lon: at.lng });
            },
          }}
        />
      </MapContainer>
    </div>
  );
}
