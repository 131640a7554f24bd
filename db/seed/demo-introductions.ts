// Demo introductions with their event history, so the observatory and the catalysts' dashboards have something to
// show: ~300 requests over the 18 months before the reference date, between nearby published organisations, in
// every status of the workflow, each history a valid path of lib/introductions/workflow.ts.
// Drawn from their own seed, so adding them left the rest of the demo network exactly as it was.
import type { CatalystCoverage, NewNeedOffer, NewOrganisation, introductionEvents, introductions } from "../schema";
import { EXPIRY_DAYS, REMINDER_DAYS, TRANSITIONS, isPending, type IntroductionAction, type IntroductionRole } from "../../lib/introductions/workflow";
import {
  OBJECTIVES,
  PARTNERSHIP_TYPES,
  type ActorKind,
  type IntroductionStatus,
  type Objective,
  type PartnershipType,
  type Theme,
} from "../../lib/shared/vocabulary";
import { DEMO_REFERENCE_DATE, THEME_NOUNS } from "./factories";
import { SeededRandom } from "./random";
import type { TerritoryCommune } from "./territories-data";
import { DAY_MS } from "../../lib/shared/time";

export const DEMO_INTRODUCTIONS_SEED = 1_717;
const HOUR_MS = 3_600_000;
/** How far back the demo introductions go (about 18 months). */
export const DEMO_INTRODUCTIONS_SPAN_DAYS = 540;

/** How many introductions end in each status: about a third become alliances, a few are still pending. */
export const DEMO_INTRODUCTION_PLAN: Record<IntroductionStatus, number> = {
  submitted: 18,
  forwarded: 16,
  rejected: 20,
  accepted: 18,
  declined: 26,
  meeting_held: 24,
  alliance_started: 100,
  closed: 40,
  withdrawn: 14,
  expired: 24,
};

/** Non-pending introductions placed on purpose in each staffed catalyst's territory, for its dashboard. */
const PER_STAFFED_CATALYST = 12;
/** No organisation takes part in more than this many demo introductions. */
const MAX_PER_ORGANISATION = 3;

type NewIntroduction = typeof introductions.$inferInsert;
type NewIntroductionEvent = typeof introductionEvents.$inferInsert;

export interface DemoIntroductions {
  introductions: (NewIntroduction & { id: string })[];
  /** In insertion order (the identity column numbers them), grouped by introduction, oldest first. */
  events: (NewIntroductionEvent & { introductionId: string; createdAt: Date })[];
}

export interface DemoIntroductionInput {
  communes: Map<string, TerritoryCommune>;
  catalysts: { id: string }[];
  coverage: CatalystCoverage[];
  organisations: (NewOrganisation & { id: string })[];
  needsOffers: NewNeedOffer[];
  memberships: { organisationId: string }[];
  catalystStaff: { userId: string; catalystId: string }[];
  adminUserId: string | null;
}

type Step = { action: IntroductionAction | null; to: IntroductionStatus };

const REJECTION_NOTES = [
  "Demande trop générale : précisez votre besoin avant de renouveler la demande.",
  "Cette organisation n'accueille pas de nouvelles sollicitations pour le moment.",
  "Un partenaire plus proche de votre besoin existe sur le territoire : contactez-nous.",
];
const DECLINE_NOTES = ["Pas disponible en ce moment, peut-être l'an prochain.", "Ce projet ne correspond pas à nos priorités actuelles.", null];
const FORWARD_NOTES = ["Belle complémentarité entre vos deux structures.", "Je vous présente : vos projets se rejoignent.", null];
const ALLIANCE_NOTES: Record<PartnershipType, string> = {
  mecenat: "Convention de mécénat signée.",
  responsible_practices: "Accompagnement des pratiques engagé pour un an.",
  economic_cooperation: "Offre commune lancée ensemble.",
  societal_innovation: "Expérimentation lancée sur le territoire.",
};
const CLOSE_NOTES = ["Pas de suite pour le moment.", "Calendriers incompatibles cette année.", null];

/** The partnership type a pair of actors most plausibly hopes for (DOMAIN.md: what the offer suggests). */
function plausiblePartnership(random: SeededRandom, kinds: [ActorKind, ActorKind]): PartnershipType {
  const has = (kind: ActorKind) => kinds.includes(kind);
  if ((has("entreprise") || has("fondation")) && (has("association") || has("collectif"))) {
    return random.weighted(PARTNERSHIP_TYPES, [50, 25, 10, 15]);
  }
  if (has("entreprise")) return random.weighted(PARTNERSHIP_TYPES, [15, 20, 45, 20]);
  if (has("collectivite") || has("etat")) return random.weighted(PARTNERSHIP_TYPES, [10, 15, 25, 50]);
  return random.weighted(PARTNERSHIP_TYPES, [20, 25, 20, 35]);
}

function plausibleObjective(random: SeededRandom, partnership: PartnershipType): Objective {
  const weights: Record<PartnershipType, number[]> = {
    mecenat: [50, 20, 10, 20],
    responsible_practices: [55, 15, 15, 15],
    economic_cooperation: [20, 50, 10, 20],
    societal_innovation: [10, 15, 45, 30],
  };
  return random.weighted(OBJECTIVES, weights[partnership]);
}

/** The statuses an introduction goes through to end in `status`, with the action taking it to each. */
function pathTo(random: SeededRandom, status: IntroductionStatus): Step[] {
  const step = (action: IntroductionAction): Step => ({ action, to: TRANSITIONS[action].to });
  const start: Step[] = [{ action: null, to: "submitted" }];
  const forwarded = [...start, step("forward")];
  const accepted = [...forwarded, step("accept")];
  switch (status) {
    case "submitted":
      return start;
    case "forwarded":
      return forwarded;
    case "rejected":
      return [...start, step("reject")];
    case "declined":
      return [...forwarded, step("decline")];
    case "withdrawn":
      return [...(random.chance(0.5) ? forwarded : start), step("withdraw")];
    case "expired":
      return [...(random.chance(0.7) ? forwarded : start), step("expire")];
    case "accepted":
      return accepted;
    case "meeting_held":
      return [...accepted, step("record_meeting")];
    case "closed":
      return [...accepted, ...(random.chance(0.7) ? [step("record_meeting")] : []), step("close")];
    case "alliance_started":
      return [...accepted, ...(random.chance(0.85) ? [step("record_meeting")] : []), step("start_alliance")];
  }
}

/** Delay before each action, in ms; the decisions of the pending phase all fit well within the 30 days. */
function delayBefore(random: SeededRandom, action: IntroductionAction, previous: IntroductionStatus): number {
  const days = (min: number, max: number) => Math.round(((min + random.next() * (max - min)) * DAY_MS) / 60_000) * 60_000;
  switch (action) {
    case "forward":
      return days(0.2, 5);
    case "reject":
      return days(0.5, 6);
    case "accept":
      return days(0.5, 12);
    case "decline":
      return days(1, 15);
    case "withdraw":
      return days(1, 18);
    case "expire":
      return 0; // placed at day 30 by the caller
    case "record_meeting":
      return days(5, 40);
    case "start_alliance":
      return previous === "meeting_held" ? days(7, 90) : days(10, 60);
    case "close":
      return days(14, 120);
  }
}

export function generateDemoIntroductions(input: DemoIntroductionInput): DemoIntroductions {
  const random = new SeededRandom(DEMO_INTRODUCTIONS_SEED);
  const reference = DEMO_REFERENCE_DATE.getTime();

  // Which catalysts cover a commune, most specific coverage first (commune, then intercommunality, then département).
  const catalystOrder = new Map(input.catalysts.map((catalyst, index) => [catalyst.id, index]));
  const coverageByTerritory = new Map<string, { catalystId: string; rank: number }[]>();
  const rank = { commune: 0, intercommunality: 1, departement: 2 } as const;
  for (const item of input.coverage) {
    const key = `${item.territoryKind}:${item.territoryCode}`;
    pushTo(coverageByTerritory, key, { catalystId: item.catalystId, rank: rank[item.territoryKind] });
  }
  const coveringCache = new Map<string, string[]>();
  const catalystsCovering = (communeCode: string): string[] => {
    const cached = coveringCache.get(communeCode);
    if (cached) return cached;
    const commune = input.communes.get(communeCode);
    const keys = commune
      ? [`commune:${commune.code}`, `intercommunality:${commune.epciCode}`, `intercommunality:${commune.eptCode}`, `departement:${commune.departementCode}`]
      : [];
    const found = keys
      .flatMap((key) => coverageByTerritory.get(key) ?? [])
      .sort((a, b) => a.rank - b.rank || (catalystOrder.get(a.catalystId) ?? 0) - (catalystOrder.get(b.catalystId) ?? 0))
      .map((item) => item.catalystId);
    const result = [...new Set(found)];
    coveringCache.set(communeCode, result);
    return result;
  };

  const staffOf = new Map<string, string>();
  for (const staff of input.catalystStaff) if (!staffOf.has(staff.catalystId)) staffOf.set(staff.catalystId, staff.userId);
  const staffedCatalysts = [...new Set(input.catalystStaff.map((staff) => staff.catalystId))];
  const inStaffedTerritory = (communeCode: string) => catalystsCovering(communeCode).some((id) => staffOf.has(id));

  // Organisations of demo users never take part: the e2e journeys start from a clean slate for them.
  const excluded = new Set(input.memberships.map((membership) => membership.organisationId));
  const eligible = input.organisations.filter((organisation) => organisation.status === "published" && !excluded.has(organisation.id));
  const byDepartement = new Map<string, typeof eligible>();
  const byRegion = new Map<string, typeof eligible>();
  for (const organisation of eligible) {
    const commune = input.communes.get(organisation.communeCode);
    if (!commune) continue;
    pushTo(byDepartement, commune.departementCode, organisation);
    pushTo(byRegion, commune.regionCode, organisation);
  }
  const openNeeds = new Map<string, string[]>();
  for (const item of input.needsOffers) {
    if (item.direction !== "need" || item.status !== "open" || !item.id) continue;
    pushTo(openNeeds, item.organisationId, item.id);
  }

  // In a staffed catalyst's territory, only where it is the catalyst the introduction goes through.
  const focusTargets = new Map(staffedCatalysts.map((id) => [id, eligible.filter((organisation) => catalystsCovering(organisation.communeCode)[0] === id)]));
  const outsideStaffedTerritories = eligible.filter((organisation) => !inStaffedTerritory(organisation.communeCode));

  const participations = new Map<string, number>();
  const pairs = new Set<string>();
  const introductions: DemoIntroductions["introductions"] = [];
  const events: DemoIntroductions["events"] = [];

  const planned = random.shuffle(
    (Object.entries(DEMO_INTRODUCTION_PLAN) as [IntroductionStatus, number][]).flatMap(([status, count]) => Array.from({ length: count }, () => status)),
  );
  const focusCount = new Map<string, number>(staffedCatalysts.map((id) => [id, 0]));

  for (const status of planned) {
    const pending = isPending(status);
    // Fill the staffed catalysts' dashboards first (with decided introductions only: their e2e journeys expect
    // no pending request in their territory), then spread the rest over the country.
    const focus = pending ? undefined : staffedCatalysts.find((id) => (focusCount.get(id) ?? 0) < PER_STAFFED_CATALYST);
    const pool = focus ? (focusTargets.get(focus) ?? []) : pending ? outsideStaffedTerritories : eligible;
    const allowed = (organisation: NewOrganisation & { id: string }) =>
      (participations.get(organisation.id) ?? 0) < MAX_PER_ORGANISATION && !(pending && inStaffedTerritory(organisation.communeCode));

    for (let attempt = 0; attempt < 500 && pool.length; attempt += 1) {
      const target = random.pick(pool);
      if (!allowed(target)) continue;
      const targetCommune = input.communes.get(target.communeCode)!;
      // Partners are near each other: the same département most of the time, else the same région.
      const sameDepartement = random.chance(0.85);
      const neighbours = (sameDepartement ? byDepartement.get(targetCommune.departementCode) : byRegion.get(targetCommune.regionCode)) ?? [];
      const crossSector = random.chance(0.9);
      const candidates = neighbours.filter(
        (organisation) =>
          organisation.id !== target.id &&
          allowed(organisation) &&
          (!crossSector || organisation.kind !== target.kind) &&
          !pairs.has([organisation.id, target.id].sort().join(":")),
      );
      if (!candidates.length) continue;
      const requester = random.pick(candidates);
      const path = pathTo(random, status);
      const timeline = buildTimeline(random, path, status, reference);
      const earliestStart =
        Math.max(
          (requester.publishedAt ?? requester.createdAt ?? DEMO_REFERENCE_DATE).getTime(),
          (target.publishedAt ?? target.createdAt ?? DEMO_REFERENCE_DATE).getTime(),
        ) + DAY_MS;
      if (!timeline || timeline[0]! < earliestStart) continue;

      const catalystId = catalystsCovering(target.communeCode)[0] ?? catalystsCovering(requester.communeCode)[0] ?? null;
      const id = random.uuid();
      const kinds: [ActorKind, ActorKind] = [requester.kind, target.kind];
      const hoped = plausiblePartnership(random, kinds);
      const outcome = status === "alliance_started" ? (random.chance(0.7) ? hoped : random.pick(PARTNERSHIP_TYPES)) : null;
      const sharedThemes: Theme[] = [...(requester.themes ?? []), ...(target.themes ?? [])];
      const theme = random.pick(sharedThemes.length ? sharedThemes : (["social_ties"] as const));
      const needs = openNeeds.get(requester.id) ?? [];
      const catalystActor = catalystId ? (staffOf.get(catalystId) ?? null) : input.adminUserId;
      const roleActor = (role: IntroductionRole) => (role === "catalyst" || role === "admin" ? catalystActor : null);

      let catalystNote: string | null = null;
      let decisionReason: string | null = null;
      const submittedAt = timeline[0]!;
      let leftPendingAt = reference;
      path.forEach((step, index) => {
        const at = new Date(timeline[index]!);
        let note: string | null = null;
        let actor: string | null = null;
        if (step.action === "forward") {
          note = random.pick(FORWARD_NOTES);
          catalystNote = note;
          actor = roleActor(catalystId ? "catalyst" : "admin");
        } else if (step.action === "reject") {
          note = random.pick(REJECTION_NOTES);
          catalystNote = note;
          decisionReason = note;
          actor = roleActor(catalystId ? "catalyst" : "admin");
        } else if (step.action === "decline") {
          note = random.pick(DECLINE_NOTES);
          decisionReason = note;
        } else if (step.action === "start_alliance") {
          note = ALLIANCE_NOTES[outcome!];
          actor = random.chance(0.4) ? roleActor("catalyst") : null;
        } else if (step.action === "close") {
          note = random.pick(CLOSE_NOTES);
        } else if (step.action === "record_meeting") {
          actor = random.chance(0.4) ? roleActor("catalyst") : null;
        }
        if (index > 0 && isPending(path[index - 1]!.to) && !isPending(step.to)) leftPendingAt = at.getTime();
        events.push({
          introductionId: id,
          actorUserId: actor,
          fromStatus: index === 0 ? null : path[index - 1]!.to,
          toStatus: step.to,
          note,
          createdAt: at,
        });
      });
      const pendingDays = (leftPendingAt - submittedAt) / DAY_MS;
      introductions.push({
        id,
        requesterOrganisationId: requester.id,
        targetOrganisationId: target.id,
        catalystId,
        requestedByUserId: null,
        needOfferId: needs.length && random.chance(0.6) ? random.pick(needs) : null,
        objective: plausibleObjective(random, hoped),
        hopedPartnershipType: hoped,
        message: `Bonjour, nous aimerions rencontrer ${target.name} pour agir ensemble sur ${THEME_NOUNS[theme]}. Merci pour la mise en relation !`,
        catalystNote,
        decisionReason,
        status,
        outcomePartnershipType: outcome,
        remindersSent: REMINDER_DAYS.filter((day) => pendingDays >= day).length,
        expiresAt: new Date(submittedAt + EXPIRY_DAYS * DAY_MS),
        createdAt: new Date(submittedAt),
        updatedAt: new Date(timeline[timeline.length - 1]!),
      });
      for (const organisation of [requester, target]) participations.set(organisation.id, (participations.get(organisation.id) ?? 0) + 1);
      pairs.add([requester.id, target.id].sort().join(":"));
      if (focus) focusCount.set(focus, (focusCount.get(focus) ?? 0) + 1);
      break;
    }
  }
  return { introductions, events };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The times of each step (ms), oldest first, all before the reference date: pending introductions are younger
 * than 30 days, expired ones expire when the daily job passes after day 30, recent statuses (accepted, meeting
 * held) are recent. Older requests are a little rarer, as a network that grows.
 */
function buildTimeline(random: SeededRandom, path: Step[], status: IntroductionStatus, reference: number): number[] | null {
  if (isPending(status)) {
    const age = Math.round((HOUR_MS + random.next() * (EXPIRY_DAYS - 1) * DAY_MS) / 60_000) * 60_000;
    const start = reference - age;
    if (status === "submitted") return [start];
    const forwardedAfter = Math.max(60_000, Math.round((random.next() * Math.min(5 * DAY_MS, age * 0.8)) / 60_000) * 60_000);
    return [start, start + forwardedAfter];
  }
  const offsets = [0];
  for (let index = 1; index < path.length; index += 1) {
    const step = path[index]!;
    const previous = offsets[index - 1]!;
    offsets.push(
      step.action === "expire"
        ? EXPIRY_DAYS * DAY_MS + Math.round((random.next() * 20 * HOUR_MS) / 60_000) * 60_000
        : previous + Math.max(60_000, delayBefore(random, step.action!, path[index - 1]!.to)),
    );
  }
  const duration = offsets[offsets.length - 1]!;
  const recentWithin = status === "accepted" ? 45 * DAY_MS : status === "meeting_held" ? 150 * DAY_MS : DEMO_INTRODUCTIONS_SPAN_DAYS * DAY_MS - duration;
  if (recentWithin <= HOUR_MS) return null;
  const end = reference - HOUR_MS - Math.round((random.next() ** 1.1 * recentWithin) / 60_000) * 60_000;
  const start = end - duration;
  if (start < reference - DEMO_INTRODUCTIONS_SPAN_DAYS * DAY_MS) return null;
  return offsets.map((offset) => start + offset);
}
