// Exact K-nearest without PostGIS, for any located table: candidates in the GiST index's planar order, re-ranked
// by great-circle distance, with a check that no row the planar approximation ranked too far was missed. Used by
// the catalyst finder, the directory's "near a place" search, and the benchmark's comparison with PostGIS.
import { rankByDistance, type WithDistance } from "@/lib/catalysts/distance-ranking";
import { beyondBoxes, planarBoxesAround, planarDistance, type LatLon, type PlanarBox } from "@/lib/geo/distance";

/**
 * The `limit` rows nearest to `origin`, exactly: candidates come from the GiST index by planar distance (a few
 * times the limit), are re-sorted by haversine, then one box query (also through the index) fetches every row
 * closer than the last kept one, so a row the planar approximation ranked too far is still found.
 */
export async function exactNearest<T extends LatLon>(
  origin: LatLon,
  limit: number,
  key: (row: T) => string,
  byIndexOrder: (candidates: number) => Promise<T[]>,
  /**
   * Every row in the boxes; or, where many rows may share a place (organisations at a commune's centre), only the
   * `wanted` first of them by great-circle distance then key, which is all the ranking can use.
   */
  inBoxes: (boxes: PlanarBox[], wanted: number) => Promise<T[]>,
  options: { keep?: (row: T) => boolean; excluded?: number; penaltyKm?: (row: T) => number } = {},
): Promise<WithDistance<T>[]> {
  const { keep = () => true, excluded = 0, penaltyKm = () => 0 } = options;
  const fetched = Math.max(16, 4 * (limit + excluded));
  const fetchedRows = await byIndexOrder(fetched);
  const candidates = fetchedRows.filter(keep);
  const ranked = rankByDistance(origin, candidates, limit, key, penaltyKm);
  const farthest = ranked.at(-1);
  // Fewer rows than asked for: the table held no more, nothing can be missing.
  if (!farthest || fetchedRows.length < fetched) return ranked;
  // Penalties are never negative, so any row ranking before the last kept one is closer than its score.
  const radiusKm = farthest.distanceKm + Math.max(0, penaltyKm(farthest));
  const boxes = planarBoxesAround(origin, radiusKm);
  // Rows not fetched are, in the plane, at least as far as every fetched one: when the farthest fetched is beyond
  // every corner of the boxes, none of them can be within the radius, and the second query would find nothing.
  const fetchedReach = Math.max(...fetchedRows.map((row) => planarDistance(origin, row)));
  if (beyondBoxes(origin, fetchedReach, boxes)) return ranked;
  const seen = new Set(candidates.map(key));
  const missed = (await inBoxes(boxes, limit + excluded)).filter((row) => keep(row) && !seen.has(key(row)));
  return missed.length ? rankByDistance(origin, [...candidates, ...missed], limit, key, penaltyKm) : ranked;
}
