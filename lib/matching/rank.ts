// Partner matching, the ranking: score every retrieved candidate, keep those worth proposing, order them, and
// keep the top of the list diverse. Pure: the data layer (lib/matching/proposals.ts) retrieves, this module decides.
import type { ActorKind } from "@/lib/shared/vocabulary";
import { scoreCandidate, type MatchFocus, type MatchProfile, type MatchReason, type ScoredCandidate } from "./score";
import { RANKING } from "./weights";

export interface RankOptions {
  focus?: MatchFocus;
  /** Distances already computed by the retrieval step, by candidate id. */
  distances?: ReadonlyMap<string, number>;
  /** The local distance scale (retrieval.ts, localScaleKm). */
  scaleKm?: number;
  limit?: number;
}

/** A candidate is worth proposing when it scores enough and something concrete links it to the subject. */
function isWorthProposing(scored: ScoredCandidate, focused: boolean): boolean {
  if (scored.score < RANKING.minScore) return false;
  if (focused) return scored.components.fit > 0;
  return scored.components.fit > 0 || scored.components.shared > 0;
}

/**
 * Best first. Equal scores (common where many organisations share a commune's point) go to the better exchange, then
 * the nearer, then the fresher profile; the id only keeps a ranking from flickering when all of that is equal.
 */
export function compareScored(a: ScoredCandidate, b: ScoredCandidate): number {
  return (
    b.score - a.score ||
    b.components.fit - a.components.fit ||
    a.distanceKm - b.distanceKm ||
    a.monthsSinceUpdate - b.monthsSinceUpdate ||
    (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0)
  );
}

/** Reasons that say something about the exchange itself are never dropped, even when every card has one. */
const EXCHANGE_REASONS = new Set<MatchReason["code"]>(["offers_what_you_need", "needs_what_you_offer"]);

/**
 * A reason that every card of a list carries, word for word ("Fiche à jour", "Profils complémentaires : entreprise
 * × association"), tells the reader nothing about why this one: it is left out of every card (lists of three or more).
 */
export function dropCommonReasons<T extends { reasons: MatchReason[] }>(list: readonly T[]): T[] {
  if (list.length < 3) return [...list];
  const keyOf = (reason: MatchReason) => JSON.stringify(reason);
  const counts = new Map<string, number>();
  for (const item of list) for (const key of new Set(item.reasons.map(keyOf))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return list.map((item) => ({
    ...item,
    reasons: item.reasons.filter((reason) => EXCHANGE_REASONS.has(reason.code) || counts.get(keyOf(reason)) !== list.length),
  }));
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

/** Every candidate scored, before anything is kept: availability may still be applied (withAvailability). */
export function scoreCandidates(subject: MatchProfile, candidates: readonly MatchProfile[], options: RankOptions = {}): RankedCandidate[] {
  const scored: RankedCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.id === subject.id) continue;
    const result = scoreCandidate(subject, candidate, { focus: options.focus, distanceKm: options.distances?.get(candidate.id), scaleKm: options.scaleKm });
    scored.push({ ...result, kind: candidate.kind });
  }
  return scored;
}

/** Scored candidates worth proposing, best first, the top diverse: the order before the list is cut. */
export function orderScored(scored: readonly RankedCandidate[], options: Pick<RankOptions, "focus"> = {}): RankedCandidate[] {
  return diversify(scored.filter((result) => isWorthProposing(result, options.focus !== undefined)).sort(compareScored));
}

/** The list cut to its length, without the reasons every card would give. */
export function finishRanking(ordered: readonly RankedCandidate[], limit?: number): RankedCandidate[] {
  return dropCommonReasons(limit === undefined ? [...ordered] : ordered.slice(0, limit));
}

/** The proposals from scored candidates: those worth proposing, best first, the top diverse, common reasons dropped. */
export function rankScored(scored: readonly RankedCandidate[], options: Pick<RankOptions, "focus" | "limit"> = {}): RankedCandidate[] {
  return finishRanking(orderScored(scored, options), options.limit);
}

export function rankCandidates(subject: MatchProfile, candidates: readonly MatchProfile[], options: RankOptions = {}): RankedCandidate[] {
  return rankScored(scoreCandidates(subject, candidates, options), options);
}
