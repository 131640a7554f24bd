// Every tunable number of partner matching, in one place. A proposal's score is the weighted sum of five
// components, each between 0 and 1, so the score is between 0 and 1 too and each part of it can be shown.
import type { ActorKind } from "@/lib/shared/vocabulary";

export const COMPONENT_WEIGHTS = {
  /** Need ↔ offer fit: what one needs, the other offers (resource kind, then themes); better both ways. */
  fit: 0.4,
  /** Cross-sector complementarity: alliances are between different kinds of actors. */
  complementarity: 0.2,
  /** Proximity: distance decay, plus a bonus for the same intercommunality, else the same département. */
  proximity: 0.2,
  /** Shared themes, objectives and ODD. */
  shared: 0.15,
  /** Freshness of the candidate's profile: a profile nobody has touched for two years is a weaker lead. */
  freshness: 0.05,
} as const;
export type ScoreComponent = keyof typeof COMPONENT_WEIGHTS;
export const SCORE_COMPONENTS = Object.keys(COMPONENT_WEIGHTS) as ScoreComponent[];

export const FIT = {
  /** A resource kind that matches, whatever the themes. */
  kindMatch: 0.6,
  /** Added when the need and the offer share a theme (their own themes, else their organisation's). */
  themeMatch: 0.4,
  /** Added instead when one side says nothing about themes: neither a match nor a mismatch. */
  themeUnknown: 0.2,
  /** The better direction counts for this share of the fit, the other direction for the rest. */
  bestDirectionShare: 0.75,
} as const;

/**
 * Actors grouped by sector. Different sectors complement each other fully; two different kinds of the same
 * sector (an association and a citizen collective, a local authority and a State service) half as much.
 */
export const SECTOR_OF_KIND: Record<ActorKind, string> = {
  collectivite: "public",
  etat: "public",
  entreprise: "private",
  association: "civil_society",
  collectif: "civil_society",
  fondation: "philanthropy",
  academique: "knowledge",
  reseau: "support",
};
export const COMPLEMENTARITY = { otherSector: 1, sameSectorOtherKind: 0.5, sameKind: 0 } as const;

export const SHARED = {
  /** Two shared themes (or two shared ODD) count in full. */
  saturation: 2,
  themes: 0.5,
  objectives: 0.3,
  odd: 0.2,
} as const;

export const PROXIMITY = {
  /** Distance decay exp(−d / scale): 0.67 at 10 km, 0.30 at 30 km, 0.09 at 60 km. */
  decayScaleKm: 25,
  decayShare: 0.75,
  sameEpciBonus: 0.25,
  sameDepartementBonus: 0.1,
} as const;

export const FRESHNESS = { fullUntilMonths: 6, zeroFromMonths: 24 } as const;

export const RETRIEVAL = {
  /** The first search radius, then the wider ones tried in turn while too few candidates are found. */
  radiiKm: [30, 50, 80, 120, 200] as readonly number[],
  /** Fewer candidates than this within a radius: widen (rural places need wider radii). */
  minCandidates: 25,
  /** The nearest candidates scored, at most: in a dense city they all lie within a few kilometres. */
  maxCandidates: 250,
} as const;

export const RANKING = {
  /** Below this score a candidate is not proposed. */
  minScore: 0.3,
  /** Diversity: at most this many organisations of one kind in the top ten, when other kinds qualify. */
  maxSameKindInTop: 4,
  topSize: 10,
} as const;
