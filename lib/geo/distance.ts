// Great-circle distances and bounding boxes on the WGS84 sphere approximation. Pure: used by queries (to build
// their bounding boxes and re-sort candidates) and by the matching module.
import { intlLocale } from "@/lib/i18n/messages";

export const EARTH_RADIUS_KM = 6_371.0088;
/** cos(46.5°): longitudes are scaled by it in the planar `geo` column (see db/schema.ts). */
export const LONGITUDE_SCALE = 0.688354575693754;

export interface LatLon {
  lat: number;
  lon: number;
}

/** A latitude/longitude rectangle (e.g. a map viewport). */
export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A box in the planar `geo` space: x = longitude × LONGITUDE_SCALE, y = latitude. */
export interface PlanarBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const DEGREES = 180 / Math.PI;
// Rounding slack, so a row exactly at the radius is never left out of the box.
const MARGIN_DEGREES = 1e-9;

/**
 * Planar boxes covering every point within `radiusKm` of `center`. The longitude half-width is the exact
 * asin(sin d / cos φ) (the simpler d / cos φ is too narrow at hundreds of km, and
 * radius checks must be exact); a circle reaching a pole spans every longitude. A box crossing the antimeridian
 * (Wallis-et-Futuna sits at 176° W) is split in two, since stored longitudes stay within −180…180.
 */
export function planarBoxesAround(center: LatLon, radiusKm: number): PlanarBox[] {
  const angle = Math.max(0, radiusKm) / EARTH_RADIUS_KM;
  const latDelta = angle * DEGREES + MARGIN_DEGREES;
  const south = Math.max(-90, center.lat - latDelta);
  const north = Math.min(90, center.lat + latDelta);
  const cosLat = Math.cos(center.lat / DEGREES);
  const reachesPole = Math.abs(center.lat) + latDelta >= 90 || angle >= Math.PI / 2;
  const ratio = reachesPole ? 2 : Math.sin(angle) / cosLat;
  const lonDelta = ratio >= 1 ? 180 : Math.asin(ratio) * DEGREES + MARGIN_DEGREES;
  const west = center.lon - lonDelta;
  const east = center.lon + lonDelta;
  const ranges: [number, number][] =
    east - west >= 360
      ? [[-180, 180]]
      : west < -180
        ? [
            [west + 360, 180],
            [-180, east],
          ]
        : east > 180
          ? [
              [west, 180],
              [-180, east - 360],
            ]
          : [[west, east]];
  return ranges.map(([from, to]) => ({ minX: from * LONGITUDE_SCALE, maxX: to * LONGITUDE_SCALE, minY: south, maxY: north }));
}

/** Euclidean distance in the planar `geo` space (what the GiST index orders `geo <-> point` by). */
export function planarDistance(a: LatLon, b: LatLon): number {
  return Math.hypot((a.lon - b.lon) * LONGITUDE_SCALE, a.lat - b.lat);
}

/**
 * Whether every point farther than `planar` from `origin` in the planar space lies outside all the boxes: then
 * rows that come after one at that planar distance, in the index's nearest-first order, cannot be in the boxes.
 */
export function beyondBoxes(origin: LatLon, planar: number, boxes: PlanarBox[]): boolean {
  const x = origin.lon * LONGITUDE_SCALE;
  const farthestCorner = Math.max(
    ...boxes.map((box) =>
      Math.hypot(Math.max(Math.abs(box.minX - x), Math.abs(box.maxX - x)), Math.max(Math.abs(box.minY - origin.lat), Math.abs(box.maxY - origin.lat))),
    ),
  );
  return planar > farthestCorner;
}

export function isValidLatLon(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

/**
 * Distances shown to people: one decimal under 10 km, whole kilometres beyond. Points are commune-level, so
 * anything under 1 km reads "< 1 km" rather than a falsely precise number of metres.
 */
// Built once: an Intl.NumberFormat costs tenths of a millisecond, and lists format hundreds of distances.
const DISTANCE_FORMATS = {
  fr: [new Intl.NumberFormat(intlLocale("fr"), { maximumFractionDigits: 0 }), new Intl.NumberFormat(intlLocale("fr"), { maximumFractionDigits: 1 })],
  en: [new Intl.NumberFormat(intlLocale("en"), { maximumFractionDigits: 0 }), new Intl.NumberFormat(intlLocale("en"), { maximumFractionDigits: 1 })],
} as const;

export function formatDistanceKm(km: number, locale: "fr" | "en"): string {
  const format = (value: number, digits: 0 | 1) => DISTANCE_FORMATS[locale][digits].format(value);
  if (km < 1) return "< 1 km";
  if (km < 10) return `${format(km, 1)} km`;
  return `${format(Math.round(km), 0)} km`;
}
