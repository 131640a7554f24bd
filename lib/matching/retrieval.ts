// The retrieval rules shared by the database path (lib/matching/proposals.ts) and the evaluation: which candidates
// are scored, bounded by distance, not by count. Two sources, merged:
//   1. the nearest published organisations, whatever they offer (proximity-driven matches; they also give the
//      radius and the local density);
//   2. within the radius, the best by coarse fit: how many of the subject's needs they meet with a shared theme
//      (counted twice), how many of its offers they need, both ways, then how many themes agree, then distance
//      (table match_keys). However many organisations share a commune's point, the best-fitting ones are found.
// The radius is the first of the ladder holding enough organisations (rural places need wider radii).
// `retrieveInMemory` is the reference implementation the evaluation runs and a db test compares the SQL against.
import { coarseFit, keysOfItem, wantedKeys } from "./keys";
import type { MatchFocus, MatchProfile } from "./score";
import { PROXIMITY, RETRIEVAL } from "./weights";

/** The first radius of the ladder within which at least `minCandidates` of the nearest organisations lie. */
export function selectRadius(
  nearestDistancesKm: readonly number[],
  radiiKm: readonly number[] = RETRIEVAL.radiiKm,
  minCandidates: number = RETRIEVAL.minCandidates,
): number {
  return radiiKm.find((radius) => nearestDistancesKm.filter((distance) => distance <= radius).length >= minCandidates) ?? radiiKm[radiiKm.length - 1]!;
}

/**
 * The distance scale of "near" here: the distance holding the nearest `densityRank` organisations (0 in a city
 * centre where they share a point, tens of kilometres in the countryside), between the bounds of PROXIMITY.
 */
export function localScaleKm(nearestDistancesKm: readonly number[]): number {
  const sorted = [...nearestDistancesKm].sort((a, b) => a - b);
  const reach = sorted.length >= PROXIMITY.densityRank ? sorted[PROXIMITY.densityRank - 1]! : PROXIMITY.maxScaleKm;
  return Math.min(PROXIMITY.maxScaleKm, Math.max(PROXIMITY.minScaleKm, reach));
}

export interface Retrieved<T> {
  radiusKm: number;
  /** The distance scale of proximity here (see localScaleKm). */
  scaleKm: number;
  candidates: T[];
  /** How many candidates each source brought (the fit source: those the nearest did not hold). */
  fromNearest: number;
  fromFit: number;
}

type Located = MatchProfile & { distanceKm: number };

/** Sorted by distance, in the pool's order when equal (as a K-nearest scan returns a shared point's rows). */
const byDistance = <T extends { distanceKm: number }>(items: readonly T[]) => [...items].sort((a, b) => a.distanceKm - b.distanceKm);

/** The candidates the database path retrieves, computed over a pool of profiles held in memory. */
export function retrieveInMemory<T extends Located>(subject: MatchProfile, pool: readonly T[], focus?: MatchFocus): Retrieved<T> {
  const others = pool.filter((profile) => profile.id !== subject.id);
  const maxRadius = RETRIEVAL.radiiKm[RETRIEVAL.radiiKm.length - 1]!;
  const nearest = byDistance(others).slice(0, RETRIEVAL.nearest);
  const radiusKm = selectRadius(nearest.map((candidate) => candidate.distanceKm));
  const wanted = new Set(wantedKeys(subject, focus));
  const byFit = others
    .filter((profile) => profile.distanceKm <= radiusKm)
    .map((profile) => {
      const keys = [
        ...profile.needs.flatMap((need) => keysOfItem("need", need, profile.themes)),
        ...profile.offers.flatMap((offer) => keysOfItem("offer", offer, profile.themes)),
      ].filter((key, index, all) => wanted.has(key) && all.indexOf(key) === index);
      return { profile, keys: keys.length, rank: coarseFit(keys).rank };
    })
    .filter((entry) => entry.keys > 0)
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        b.keys - a.keys ||
        a.profile.distanceKm - b.profile.distanceKm ||
        (a.profile.id < b.profile.id ? -1 : a.profile.id > b.profile.id ? 1 : 0),
    )
    .slice(0, RETRIEVAL.byFit)
    .map((entry) => entry.profile);
  return mergeRetrieved(nearest, byFit, Math.min(radiusKm, maxRadius));
}

/** Both sources, each candidate once, within the radius; the scale from the nearest. */
export function mergeRetrieved<T extends { id: string; distanceKm: number }>(nearest: readonly T[], byFit: readonly T[], radiusKm: number): Retrieved<T> {
  const seen = new Map<string, T>();
  const counts = [0, 0];
  [nearest, byFit].forEach((source, index) => {
    for (const candidate of source) {
      if (candidate.distanceKm > radiusKm || seen.has(candidate.id)) continue;
      seen.set(candidate.id, candidate);
      counts[index]!++;
    }
  });
  return {
    radiusKm,
    scaleKm: localScaleKm(nearest.map((candidate) => candidate.distanceKm)),
    candidates: byDistance([...seen.values()]),
    fromNearest: counts[0]!,
    fromFit: counts[1]!,
  };
}
