// Exact K-nearest from index candidates: rank rows by great-circle distance, and give the planar boxes (in the
// `geo` column's coordinates) that must hold every row closer than a distance, to check no row was missed.
// Pure module (see docs/decisions/003-geo-without-postgis.md).
import type { PointPrecision } from "@/lib/shared/vocabulary";
import { haversineKm, type LatLon } from "@/lib/geo/distance";

export type WithDistance<T> = T & { distanceKm: number };

/** Beyond this, a point is not in France (or is at sea): answering with a far commune would mislead. */
export const MAX_POINT_TO_COMMUNE_KM = 100;

/**
 * Rows sorted by distance from `origin` (ties by key, so the order is the same on every engine), first `limit`.
 * An optional non-negative penalty is added to the distance for the ranking only (e.g. for estimated points).
 */
export function rankByDistance<T extends LatLon>(
  origin: LatLon,
  rows: readonly T[],
  limit: number,
  key: (row: T) => string,
  penaltyKm: (row: T) => number = () => 0,
): WithDistance<T>[] {
  return rows
    .map((row) => {
      const distanceKm = haversineKm(origin, row);
      return { row: { ...row, distanceKm }, score: distanceKm + Math.max(0, penaltyKm(row)) };
    })
    .sort((a, b) => a.score - b.score || key(a.row).localeCompare(key(b.row)))
    .slice(0, Math.max(0, limit))
    .map((item) => item.row);
}

/**
 * Typical error of a commune's reference point by how it was obtained: the medians measured in
 * docs/decisions/002-territory-points.md. An estimated point (the mean of an EPCI's communes) can land in the
 * middle of a neighbouring city, so resolving a position weighs it by this much rather than trusting it as exact.
 */
export const TYPICAL_POINT_ERROR_KM: Record<PointPrecision, number> = {
  geonames: 0,
  postcode: 4.4,
  epci: 7.8,
  chef_lieu: 30.6,
};
