import { describe, expect, it } from "vitest";
import { readTerritoriesData, type Commune } from "@/db/seed/territories-data";
import { EARTH_RADIUS_KM, haversineKm, type LatLon } from "@/lib/geo/distance";
import { ODDS, OBJECTIVES, PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { CITY_COMMUNE_CODES, CITY_SCENARIOS, type CityOrganisation, type CityScenario } from "./city-scenarios";
import type { EvalResource } from "./scenarios";

const communes = new Map<string, Commune>(readTerritoriesData().communes.map((commune) => [commune.code, commune]));
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
const CITIES = ["paris", "lyon", "lille", "marseille"] as const;

// The organisation's place: its commune's point, moved by its offset in km (east, north).
function placeOf(organisation: CityOrganisation): LatLon {
  const commune = communes.get(organisation.communeCode);
  if (!commune) throw new Error(`unknown commune ${organisation.communeCode}`);
  const offset = organisation.offsetKm ?? { x: 0, y: 0 };
  return {
    lat: commune.lat + offset.y / KM_PER_DEGREE,
    lon: commune.lon + offset.x / (KM_PER_DEGREE * Math.cos((commune.lat * Math.PI) / 180)),
  };
}

const organisationOf = (scenario: CityScenario, key: string) => scenario.organisations.find((organisation) => organisation.key === key)!;
const kmBetween = (scenario: CityScenario, a: string, b: string) => haversineKm(placeOf(organisationOf(scenario, a)), placeOf(organisationOf(scenario, b)));
// One resource answers another: the same kind and at least one theme in common.
const answers = (offer: EvalResource, need: EvalResource) =>
  offer.resourceKind === need.resourceKind && offer.themes.some((theme) => need.themes.includes(theme));
const answersKind = (offers: EvalResource[], needs: EvalResource[]) => needs.some((need) => offers.some((offer) => offer.resourceKind === need.resourceKind));
const meetsAllNeeds = (candidate: CityOrganisation, subject: CityOrganisation) =>
  subject.needs.every((need) => candidate.offers.some((offer) => answers(offer, need)));
const meetsSomeNeed = (candidate: CityOrganisation, subject: CityOrganisation) =>
  subject.needs.some((need) => candidate.offers.some((offer) => answers(offer, need)));

describe("the city evaluation scenarios", () => {
  it("are well formed: unique ids and keys, the subject present, 3 to 6 expected partners of the scenario", () => {
    expect(CITY_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CITY_SCENARIOS.map((scenario) => scenario.id)).size).toBe(CITY_SCENARIOS.length);
    for (const scenario of CITY_SCENARIOS) {
      expect(scenario.id, scenario.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(scenario.title.length, scenario.id).toBeGreaterThan(10);
      const sentences = scenario.rationale.split(/[.!?](?:\s|$)/).filter((sentence) => sentence.trim() !== "").length;
      expect(sentences, `${scenario.id}: rationale sentences`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${scenario.id}: rationale sentences`).toBeLessThanOrEqual(4);
      expect(scenario.organisations.length, scenario.id).toBeGreaterThanOrEqual(8);
      expect(scenario.organisations.length, scenario.id).toBeLessThanOrEqual(12);
      const keys = new Set(scenario.organisations.map((organisation) => organisation.key));
      expect(keys.size, scenario.id).toBe(scenario.organisations.length);
      expect(keys.has(scenario.subject), scenario.id).toBe(true);
      expect(scenario.expected.length, scenario.id).toBeGreaterThanOrEqual(3);
      expect(scenario.expected.length, scenario.id).toBeLessThanOrEqual(6);
      expect(new Set(scenario.expected).size, scenario.id).toBe(scenario.expected.length);
      for (const key of scenario.expected) {
        expect(keys.has(key), `${scenario.id}: ${key}`).toBe(true);
        expect(key, scenario.id).not.toBe(scenario.subject);
      }
      for (const organisation of scenario.organisations) {
        const where = `${scenario.id}: ${organisation.key}`;
        expect(organisation.key, where).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(organisation.themes.length, where).toBeGreaterThan(0);
        for (const odd of organisation.odd) expect(ODDS, where).toContain(odd);
        for (const resource of [...organisation.needs, ...organisation.offers]) expect(resource.themes.length, where).toBeGreaterThan(0);
        expect(organisation.monthsSinceUpdate, where).toBeGreaterThanOrEqual(0);
        if (organisation.offsetKm) expect(Math.hypot(organisation.offsetKm.x, organisation.offsetKm.y), where).toBeLessThanOrEqual(10);
      }
      const subject = organisationOf(scenario, scenario.subject);
      expect(subject.needs.length + subject.offers.length, scenario.id).toBeGreaterThan(0);
      if (scenario.focus) {
        const list = scenario.focus.direction === "need" ? subject.needs : subject.offers;
        expect(scenario.focus.index, scenario.id).toBeGreaterThanOrEqual(0);
        expect(scenario.focus.index, scenario.id).toBeLessThan(list.length);
      }
    }
  });

  it("place every organisation in a real commune, the subject in its city's intercommunality", () => {
    for (const scenario of CITY_SCENARIOS) {
      for (const organisation of scenario.organisations)
        expect(communes.has(organisation.communeCode), `${scenario.id}: ${organisation.key} in ${organisation.communeCode}`).toBe(true);
      const city = communes.get(CITY_COMMUNE_CODES[scenario.city])!;
      const subject = communes.get(organisationOf(scenario, scenario.subject).communeCode)!;
      expect(subject.epciCode, scenario.id).toBe(city.epciCode);
    }
  });

  it("dense scenarios: the subject and most organisations sit on commune points close to it", () => {
    for (const scenario of CITY_SCENARIOS.filter((scenario) => scenario.tags.includes("dense"))) {
      expect(organisationOf(scenario, scenario.subject).offsetKm, scenario.id).toBeUndefined();
      const close = scenario.organisations.filter((organisation) => !organisation.offsetKm && kmBetween(scenario, scenario.subject, organisation.key) <= 12);
      expect(close.length * 2, scenario.id).toBeGreaterThan(scenario.organisations.length);
    }
  });

  it("far-best scenarios: the intended partner is expected, 12–20 km away, meets every need and needs an offer; nearer ones fit only partly", () => {
    for (const scenario of CITY_SCENARIOS.filter((scenario) => scenario.tags.includes("far-best"))) {
      const intended = scenario.intended!;
      expect(intended, scenario.id).toBeDefined();
      expect(scenario.expected, scenario.id).toContain(intended);
      const km = kmBetween(scenario, scenario.subject, intended);
      expect(km, scenario.id).toBeGreaterThanOrEqual(12);
      expect(km, scenario.id).toBeLessThanOrEqual(20);
      const subject = organisationOf(scenario, scenario.subject);
      const partner = organisationOf(scenario, intended);
      expect(meetsAllNeeds(partner, subject), scenario.id).toBe(true);
      expect(meetsSomeNeed(subject, partner), scenario.id).toBe(true);
      const nearer = scenario.organisations.filter(
        (organisation) => organisation.key !== scenario.subject && kmBetween(scenario, scenario.subject, organisation.key) < km,
      );
      for (const organisation of nearer) expect(meetsAllNeeds(organisation, subject), `${scenario.id}: ${organisation.key}`).toBe(false);
      // Some nearer organisation (within 5 km) does answer part of the needs: the decoy the distance favours.
      expect(
        nearer.some((organisation) => kmBetween(scenario, scenario.subject, organisation.key) <= 5 && meetsSomeNeed(organisation, subject)),
        scenario.id,
      ).toBe(true);
    }
    for (const scenario of CITY_SCENARIOS.filter((scenario) => !scenario.tags.includes("far-best"))) expect(scenario.intended, scenario.id).toBeUndefined();
  });

  it("two-way scenarios: an expected exchange partner, and a one-way candidate left out", () => {
    for (const scenario of CITY_SCENARIOS.filter((scenario) => scenario.tags.includes("two-way"))) {
      const subject = organisationOf(scenario, scenario.subject);
      const others = scenario.organisations.filter((organisation) => organisation.key !== scenario.subject);
      const exchanges = (organisation: CityOrganisation) => answersKind(organisation.offers, subject.needs) && answersKind(subject.offers, organisation.needs);
      const oneWay = (organisation: CityOrganisation) => answersKind(subject.offers, organisation.needs) && !answersKind(organisation.offers, subject.needs);
      expect(
        others.some((organisation) => scenario.expected.includes(organisation.key) && exchanges(organisation)),
        scenario.id,
      ).toBe(true);
      expect(
        others.some((organisation) => !scenario.expected.includes(organisation.key) && oneWay(organisation) && organisation.monthsSinceUpdate <= 24),
        scenario.id,
      ).toBe(true);
    }
  });

  it("cover each city, tag, objective and partnership type", () => {
    const tagged = (tag: CityScenario["tags"][number]) => CITY_SCENARIOS.filter((scenario) => scenario.tags.includes(tag));
    for (const city of CITIES) {
      expect(tagged("dense").filter((scenario) => scenario.city === city).length, city).toBeGreaterThanOrEqual(2);
      expect(
        tagged("far-best").some((scenario) => scenario.city === city),
        city,
      ).toBe(true);
    }
    expect(tagged("far-best").length).toBeGreaterThanOrEqual(4);
    expect(tagged("two-way").length).toBeGreaterThanOrEqual(3);
    for (const objective of OBJECTIVES)
      expect(
        CITY_SCENARIOS.some((scenario) => scenario.objective === objective),
        objective,
      ).toBe(true);
    for (const type of PARTNERSHIP_TYPES)
      expect(
        CITY_SCENARIOS.some((scenario) => scenario.partnershipType === type),
        type,
      ).toBe(true);
    expect(CITY_SCENARIOS.filter((scenario) => scenario.focus).length).toBeGreaterThanOrEqual(2);
  });
});
