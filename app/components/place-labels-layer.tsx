"use client";
// The commune names of a map without tiles (GET /api/map/places), redrawn after each move: without them département
// outlines alone orient nobody. Decorative for assistive technologies (the map has its own text alternatives), never
// focusable, drawn above the outlines and below every marker.
import { useEffect } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import type { PlaceLabel } from "@/lib/map/place-labels";
import { escapeHtml } from "@/lib/shared/html";

const PANE = "place-labels";
const cache = new Map<string, Promise<PlaceLabel[]>>();

function fetchPlaces(bbox: string, zoom: number): Promise<PlaceLabel[]> {
  const key = `${bbox}|${zoom}`;
  let places = cache.get(key);
  if (!places) {
    places = fetch(`/api/map/places?bbox=${bbox}&zoom=${zoom}`)
      .then((response) => (response.ok ? (response.json() as Promise<{ places: PlaceLabel[] }>) : { places: [] }))
      .then((body) => body.places)
      .catch(() => {
        cache.delete(key);
        return [];
      });
    if (cache.size > 200) cache.clear();
    cache.set(key, places);
  }
  return places;
}

export function PlaceLabelsLayer() {
  const map = useMap();
  useEffect(() => {
    if (!map.getPane(PANE)) {
      const pane = map.createPane(PANE);
      // Above the outlines (the overlay pane, 400, opaque land without tiles), below the markers (600).
      pane.style.zIndex = "450";
      pane.style.pointerEvents = "none";
      pane.setAttribute("aria-hidden", "true");
    }
    const layer = L.layerGroup().addTo(map);
    let request = 0;
    const redraw = () => {
      const bounds = map.getBounds();
      const round = (value: number) => value.toFixed(3);
      const bbox = [round(bounds.getWest()), round(bounds.getSouth()), round(bounds.getEast()), round(bounds.getNorth())].join(",");
      const current = ++request;
      void fetchPlaces(bbox, map.getZoom()).then((places) => {
        if (current !== request) return;
        layer.clearLayers();
        // Permanent tooltips rather than markers: names are not places one can pick, and stay out of the markers' layer.
        for (const place of places) {
          L.tooltip({ permanent: true, direction: "center", className: "place-label", pane: PANE, interactive: false, opacity: 1 })
            .setLatLng([place.lat, place.lon])
            .setContent(escapeHtml(place.name))
            .addTo(layer);
        }
      });
    };
    redraw();
    map.on("moveend", redraw);
    return () => {
      map.off("moveend", redraw);
      layer.remove();
    };
  }, [map]);
  return null;
}
