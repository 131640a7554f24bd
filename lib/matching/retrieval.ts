// The retrieval rule shared by the database path and the evaluation: among candidates sorted by distance, keep
// those within the first radius that holds enough of them (rural places need wider radii), else the widest.
import { RETRIEVAL } from "./weights";

export function selectWithinRadius<T extends { distanceKm: number }>(
  candidates: readonly T[],
  radiiKm: readonly number[] = RETRIEVAL.radiiKm,
  minCandidates: number = RETRIEVAL.minCandidates,
): { radiusKm: number; candidates: T[] } {
  const maxRadius = radiiKm[radiiKm.length - 1]!;
  const within = candidates.filter((candidate) => candidate.distanceKm <= maxRadius).sort((a, b) => a.distanceKm - b.distanceKm);
  const radiusKm = radiiKm.find((radius) => within.filter((candidate) => candidate.distanceKm <= radius).length >= minCandidates) ?? maxRadius;
  return { radiusKm, candidates: within.filter((candidate) => candidate.distanceKm <= radiusKm) };
}
