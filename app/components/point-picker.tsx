"use client";
// Where exactly an organisation is: its commune's point by default, movable by hand on a small map (drag the
// marker, or focus it and use the arrow keys). Writes hidden lat / lon fields only once moved, so without
// JavaScript, or untouched, the form sends the commune alone and the server uses the commune's point.
import dynamic from "next/dynamic";
import { useState } from "react";
import type { PointPickerLabels } from "@/app/(account)/register/field-spec";
import { haversineKm } from "@/lib/geo/distance";
import styles from "./points-map.module.css";

const PointPickerMap = dynamic(() => import("./point-picker-leaflet"), {
  ssr: false,
  loading: () => <div className={styles.frame} style={{ height: 260 }} aria-hidden="true" />,
});

const formatDistance = (km: number) => (km < 1 ? `${Math.round(km * 1000)} m` : `${km.toFixed(1).replace(".", ",")} km`);

export interface LatLon {
  lat: number;
  lon: number;
}

export function PointPicker({
  commune,
  initial,
  tilesUrl,
  tilesAttribution,
  labels,
}: {
  /** The chosen commune's point, or null while none is chosen. */
  commune: LatLon | null;
  /** A point saved before (moved by hand), if any. */
  initial: LatLon | null;
  tilesUrl: string;
  tilesAttribution: string;
  labels: PointPickerLabels;
}) {
  // A moved point belongs to the commune it was moved in: choosing another commune starts from its centre.
  const [movedIn, setMovedIn] = useState<{ commune: LatLon; point: LatLon } | null>(initial && commune ? { commune, point: initial } : null);
  const centre = commune;
  const moved = movedIn && centre && movedIn.commune.lat === centre.lat && movedIn.commune.lon === centre.lon ? movedIn.point : null;
  const setMoved = (point: LatLon | null) => setMovedIn(point && centre ? { commune: centre, point } : null);

  return (
    <fieldset className="field point-picker">
      <legend>{labels.legend}</legend>
      {centre ? (
        <>
          <p className="field-hint">{labels.hint}</p>
          <PointPickerMap
            centre={centre}
            point={moved ?? centre}
            onMove={(next) => setMoved({ lat: Math.round(next.lat * 1e5) / 1e5, lon: Math.round(next.lon * 1e5) / 1e5 })}
            tilesUrl={tilesUrl}
            tilesAttribution={tilesAttribution}
            markerLabel={labels.marker}
          />
          <p className="field-hint" role="status">
            {moved && centre ? `${labels.moved} ${labels.distance.replace("{distance}", formatDistance(haversineKm(centre, moved)))}` : null}
            {moved ? (
              <>
                {" "}
                <button type="button" className="button button-secondary button-small" onClick={() => setMoved(null)}>
                  {labels.reset}
                </button>
              </>
            ) : null}
          </p>
        </>
      ) : (
        <p className="field-hint">{labels.noCommune}</p>
      )}
      <input type="hidden" name="lat" value={moved ? String(moved.lat) : ""} />
      <input type="hidden" name="lon" value={moved ? String(moved.lon) : ""} />
    </fieldset>
  );
}
