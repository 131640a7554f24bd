// Partner matching, the pure part: score how well a candidate organisation complements a subject, component by
// component, with the reasons behind each component and the partnership type it suggests. No db, no next.
import type { ActorKind, Objective, PartnershipType, ResourceKind, Theme } from "@/lib/shared/vocabulary";
import { haversineKm } from "@/lib/geo/distance";
import {
  COMPLEMENTARITY,
  COMPONENT_WEIGHTS,
  FIT,
  FRESHNESS,
  PROXIMITY,
  SCORE_COMPONENTS,
  SECTOR_OF_KIND,
  REACH,
  SHARED,
  TWO_SIDED,
  type ScoreComponent,
} from "./weights";

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
  /** Its commune (INSEE code), when known: two organisations of one commune are "in the same commune". */
  communeCode?: string;
  /**
   * Its local territory for the proximity bonus: the EPT in the Grand Paris, else the intercommunality unless it is
   * a métropole (tens of communes: no bonus beyond the commune there), else the commune. Defaults to epciCode.
   */
  areaCode?: string | null;
  areaKind?: LocalAreaKind;
  monthsSinceUpdate: number;
  needs: MatchResource[];
  offers: MatchResource[];
  /** Pending introduction requests waiting on it, 0 (none) to 1 (at the cap): spread the load. */
  load?: number;
  /** How quickly it answers introductions, 0 to 1, 0.5 when not known. */
  responsiveness?: number;
}

export type LocalAreaKind = "commune" | "ept" | "epci";

/** Matching for one of the subject's needs ("who could meet it?") or offers ("who needs it?"). */
export interface MatchFocus {
  direction: "need" | "offer";
  resource: MatchResource;
}

/** One need met by one offer: its resource kind and the themes they share. */
export interface MatchedItem {
  resourceKind: ResourceKind;
  themes: Theme[];
}

/** Why a candidate is proposed: structured, so that it can be said in French or English (see reasons.ts). */
export type MatchReason =
  /** Every need of the subject it meets; `needCount`: how many needs were looked at (one with a focus). */
  | { code: "offers_what_you_need"; items: MatchedItem[]; needsMet: number; needCount: number }
  /** Every need of its own the subject's offers meet. */
  | { code: "needs_what_you_offer"; items: MatchedItem[] }
  | { code: "nearby"; kind: ActorKind; distanceKm: number; sameArea: "commune" | "ept" | "epci" | "departement" | null }
  | { code: "complementary"; subjectKind: ActorKind; candidateKind: ActorKind }
  | { code: "shared_themes"; themes: Theme[] }
  | { code: "shared_objectives"; objectives: Objective[] }
  | { code: "shared_odd"; odd: number[] }
  /** Updated within FRESHNESS.fullUntilMonths: said alike of every such profile, so that a list where all are drops it. */
  | { code: "recently_updated" };

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
  /** The candidate's months since its profile was updated: the last meaningful tie-break. */
  monthsSinceUpdate: number;
  /** The score before availability and the cap at 1: withAvailability applies figures learnt after scoring. */
  beforeAvailability: number;
}

/** The values of `a` also in `b`, once each, in a's order. Lists of a few themes or ODD: loops beat building sets. */
const intersect = <T>(a: readonly T[], b: readonly T[]): T[] => {
  const shared: T[] = [];
  for (const value of a) if (b.includes(value) && !shared.includes(value)) shared.push(value);
  return shared;
};

/** How well an offer meets a need of the same resource kind, judged on their themes. */
function pairQuality(need: MatchResource, needOwner: MatchProfile, offer: MatchResource, offerOwner: MatchProfile): { quality: number; themes: Theme[] } {
  const needThemes = need.themes.length ? need.themes : needOwner.themes;
  const offerThemes = offer.themes.length ? offer.themes : offerOwner.themes;
  if (!needThemes.length || !offerThemes.length) return { quality: FIT.kindMatch + FIT.themeUnknown, themes: [] };
  const shared = intersect(needThemes, offerThemes);
  return shared.length ? { quality: FIT.kindMatch + FIT.themeMatch, themes: shared } : { quality: FIT.kindMatch, themes: [] };
}

interface Exchange {
  /** Each need met, by its best offer, in the needs' order. */
  items: (MatchedItem & { quality: number })[];
  /** The needs met on average (an unmet need counts 0), between 0 and 1. */
  coverage: number;
  /** The best single match. */
  best: number;
  /** How many of the needs are met. */
  met: number;
}

/** The best offer of a need's kind, judged on their themes; null when none is of its kind. */
function bestOfferFor(
  need: MatchResource,
  needOwner: MatchProfile,
  offers: readonly MatchResource[],
  offerOwner: MatchProfile,
): { quality: number; themes: Theme[] } | null {
  let best: { quality: number; themes: Theme[] } | null = null;
  for (const offer of offers) {
    if (offer.resourceKind !== need.resourceKind) continue;
    const pair = pairQuality(need, needOwner, offer, offerOwner);
    if (!best || pair.quality > best.quality) best = pair;
  }
  return best;
}

/** How well each need is met by the best of `offers` (0: not met), in the needs' order. */
export function needQualities(needs: readonly MatchResource[], needOwner: MatchProfile, offers: readonly MatchResource[], offerOwner: MatchProfile): number[] {
  return needs.map((need) => bestOfferFor(need, needOwner, offers, offerOwner)?.quality ?? 0);
}

/** The subject's side of an exchange: with a focus, the focused need (or offer) stands for all its needs (or offers). */
export function subjectSide(subject: MatchProfile, focus: MatchFocus | undefined): { needs: MatchResource[]; offers: MatchResource[] } {
  return {
    needs: focus?.direction === "need" ? [focus.resource] : subject.needs,
    offers: focus?.direction === "offer" ? [focus.resource] : subject.offers,
  };
}

/** What `offers` bring to `needs`: each need met by the best offer of its kind. */
function exchangeOf(needs: readonly MatchResource[], needOwner: MatchProfile, offers: readonly MatchResource[], offerOwner: MatchProfile): Exchange {
  const items: Exchange["items"] = [];
  let total = 0;
  let met = 0;
  const seen = new Set<ResourceKind>();
  for (const need of needs) {
    const best = bestOfferFor(need, needOwner, offers, offerOwner);
    if (!best) continue;
    met++;
    total += best.quality;
    // Two needs of one kind are both met, but the reason names the kind once.
    if (!seen.has(need.resourceKind)) items.push({ resourceKind: need.resourceKind, themes: best.themes, quality: best.quality });
    seen.add(need.resourceKind);
  }
  return { items, coverage: needs.length ? total / needs.length : 0, best: Math.max(0, ...items.map((item) => item.quality)), met };
}

/**
 * The exchange's fit: what the candidate brings the subject (the subject's needs met, on average) first, then what
 * the subject brings back (its best item and the candidate's needs met on average), and a bonus both ways.
 */
export function combineFits(incoming: number, outgoing: number): number {
  const bonus = incoming > 0 && outgoing > 0 ? FIT.twoWayBonus : 0;
  return Math.min(1, FIT.incomingShare * incoming + FIT.outgoingShare * outgoing + bonus);
}

const outgoingStrength = (exchange: Exchange) => FIT.outgoingBestShare * exchange.best + (1 - FIT.outgoingBestShare) * exchange.coverage;

export function complementarityOf(a: ActorKind, b: ActorKind): number {
  if (a === b) return COMPLEMENTARITY.sameKind;
  return SECTOR_OF_KIND[a] === SECTOR_OF_KIND[b] ? COMPLEMENTARITY.sameSectorOtherKind : COMPLEMENTARITY.otherSector;
}

/** Proximity: a decay on the local scale of distances (see retrieval.ts), plus the same commune/territory or département. */
export function proximityOf(distanceKm: number, sameArea: boolean, sameDepartement: boolean, scaleKm: number = PROXIMITY.maxScaleKm): number {
  const decay = Math.exp(-Math.max(0, distanceKm) / Math.max(PROXIMITY.minScaleKm, scaleKm));
  const bonus = sameArea ? PROXIMITY.sameAreaBonus : sameDepartement ? PROXIMITY.sameDepartementBonus : 0;
  return Math.min(1, PROXIMITY.decayShare * decay + bonus);
}

export function freshnessOf(monthsSinceUpdate: number): number {
  if (monthsSinceUpdate <= FRESHNESS.fullUntilMonths) return 1;
  if (monthsSinceUpdate >= FRESHNESS.zeroFromMonths) return 0;
  return (FRESHNESS.zeroFromMonths - monthsSinceUpdate) / (FRESHNESS.zeroFromMonths - FRESHNESS.fullUntilMonths);
}

/** What an exchange of this resource suggests (DOMAIN.md), before looking at who gives it. */
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

/** Mécénat is a gift of a company or a foundation; the same resource from anyone else is a joint project. */
const MECENAT_GIVERS = new Set(["private", "philanthropy"]);

/** The strongest exchange of a pair: the best-met need, the subject's needs first when equal. */
interface StrongestExchange {
  resourceKind: ResourceKind;
  giver: ActorKind;
}

/** The partnership type a pair suggests: from its strongest exchange and who gives it, else a shared objective, else who they are. */
export function suggestPartnershipType(
  strongest: StrongestExchange | null,
  sharedObjectives: readonly Objective[],
  subjectKind: ActorKind,
  candidateKind: ActorKind,
): PartnershipType {
  if (strongest) {
    const type = RESOURCE_PARTNERSHIP[strongest.resourceKind];
    if (type !== "mecenat" || MECENAT_GIVERS.has(SECTOR_OF_KIND[strongest.giver])) return type;
    return sharedObjectives[0] ? OBJECTIVE_PARTNERSHIP[sharedObjectives[0]] : "societal_innovation";
  }
  if (sharedObjectives[0]) return OBJECTIVE_PARTNERSHIP[sharedObjectives[0]];
  const sectors = new Set([SECTOR_OF_KIND[subjectKind], SECTOR_OF_KIND[candidateKind]]);
  if (sectors.has("civil_society") && (sectors.has("private") || sectors.has("philanthropy"))) return "mecenat";
  if (sectors.size === 1 && sectors.has("private")) return "economic_cooperation";
  return "societal_innovation";
}

function strongestOf(incoming: Exchange, outgoing: Exchange, subject: MatchProfile, candidate: MatchProfile): StrongestExchange | null {
  const bestIn = incoming.items.reduce<Exchange["items"][number] | null>((best, item) => (!best || item.quality > best.quality ? item : best), null);
  const bestOut = outgoing.items.reduce<Exchange["items"][number] | null>((best, item) => (!best || item.quality > best.quality ? item : best), null);
  if (bestIn && (!bestOut || bestIn.quality >= bestOut.quality)) return { resourceKind: bestIn.resourceKind, giver: candidate.kind };
  return bestOut ? { resourceKind: bestOut.resourceKind, giver: subject.kind } : null;
}

/** Where two organisations sit relative to each other, for the bonus and the reason. */
function sharedPlace(
  subject: MatchProfile,
  candidate: MatchProfile,
  distanceKm: number,
): { place: "commune" | "ept" | "epci" | "departement" | null; bonus: boolean } {
  const subjectArea = subject.areaCode === undefined ? subject.epciCode : subject.areaCode;
  const candidateArea = candidate.areaCode === undefined ? candidate.epciCode : candidate.areaCode;
  const sameArea = subjectArea !== null && subjectArea === candidateArea;
  const sameCommune =
    subject.communeCode !== undefined && candidate.communeCode !== undefined ? subject.communeCode === candidate.communeCode : distanceKm < 0.05;
  // The same commune is said, and earns the bonus unless the commune is a city of its own (its area is then null);
  // an EPT or an intercommunality that is not a métropole earns it too.
  if (sameCommune) return { place: "commune", bonus: sameArea || subject.areaKind !== "commune" };
  if (sameArea && subject.areaKind !== "commune") return { place: subject.areaKind === "ept" ? "ept" : "epci", bonus: true };
  return { place: subject.departementCode === candidate.departementCode ? "departement" : null, bonus: false };
}

/** Below this proximity distance is no longer a reason. */
const NEARBY_REASON_FROM = 0.2;

export interface ScoreOptions {
  focus?: MatchFocus;
  distanceKm?: number;
  /** The local distance scale (retrieval.ts, localScaleKm); the countryside's when not given. */
  scaleKm?: number;
}

/**
 * Scores one candidate for the subject. With a focus, the focused need (or offer) is the exchange that must happen,
 * and the rest of the organisation's offers (or needs) the exchange back. Distance is computed unless given.
 */
export function scoreCandidate(subject: MatchProfile, candidate: MatchProfile, options: ScoreOptions = {}): ScoredCandidate {
  const distanceKm = options.distanceKm ?? haversineKm(subject, candidate);
  const focus = options.focus;
  const { needs: subjectNeeds, offers: subjectOffers } = subjectSide(subject, focus);
  const incoming = exchangeOf(subjectNeeds, subject, candidate.offers, candidate);
  const outgoing = exchangeOf(candidate.needs, candidate, subjectOffers, subject);
  const reciprocal = focus?.direction === "offer" ? exchangeOf(subject.needs, subject, candidate.offers, candidate) : incoming;
  let fit: number;
  if (focus?.direction === "offer") {
    // Who needs this offer: that is the exchange; meeting the subject's own needs in return makes it two-way.
    fit = outgoing.best > 0 ? combineFits(outgoing.best, reciprocal.coverage) : 0;
  } else if (focus) {
    fit = incoming.best > 0 ? combineFits(incoming.best, outgoingStrength(outgoing)) : 0;
  } else {
    fit = combineFits(incoming.coverage, outgoingStrength(outgoing));
  }

  const { place, bonus } = sharedPlace(subject, candidate, distanceKm);
  const sharedThemes = intersect(subject.themes, candidate.themes);
  const sharedObjectives = intersect(subject.objectives, candidate.objectives);
  const sharedOdd = intersect(subject.odd, candidate.odd).sort((a, b) => a - b);

  const components: Record<ScoreComponent, number> = {
    fit,
    complementarity: complementarityOf(subject.kind, candidate.kind),
    proximity: proximityOf(distanceKm, bonus, place === "departement", options.scaleKm),
    shared:
      SHARED.themes * Math.min(1, sharedThemes.length / SHARED.saturation) +
      SHARED.objectives * (sharedObjectives.length ? 1 : 0) +
      SHARED.odd * Math.min(1, sharedOdd.length / SHARED.saturation),
    freshness: freshnessOf(candidate.monthsSinceUpdate),
  };
  const weighted = SCORE_COMPONENTS.reduce((sum, key) => sum + COMPONENT_WEIGHTS[key] * components[key], 0);
  // A stale profile is a weak lead, a far one is not a local alliance: both scale the whole score down.
  const staleness = 1 - FRESHNESS.staleFactor * (1 - components.freshness);
  const reach = Math.exp(-Math.max(0, distanceKm - REACH.localKm) / REACH.localKm);
  const beforeAvailability = weighted * staleness * reach;
  const score = Math.min(1, beforeAvailability * availabilityOf(candidate));

  // The exchange first (the subject's needs met, then what it brings), then the place, then the rest.
  const reasons: MatchReason[] = [];
  const given = focus?.direction === "offer" ? reciprocal : incoming;
  const incomingItems = given.items;
  const outgoingItems = outgoing.items;
  const strip = (items: Exchange["items"]) => items.map(({ resourceKind, themes }) => ({ resourceKind, themes }));
  if (focus?.direction === "offer" && outgoingItems.length) reasons.push({ code: "needs_what_you_offer", items: strip(outgoingItems) });
  if (incomingItems.length) {
    reasons.push({
      code: "offers_what_you_need",
      items: strip(incomingItems),
      needsMet: given.met,
      needCount: (focus?.direction === "offer" ? subject.needs : subjectNeeds).length,
    });
  }
  if (focus?.direction !== "offer" && outgoingItems.length) reasons.push({ code: "needs_what_you_offer", items: strip(outgoingItems) });
  if (components.proximity >= NEARBY_REASON_FROM) reasons.push({ code: "nearby", kind: candidate.kind, distanceKm, sameArea: place });
  if (components.complementarity > 0) reasons.push({ code: "complementary", subjectKind: subject.kind, candidateKind: candidate.kind });
  if (sharedThemes.length) reasons.push({ code: "shared_themes", themes: sharedThemes });
  if (sharedObjectives.length) reasons.push({ code: "shared_objectives", objectives: sharedObjectives });
  if (sharedOdd.length) reasons.push({ code: "shared_odd", odd: sharedOdd });
  if (components.freshness === 1) reasons.push({ code: "recently_updated" });

  return {
    candidateId: candidate.id,
    score,
    components,
    distanceKm,
    partnershipType: suggestPartnershipType(
      strongestOf(focus?.direction === "offer" ? reciprocal : incoming, outgoing, subject, candidate),
      sharedObjectives,
      subject.kind,
      candidate.kind,
    ),
    reasons,
    monthsSinceUpdate: candidate.monthsSinceUpdate,
    beforeAvailability,
  };
}

/** Two-sided: an organisation with many requests waiting ranks lower, one that answers quickly a little higher. */
export function availabilityOf(figures: Pick<MatchProfile, "load" | "responsiveness">): number {
  return (1 - TWO_SIDED.loadPenalty * (figures.load ?? 0)) * (1 + TWO_SIDED.responsivenessWeight * ((figures.responsiveness ?? 0.5) - 0.5));
}

/** A candidate scored without its availability, with it: the same as scoring it with its figures from the start. */
export function withAvailability<T extends ScoredCandidate>(scored: T, figures: Pick<MatchProfile, "load" | "responsiveness">): T {
  return { ...scored, score: Math.min(1, scored.beforeAvailability * availabilityOf(figures)) };
}
