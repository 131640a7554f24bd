"use client";
// The offline département outlines (public/map/departements.geojson), fetched once per page load and shared by
// every map on the page: the network map and the small maps of profiles.
import { useEffect, useState } from "react";

let outlines: Promise<GeoJSON.FeatureCollection | null> | null = null;

function loadOutlines(): Promise<GeoJSON.FeatureCollection | null> {
  outlines ??= fetch("/map/departements.geojson")
    .then((response) => (response.ok ? (response.json() as Promise<GeoJSON.FeatureCollection>) : null))
    .catch(() => {
      // Offline or blocked: no background this time, a later map may try again.
      outlines = null;
      return null;
    });
  return outlines;
}

export function useDepartementOutlines(): GeoJSON.FeatureCollection | null {
  const [data, setData] = useState<GeoJSON.FeatureCollection | null>(null);
  useEffect(() => {
    let active = true;
    void loadOutlines().then((json) => {
      if (active && json) setData(json);
    });
    return () => {
      active = false;
    };
  }, []);
  return data;
}
