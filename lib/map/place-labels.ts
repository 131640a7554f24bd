// The names a map without tiles writes over its background so that it orients anyone: the most populous communes of
// the view, fewer as one zooms out, never two labels on top of each other. Pure: the commune table is given.
import { z } from "zod";
import type { BoundingBox } from "@/lib/geo/distance";
import { bboxSchema, refineViewportSize, worldPixel, zoomSchema } from "./cluster-layout";

export interface PlaceCandidate {
  code: string;
  name: string;
  lat: number;
  lon: number;
  population: number | null;
}

export interface PlaceLabel {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** At most this many names in one view: a map, not a gazetteer. */
export const MAX_PLACE_LABELS = 40;

/** The smallest population named at a zoom: the large cities of France at 5, every village from 12. */
export function minimumPopulation(zoom: number): number {
  if (zoom <= 5) return 150_000;
  const thresholds: Record<number, number> = { 6: 80_000, 7: 30_000, 8: 12_000, 9: 5_000, 10: 2_000, 11: 500 };
  return thresholds[zoom] ?? 0;
}

const LABEL_HEIGHT_PX = 18;
const CHARACTER_WIDTH_PX = 7;

/** The view's labels, most populous first; a label that would overlap a bigger commune's is left out. */
export function placeLabels(communes: Iterable<PlaceCandidate>, bbox: BoundingBox, zoom: number, max = MAX_PLACE_LABELS): PlaceLabel[] {
  const floor = minimumPopulation(zoom);
  const inside: PlaceCandidate[] = [];
  for (const commune of communes) {
    if ((commune.population ?? 0) < floor) continue;
    if (commune.lat < bbox.south || commune.lat > bbox.north || commune.lon < bbox.west || commune.lon > bbox.east) continue;
    inside.push(commune);
  }
  inside.sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code));
  const placed: { x: number; y: number; half: number }[] = [];
  const labels: PlaceLabel[] = [];
  for (const commune of inside) {
    if (labels.length >= max) break;
    const { x, y } = worldPixel(commune.lat, commune.lon, zoom);
    const half = (commune.name.length * CHARACTER_WIDTH_PX) / 2 + 4;
    if (placed.some((other) => Math.abs(other.x - x) < other.half + half && Math.abs(other.y - y) < LABEL_HEIGHT_PX)) continue;
    placed.push({ x, y, half });
    labels.push({ code: commune.code, name: commune.name, lat: commune.lat, lon: commune.lon });
  }
  return labels;
}

/** GET /api/map/places: a viewport, as the clusters' (same names, same bounds). */
export const placesQuerySchema = z.object({ bbox: bboxSchema, zoom: zoomSchema }).superRefine(refineViewportSize);
