// Partner matching, the ranking: score every retrieved candidate, keep those worth proposing, order them, and
// keep the top of the list diverse. Pure: the data layer (lib/matching/proposals.ts) retrieves, this module decides.
import type { ActorKind } from "@/lib/shared/vocabulary";
import { scoreCandidate, type MatchFocus, type MatchProfile, type ScoredCandidate } from "./score";
import { RANKING } from "./weights";

export interface RankOptions {
  focus?: MatchFocus;
  /** Distances already computed by the retrieval step, by candidate id. */
  distances?: ReadonlyMap<string, number>;
  limit?: number;
}

/** A candidate is worth proposing when it scores enough and something concrete links it to the subject. */
function isWorthProposing(scored: ScoredCandidate, focused: boolean): boolean {
  if (scored.score < RANKING.minScore) return false;
  if (focused) return scored.components.fit > 0;
  return scored.components.fit > 0 || scored.components.shared > 0;
}

/** Best first; ties go to the nearer candidate, then to the id, so that a ranking never flickers. */
function compareScored(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || a.distanceKm - b.distanceKm || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0);
}

/**
 * Diversity: at most `maxSameKindInTop` of one kind in the top `topSize` while candidates of other kinds are
 * waiting; the ones held back come right after (still in score order), so nobody is dropped.
 */
export function diversify<T extends { kind: ActorKind }>(
  sorted: readonly T[],
  topSize: number = RANKING.topSize,
  maxSameKind: number = RANKING.maxSameKindInTop,
): T[] {
  const top: T[] = [];
  const heldBack: T[] = [];
  const perKind = new Map<ActorKind, number>();
  let index = 0;
  for (; index < sorted.length && top.length < topSize; index++) {
    const item = sorted[index]!;
    const count = perKind.get(item.kind) ?? 0;
    if (count >= maxSameKind) {
      heldBack.push(item);
      continue;
    }
    perKind.set(item.kind, count + 1);
    top.push(item);
  }
  // Not enough other kinds to fill the top: the held-back ones take the free places, best first.
  while (top.length < topSize && heldBack.length) top.push(heldBack.shift()!);
  return [...top, ...heldBack, ...sorted.slice(index)];
}

export interface RankedCandidate extends ScoredCandidate {
  kind: ActorKind;
}

export function rankCandidates(subject: MatchProfile, candidates: readonly MatchProfile[], options: RankOptions = {}): RankedCandidate[] {
  const scored: RankedCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.id === subject.id) continue;
    const result = scoreCandidate(subject, candidate, { focus: options.focus, distanceKm: options.distances?.get(candidate.id) });
    if (isWorthProposing(result, options.focus !== undefined)) scored.push({ ...result, kind: candidate.kind });
  }
  scored.sort(compareScored);
  const ranked = diversify(scored);
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
