// Partner matching, the pure part: score how well a candidate organisation complements a subject, component by
// component, with the reasons behind each component and the partnership type it suggests. No db, no next.
import type { ActorKind, Objective, PartnershipType, ResourceKind, Theme } from "@/lib/shared/vocabulary";
import { haversineKm } from "@/lib/geo/distance";
import { COMPLEMENTARITY, COMPONENT_WEIGHTS, FIT, FRESHNESS, PROXIMITY, SECTOR_OF_KIND, SHARED, type ScoreComponent } from "./weights";

export interface MatchResource {
  id?: string;
  resourceKind: ResourceKind;
  themes: Theme[];
}

export interface MatchProfile {
  id: string;
  kind: ActorKind;
  themes: Theme[];
  odd: number[];
  objectives: Objective[];
  lat: number;
  lon: number;
  epciCode: string | null;
  departementCode: string;
  monthsSinceUpdate: number;
  needs: MatchResource[];
  offers: MatchResource[];
}

/** Matching for one of the subject's needs ("who could meet it?") or offers ("who needs it?"). */
export interface MatchFocus {
  direction: "need" | "offer";
  resource: MatchResource;
}

/** Why a candidate is proposed: structured, so that it can be said in French or English (see reasons.ts). */
export type MatchReason =
  | { code: "offers_what_you_need"; resourceKind: ResourceKind; theme: Theme | null }
  | { code: "needs_what_you_offer"; resourceKind: ResourceKind; theme: Theme | null }
  | { code: "nearby"; kind: ActorKind; distanceKm: number; sameArea: "epci" | "departement" | null }
  | { code: "complementary"; subjectKind: ActorKind; candidateKind: ActorKind }
  | { code: "shared_themes"; themes: Theme[] }
  | { code: "shared_objectives"; objectives: Objective[] }
  | { code: "shared_odd"; odd: number[] }
  | { code: "recently_updated"; months: number };

export const MATCH_REASON_CODES = [
  "offers_what_you_need",
  "needs_what_you_offer",
  "nearby",
  "complementary",
  "shared_themes",
  "shared_objectives",
  "shared_odd",
  "recently_updated",
] as const satisfies readonly MatchReason["code"][];

export interface ScoredCandidate {
  candidateId: string;
  score: number;
  components: Record<ScoreComponent, number>;
  distanceKm: number;
  partnershipType: PartnershipType;
  reasons: MatchReason[];
}

const intersect = <T>(a: readonly T[], b: readonly T[]): T[] => {
  const other = new Set(b);
  return [...new Set(a)].filter((value) => other.has(value));
};

interface Fit {
  quality: number;
  resourceKind: ResourceKind;
  theme: Theme | null;
  /** Who gives the resource: the candidate ("in": it meets the subject's need) or the subject ("out"). */
  direction: "in" | "out";
}

/** How well an offer meets a need of the same resource kind, judged on their themes. */
function pairQuality(need: MatchResource, needOwner: MatchProfile, offer: MatchResource, offerOwner: MatchProfile): { quality: number; theme: Theme | null } {
  const needThemes = need.themes.length ? need.themes : needOwner.themes;
  const offerThemes = offer.themes.length ? offer.themes : offerOwner.themes;
  if (!needThemes.length || !offerThemes.length) return { quality: FIT.kindMatch + FIT.themeUnknown, theme: null };
  const shared = intersect(needThemes, offerThemes);
  return shared.length ? { quality: FIT.kindMatch + FIT.themeMatch, theme: shared[0]! } : { quality: FIT.kindMatch, theme: null };
}

function bestFit(
  needs: readonly MatchResource[],
  needOwner: MatchProfile,
  offers: readonly MatchResource[],
  offerOwner: MatchProfile,
  direction: Fit["direction"],
): Fit | null {
  let best: Fit | null = null;
  for (const need of needs) {
    for (const offer of offers) {
      if (offer.resourceKind !== need.resourceKind) continue;
      const { quality, theme } = pairQuality(need, needOwner, offer, offerOwner);
      if (!best || quality > best.quality) best = { quality, resourceKind: need.resourceKind, theme, direction };
    }
  }
  return best;
}

/** Below this proximity (about 30 km outside the candidate's département) distance is no longer a reason. */
const NEARBY_REASON_FROM = 0.2;

/** The better direction counts most; a fit both ways (a real exchange) scores higher than a one-way one. */
export function combineFits(incoming: number, outgoing: number): number {
  return FIT.bestDirectionShare * Math.max(incoming, outgoing) + (1 - FIT.bestDirectionShare) * Math.min(incoming, outgoing);
}

export function complementarityOf(a: ActorKind, b: ActorKind): number {
  if (a === b) return COMPLEMENTARITY.sameKind;
  return SECTOR_OF_KIND[a] === SECTOR_OF_KIND[b] ? COMPLEMENTARITY.sameSectorOtherKind : COMPLEMENTARITY.otherSector;
}

export function proximityOf(distanceKm: number, sameEpci: boolean, sameDepartement: boolean): number {
  const decay = Math.exp(-Math.max(0, distanceKm) / PROXIMITY.decayScaleKm);
  const bonus = sameEpci ? PROXIMITY.sameEpciBonus : sameDepartement ? PROXIMITY.sameDepartementBonus : 0;
  return Math.min(1, PROXIMITY.decayShare * decay + bonus);
}

export function freshnessOf(monthsSinceUpdate: number): number {
  if (monthsSinceUpdate <= FRESHNESS.fullUntilMonths) return 1;
  if (monthsSinceUpdate >= FRESHNESS.zeroFromMonths) return 0;
  return (FRESHNESS.zeroFromMonths - monthsSinceUpdate) / (FRESHNESS.zeroFromMonths - FRESHNESS.fullUntilMonths);
}

const RESOURCE_PARTNERSHIP: Record<ResourceKind, PartnershipType> = {
  funding: "mecenat",
  skills: "mecenat",
  volunteering: "mecenat",
  equipment: "mecenat",
  premises: "mecenat",
  network: "mecenat",
  expertise: "responsible_practices",
  training: "responsible_practices",
  purchasing: "economic_cooperation",
  employment: "economic_cooperation",
  field_access: "societal_innovation",
  data_research: "societal_innovation",
  project_engineering: "societal_innovation",
};

const OBJECTIVE_PARTNERSHIP: Record<Objective, PartnershipType> = {
  performance_engagement: "responsible_practices",
  hybrid_model: "economic_cooperation",
  societal_innovation: "societal_innovation",
  territory_project: "societal_innovation",
};

/** The partnership type a pair suggests: from what is exchanged, else from a shared objective, else from who they are. */
export function suggestPartnershipType(
  fit: Fit | null,
  sharedObjectives: readonly Objective[],
  subjectKind: ActorKind,
  candidateKind: ActorKind,
): PartnershipType {
  if (fit) return RESOURCE_PARTNERSHIP[fit.resourceKind];
  if (sharedObjectives[0]) return OBJECTIVE_PARTNERSHIP[sharedObjectives[0]];
  const sectors = new Set([SECTOR_OF_KIND[subjectKind], SECTOR_OF_KIND[candidateKind]]);
  if (sectors.has("civil_society") && (sectors.has("private") || sectors.has("philanthropy"))) return "mecenat";
  if (sectors.size === 1 && sectors.has("private")) return "economic_cooperation";
  return "societal_innovation";
}

/**
 * Scores one candidate for the subject. With a focus, only the focused need (or offer) counts for the fit, and a
 * candidate that cannot answer it gets no fit at all. Distance is computed unless the caller already has it.
 */
export function scoreCandidate(subject: MatchProfile, candidate: MatchProfile, options: { focus?: MatchFocus; distanceKm?: number } = {}): ScoredCandidate {
  const distanceKm = options.distanceKm ?? haversineKm(subject, candidate);
  const focus = options.focus;
  const subjectNeeds = focus ? (focus.direction === "need" ? [focus.resource] : []) : subject.needs;
  const subjectOffers = focus ? (focus.direction === "offer" ? [focus.resource] : []) : subject.offers;
  const incoming = bestFit(subjectNeeds, subject, candidate.offers, candidate, "in");
  const outgoing = bestFit(candidate.needs, candidate, subjectOffers, subject, "out");
  // With a focus, the exchange back (the other direction, whole organisation) still makes a pair stronger.
  const reciprocal = focus
    ? focus.direction === "need"
      ? bestFit(candidate.needs, candidate, subject.offers, subject, "out")
      : bestFit(subject.needs, subject, candidate.offers, candidate, "in")
    : null;
  const primary = focus
    ? focus.direction === "need"
      ? incoming
      : outgoing
    : incoming && outgoing
      ? incoming.quality >= outgoing.quality
        ? incoming
        : outgoing
      : (incoming ?? outgoing);
  const secondary = focus ? (primary ? reciprocal : null) : primary === incoming ? outgoing : incoming;
  const fit = primary ? combineFits(primary.quality, secondary?.quality ?? 0) : 0;

  const sameEpci = subject.epciCode !== null && subject.epciCode === candidate.epciCode;
  const sameDepartement = subject.departementCode === candidate.departementCode;
  const sharedThemes = intersect(subject.themes, candidate.themes);
  const sharedObjectives = intersect(subject.objectives, candidate.objectives);
  const sharedOdd = intersect(subject.odd, candidate.odd).sort((a, b) => a - b);

  const components: Record<ScoreComponent, number> = {
    fit,
    complementarity: complementarityOf(subject.kind, candidate.kind),
    proximity: proximityOf(distanceKm, sameEpci, sameDepartement),
    shared:
      SHARED.themes * Math.min(1, sharedThemes.length / SHARED.saturation) +
      SHARED.objectives * (sharedObjectives.length ? 1 : 0) +
      SHARED.odd * Math.min(1, sharedOdd.length / SHARED.saturation),
    freshness: freshnessOf(candidate.monthsSinceUpdate),
  };
  const score = (Object.keys(COMPONENT_WEIGHTS) as ScoreComponent[]).reduce((sum, key) => sum + COMPONENT_WEIGHTS[key] * components[key], 0);

  // One reason per component that scored, most telling first: the exchange, then the place, then the rest.
  const reasons: MatchReason[] = [];
  for (const item of [primary, secondary]) {
    if (!item) continue;
    reasons.push(
      item.direction === "in"
        ? { code: "offers_what_you_need", resourceKind: item.resourceKind, theme: item.theme }
        : { code: "needs_what_you_offer", resourceKind: item.resourceKind, theme: item.theme },
    );
  }
  if (components.proximity >= NEARBY_REASON_FROM) {
    reasons.push({ code: "nearby", kind: candidate.kind, distanceKm, sameArea: sameEpci ? "epci" : sameDepartement ? "departement" : null });
  }
  if (components.complementarity > 0) reasons.push({ code: "complementary", subjectKind: subject.kind, candidateKind: candidate.kind });
  if (sharedThemes.length) reasons.push({ code: "shared_themes", themes: sharedThemes });
  if (sharedObjectives.length) reasons.push({ code: "shared_objectives", objectives: sharedObjectives });
  if (sharedOdd.length) reasons.push({ code: "shared_odd", odd: sharedOdd });
  if (components.freshness === 1) reasons.push({ code: "recently_updated", months: Math.max(0, Math.round(candidate.monthsSinceUpdate)) });

  return {
    candidateId: candidate.id,
    score,
    components,
    distanceKm,
    partnershipType: suggestPartnershipType(primary, sharedObjectives, subject.kind, candidate.kind),
    reasons,
  };
}
