// Every tunable number of partner matching, in one place. A proposal's score is the weighted sum of five
// components, each between 0 and 1, so the score is between 0 and 1 too and each part of it can be shown.
import type { ActorKind } from "@/lib/shared/vocabulary";

export const COMPONENT_WEIGHTS = {
  /**
   * Need ↔ offer exchange: how many of the subject's needs the candidate meets and how well (resource kind, then
   * themes), then what the subject brings back; an exchange both ways scores above a one-way one of the same quality.
   */
  fit: 0.5,
  /** Cross-sector complementarity: alliances are between different kinds of actors. */
  complementarity: 0.15,
  /** Proximity relative to the local density, plus a bonus for the same local territory, else the same département. */
  proximity: 0.15,
  /** Shared themes, objectives and ODD: they modulate, they do not decide. */
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
  /** What the candidate brings to the subject (its needs met, on average, as a share of them all) weighs this much… */
  incomingShare: 0.6,
  /** …what the subject brings to the candidate this much… */
  outgoingShare: 0.3,
  /** …and an exchange both ways adds this: a two-way exchange always beats a one-way one of the same quality. */
  twoWayBonus: 0.1,
  /** What the subject brings the candidate: this share is the best item, the rest the candidate's needs met on average. */
  outgoingBestShare: 0.5,
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
  /**
   * Distance decay exp(−d / scale), where the scale is the local density's: the distance holding the nearest
   * `densityRank` published organisations, kept between these bounds. In Paris 3 km is not near (scale 2 km), in
   * the countryside 20 km still is (scale 25 km).
   */
  minScaleKm: 2,
  maxScaleKm: 25,
  densityRank: 100,
  decayShare: 0.8,
  /** Same local territory: the commune, an EPT of the Grand Paris, or an intercommunality that is not a métropole. */
  sameAreaBonus: 0.2,
  sameDepartementBonus: 0.1,
} as const;

/** Two-sided matching: spread the load, favour those who answer. */
export const TWO_SIDED = {
  /** An organisation at the cap of pending requests loses this share of its score. */
  loadPenalty: 0.2,
  /** Answering fast (responsiveness 1) adds half this share, slowly (0) removes as much; unknown (0.5) changes nothing. */
  responsivenessWeight: 0.1,
} as const;

export const FRESHNESS = {
  fullUntilMonths: 6,
  zeroFromMonths: 24,
  /** A profile nobody has touched for two years is a weak lead whatever it says: its score loses this share. */
  staleFactor: 0.2,
} as const;

/**
 * Local alliances: beyond the first radius a candidate's score fades, exp(−(d − reach) / reach), whatever its fit
 * (0.37× at 60 km, 0.07× at 110 km). Where the radius had to widen, every candidate fades alike, so the best
 * exchanges still lead.
 */
export const REACH = { localKm: 30 } as const;

export const RETRIEVAL = {
  /** The first search radius, then the wider ones tried in turn while too few organisations are near. */
  radiiKm: [30, 50, 80, 120, 200] as readonly number[],
  /** Fewer published organisations than this within a radius: widen (rural places need wider radii). */
  minCandidates: 25,
  /** The nearest published organisations, whatever they offer: proximity-driven matches, and the local density. */
  nearest: 100,
  /** Within the radius, the best by coarse fit (needs met with a shared theme, both ways), from match_keys. */
  byFit: 200,
} as const;

export const RANKING = {
  /** Below this score a candidate is not proposed. */
  minScore: 0.3,
  /** Diversity: at most this many organisations of one kind in the top ten, when other kinds qualify. */
  maxSameKindInTop: 4,
  topSize: 10,
} as const;
