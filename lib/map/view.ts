// Map views computed on the server, before any map exists: the extent of a set of points, the zoom that shows it,
// and links into the network map at a place. Pure: pages use it to build links that work without JavaScript.
import type { BoundingBox, LatLon } from "../geo/distance";

/** Zoom levels the network map (/map) accepts in its address. */
export const NETWORK_MAP_MIN_ZOOM = 3;
export const NETWORK_MAP_MAX_ZOOM = 18;
const TILE_SIZE = 256;
/** Mainland France's middle, for views that have nothing better to centre on. */
export const FRANCE_CENTER: LatLon = { lat: 46.6, lon: 2.4 };

/** The smallest box holding every point, or null for no valid point. Longitudes are not wrapped: France never straddles 180°. */
export function boundsOf(points: Iterable<LatLon>): BoundingBox | null {
  let box: BoundingBox | null = null;
  for (const { lat, lon } of points) {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    if (!box) box = { south: lat, west: lon, north: lat, east: lon };
    else {
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
      box.west = Math.min(box.west, lon);
      box.east = Math.max(box.east, lon);
    }
  }
  return box;
}

export function centerOf(box: BoundingBox): LatLon {
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const y = (mercatorY(box.south) + mercatorY(box.north)) / 2;
  // The middle on screen, in Web Mercator, rather than the middle in degrees (which sits too far south).
  return { lat: (Math.atan(Math.sinh(y)) * 180) / Math.PI, lon: (box.west + box.east) / 2 };
}

/**
 * The largest whole zoom at which the box fits a `width` × `height` pixel view in Web Mercator, like Leaflet's
 * fitBounds, between `minZoom` and `maxZoom` (a single point would otherwise ask for an infinite zoom).
 */
export function zoomToFit(box: BoundingBox, width: number, height: number, { minZoom = NETWORK_MAP_MIN_ZOOM, maxZoom = NETWORK_MAP_MAX_ZOOM } = {}): number {
  const x = (lon: number) => (lon + 180) / 360;
  const y = (lat: number) => {
    const clamped = Math.max(-85, Math.min(85, lat));
    return (1 - Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) / Math.PI) / 2;
  };
  const spanX = Math.abs(x(box.east) - x(box.west));
  const spanY = Math.abs(y(box.south) - y(box.north));
  const fits = (span: number, pixels: number) => (span <= 0 ? Infinity : Math.log2(pixels / (span * TILE_SIZE)));
  const zoom = Math.floor(Math.min(fits(spanX, Math.max(1, width)), fits(spanY, Math.max(1, height))));
  return Math.max(minZoom, Math.min(maxZoom, Number.isFinite(zoom) ? zoom : maxZoom));
}

/** The network map opened at a place: "/map#zoom/lat/lon", the position format /map reads from its address. */
export function networkMapHref(center: LatLon, zoom: number): string {
  const level = Math.max(NETWORK_MAP_MIN_ZOOM, Math.min(NETWORK_MAP_MAX_ZOOM, Math.round(Number.isFinite(zoom) ? zoom : NETWORK_MAP_MIN_ZOOM)));
  const lat = Number.isFinite(center.lat) ? Math.max(-85, Math.min(85, center.lat)) : FRANCE_CENTER.lat;
  const lon = Number.isFinite(center.lon) ? Math.max(-180, Math.min(180, center.lon)) : FRANCE_CENTER.lon;
  return `/map#${level}/${lat.toFixed(4)}/${lon.toFixed(4)}`;
}

/** A position as the network map's address keeps it ("#zoom/lat/lon"), or null for anything else. */
export function parseNetworkMapHash(hash: string): { zoom: number; lat: number; lon: number } | null {
  const match = /^#(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(hash);
  if (!match) return null;
  const [zoom, lat, lon] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (zoom < NETWORK_MAP_MIN_ZOOM || zoom > NETWORK_MAP_MAX_ZOOM || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

/**
 * The shortcuts of the network map: mainland France, and the overseas départements its opening view leaves out
 * (their catalysts and organisations would otherwise be found only by panning across an ocean). Each zoom shows
 * the whole island or territory on a phone's map as on a desktop's.
 */
export const TERRITORY_VIEWS = [
  { id: "mainland", departementCode: null, center: FRANCE_CENTER, zoom: 5 },
  { id: "guadeloupe", departementCode: "971", center: { lat: 16.18, lon: -61.41 }, zoom: 9 },
  { id: "martinique", departementCode: "972", center: { lat: 14.64, lon: -61.02 }, zoom: 9 },
  { id: "guyane", departementCode: "973", center: { lat: 3.93, lon: -53.12 }, zoom: 6 },
  { id: "reunion", departementCode: "974", center: { lat: -21.13, lon: 55.53 }, zoom: 9 },
  { id: "mayotte", departementCode: "976", center: { lat: -12.82, lon: 45.16 }, zoom: 10 },
] as const satisfies readonly { id: string; departementCode: string | null; center: LatLon; zoom: number }[];
export type TerritoryViewId = (typeof TERRITORY_VIEWS)[number]["id"];

/** The zoom a commune chosen in the map's place search opens at: the town and its neighbours, street names aside. */
export const COMMUNE_ZOOM = 12;
