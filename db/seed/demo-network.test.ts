import { describe, expect, it } from "vitest";
import { INTRODUCTION_STATUSES, type IntroductionStatus } from "../../lib/shared/vocabulary";
import { isValidRna, isValidSiren, isValidSiret } from "../../lib/shared/french-identifiers";
import { EXPIRY_DAYS, INTRODUCTION_ACTIONS, TRANSITIONS, checkTransition, isPending, type IntroductionRole } from "../../lib/introductions/workflow";
import { DEMO_INTRODUCTIONS_SPAN_DAYS } from "./demo-introductions";
import { DEMO_USERS, generateDemoNetwork, shortTerritoryName } from "./demo-network";
import { DEMO_REFERENCE_DATE } from "./factories";
import { readTerritoriesData } from "./territories-data";

const territories = readTerritoriesData();
const network = generateDemoNetwork(territories);

describe("the demo network", () => {
  it("is identical from run to run", () => {
    const again = generateDemoNetwork(readTerritoriesData());
    expect(JSON.stringify(again)).toBe(JSON.stringify(network));
  });

  it("has about 350 catalysts and 5,000 organisations, each organisation with needs or offers", () => {
    expect(network.catalysts.length).toBeGreaterThanOrEqual(330);
    expect(network.catalysts.length).toBeLessThanOrEqual(360);
    expect(network.organisations).toHaveLength(5_000);
    const withItems = new Set(network.needsOffers.map((item) => item.organisationId));
    expect(network.organisations.every((organisation) => withItems.has(organisation.id))).toBe(true);
    const kinds = new Set(network.organisations.map((organisation) => organisation.kind));
    expect(kinds.size).toBe(8);
  });

  it("gives each need or offer some of its organisation's themes, often more than one", () => {
    const themesOf = new Map(network.organisations.map((organisation) => [organisation.id, organisation.themes ?? []]));
    for (const item of network.needsOffers) {
      const themes = item.themes ?? [];
      expect(themes.length, item.title).toBeGreaterThanOrEqual(1);
      expect(new Set(themes).size, item.title).toBe(themes.length);
      expect(
        themes.every((theme) => themesOf.get(item.organisationId)!.includes(theme)),
        item.title,
      ).toBe(true);
    }
    const several = network.needsOffers.filter((item) => (item.themes ?? []).length > 1).length;
    expect(several / network.needsOffers.length).toBeGreaterThan(0.2);
  });

  it("places everything in real communes and covers real territories, leaving white zones", () => {
    const communes = new Set(territories.communes.map((commune) => commune.code));
    const epci = new Set(territories.intercommunalities.map((item) => item.code));
    const departements = new Set(territories.departements.map((item) => item.code));
    expect(network.organisations.every((organisation) => communes.has(organisation.communeCode))).toBe(true);
    expect(network.catalysts.every((catalyst) => communes.has(catalyst.communeCode))).toBe(true);
    for (const item of network.coverage) {
      const known = { commune: communes, intercommunality: epci, departement: departements }[item.territoryKind];
      expect(known.has(item.territoryCode), `${item.territoryKind} ${item.territoryCode}`).toBe(true);
    }
    const coveredDepartements = new Set(network.coverage.filter((item) => item.territoryKind === "departement").map((item) => item.territoryCode));
    const coveredEpci = new Set(network.coverage.filter((item) => item.territoryKind === "intercommunality").map((item) => item.territoryCode));
    const coveredCommunes = new Set(network.coverage.filter((item) => item.territoryKind === "commune").map((item) => item.territoryCode));
    const uncovered = territories.communes.filter(
      (commune) =>
        !coveredDepartements.has(commune.departementCode) &&
        !(commune.epciCode && coveredEpci.has(commune.epciCode)) &&
        !(commune.eptCode && coveredEpci.has(commune.eptCode)) &&
        !coveredCommunes.has(commune.code),
    );
    // White zones exist, but most of the country is covered.
    expect(uncovered.length).toBeGreaterThan(1_000);
    expect(uncovered.length).toBeLessThan(territories.communes.length / 2);
  });

  it("uses well-formed identifiers and fictitious contacts", () => {
    for (const organisation of network.organisations) {
      if (organisation.siren) expect(isValidSiren(organisation.siren), organisation.siren).toBe(true);
      if (organisation.siret) expect(isValidSiret(organisation.siret), organisation.siret).toBe(true);
      if (organisation.rna) expect(isValidRna(organisation.rna), organisation.rna).toBe(true);
      expect(organisation.contactEmail).toMatch(/\.example$/);
      expect(organisation.isDemo).toBe(true);
    }
    expect(new Set(network.organisations.map((organisation) => organisation.slug)).size).toBe(5_000);
    expect(new Set(network.catalysts.map((catalyst) => catalyst.slug)).size).toBe(network.catalysts.length);
  });

  it("has users of every role, staff attached to a catalyst and members owning an organisation", () => {
    expect(new Set(DEMO_USERS.map((user) => user.role))).toEqual(new Set(["admin", "catalyst", "member"]));
    expect(network.users.filter((user) => user.isAdmin)).toHaveLength(1);
    expect(network.catalystStaff).toHaveLength(DEMO_USERS.filter((user) => user.role === "catalyst").length);
    expect(network.memberships).toHaveLength(DEMO_USERS.filter((user) => user.role === "member").length);
  });
});

describe("the demo introductions", () => {
  const DAY_MS = 86_400_000;
  const communes = new Map(territories.communes.map((commune) => [commune.code, commune]));
  const organisations = new Map(network.organisations.map((organisation) => [organisation.id, organisation]));
  const eventsOf = new Map<string, typeof network.introductionEvents>();
  for (const event of network.introductionEvents) eventsOf.set(event.introductionId, [...(eventsOf.get(event.introductionId) ?? []), event]);
  // Written independently of the generator: does this catalyst's coverage contain this commune?
  const covers = (catalystId: string, communeCode: string) => {
    const commune = communes.get(communeCode)!;
    return network.coverage.some(
      (item) =>
        item.catalystId === catalystId &&
        ((item.territoryKind === "commune" && item.territoryCode === commune.code) ||
          (item.territoryKind === "intercommunality" && [commune.epciCode, commune.eptCode].includes(item.territoryCode)) ||
          (item.territoryKind === "departement" && item.territoryCode === commune.departementCode)),
    );
  };
  const coveredAtAll = (communeCode: string) => network.catalysts.some((catalyst) => covers(catalyst.id, communeCode));
  const adminId = network.users.find((user) => user.isAdmin)!.id;
  const staffedCatalysts = network.catalystStaff.map((staff) => staff.catalystId);

  it("are about 300, in every status, a third of them alliances", () => {
    const counts = new Map<IntroductionStatus, number>();
    for (const introduction of network.introductions) counts.set(introduction.status!, (counts.get(introduction.status!) ?? 0) + 1);
    expect(network.introductions.length).toBeGreaterThanOrEqual(280);
    expect(network.introductions.length).toBeLessThanOrEqual(320);
    for (const status of INTRODUCTION_STATUSES) expect(counts.get(status) ?? 0, status).toBeGreaterThan(0);
    const share = (counts.get("alliance_started") ?? 0) / network.introductions.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.4);
    expect(new Set(network.introductions.map((introduction) => introduction.id)).size).toBe(network.introductions.length);
  });

  it("each follow the workflow's transitions exactly, from submission to their status, in time order", () => {
    expect(eventsOf.size).toBe(network.introductions.length);
    for (const introduction of network.introductions) {
      const history = eventsOf.get(introduction.id) ?? [];
      const context = `introduction ${introduction.id} (${introduction.status})`;
      expect(history[0], context).toMatchObject({ fromStatus: null, toStatus: "submitted" });
      expect(history[0]!.createdAt.getTime(), context).toBe(introduction.createdAt!.getTime());
      for (let index = 1; index < history.length; index += 1) {
        const previous = history[index - 1]!;
        const event = history[index]!;
        expect(event.fromStatus, context).toBe(previous.toStatus);
        expect(event.createdAt.getTime(), context).toBeGreaterThan(previous.createdAt.getTime());
        // Exactly one action leads from one status to the next; whoever acted must be allowed to take it.
        const actions = INTRODUCTION_ACTIONS.filter(
          (action) => TRANSITIONS[action].to === event.toStatus && TRANSITIONS[action].from.includes(previous.toStatus),
        );
        expect(actions, `${context}: ${previous.toStatus} → ${event.toStatus}`).toHaveLength(1);
        const action = actions[0]!;
        const roles: IntroductionRole[] =
          event.actorUserId === adminId
            ? ["admin"]
            : event.actorUserId
              ? network.catalystStaff.some((staff) => staff.userId === event.actorUserId && staff.catalystId === introduction.catalystId)
                ? ["catalyst"]
                : []
              : [...TRANSITIONS[action].by];
        const check = checkTransition(previous.toStatus, action, roles, {
          note: event.note,
          partnershipType: action === "start_alliance" ? introduction.outcomePartnershipType : null,
        });
        expect(check, `${context}: ${action}`).toEqual({ ok: true, to: event.toStatus });
        const age = (event.createdAt.getTime() - history[0]!.createdAt.getTime()) / DAY_MS;
        if (action === "expire") expect(age, context).toBeGreaterThanOrEqual(EXPIRY_DAYS);
        else if (isPending(previous.toStatus)) expect(age, context).toBeLessThan(EXPIRY_DAYS);
      }
      const last = history[history.length - 1]!;
      expect(last.toStatus, context).toBe(introduction.status);
      expect(last.createdAt.getTime(), context).toBe(introduction.updatedAt!.getTime());
      expect(last.createdAt.getTime(), context).toBeLessThanOrEqual(DEMO_REFERENCE_DATE.getTime());
      expect(history[0]!.createdAt.getTime(), context).toBeGreaterThanOrEqual(DEMO_REFERENCE_DATE.getTime() - DEMO_INTRODUCTIONS_SPAN_DAYS * DAY_MS);
      if (introduction.status === "alliance_started") expect(introduction.outcomePartnershipType, context).toBeTruthy();
      else expect(introduction.outcomePartnershipType, context).toBeNull();
      expect(introduction.hopedPartnershipType, context).toBeTruthy();
      expect(introduction.objective, context).toBeTruthy();
      expect(introduction.message, context).toMatch(/^Bonjour/);
    }
  });

  it("are still pending only when younger than the 30 days after which they expire", () => {
    const pending = network.introductions.filter((introduction) => isPending(introduction.status!));
    expect(pending.length).toBeGreaterThan(10);
    for (const introduction of pending) {
      const age = DEMO_REFERENCE_DATE.getTime() - introduction.createdAt!.getTime();
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(EXPIRY_DAYS * DAY_MS);
    }
  });

  it("go through the catalyst of the target's commune, else the requester's, else none", () => {
    for (const introduction of network.introductions) {
      const target = organisations.get(introduction.targetOrganisationId)!;
      const requester = organisations.get(introduction.requesterOrganisationId)!;
      if (introduction.catalystId) {
        const covering =
          covers(introduction.catalystId, target.communeCode) || (!coveredAtAll(target.communeCode) && covers(introduction.catalystId, requester.communeCode));
        expect(covering, introduction.id).toBe(true);
      } else {
        expect(coveredAtAll(target.communeCode) || coveredAtAll(requester.communeCode), introduction.id).toBe(false);
      }
    }
  });

  it("are between distinct published organisations of the same région, mostly of the same département", () => {
    let sameDepartement = 0;
    for (const introduction of network.introductions) {
      const requester = organisations.get(introduction.requesterOrganisationId)!;
      const target = organisations.get(introduction.targetOrganisationId)!;
      expect(requester.id).not.toBe(target.id);
      expect([requester.status, target.status]).toEqual(["published", "published"]);
      expect(requester.publishedAt!.getTime()).toBeLessThan(introduction.createdAt!.getTime());
      expect(target.publishedAt!.getTime()).toBeLessThan(introduction.createdAt!.getTime());
      const [a, b] = [communes.get(requester.communeCode)!, communes.get(target.communeCode)!];
      expect(a.regionCode).toBe(b.regionCode);
      if (a.departementCode === b.departementCode) sameDepartement += 1;
    }
    expect(sameDepartement / network.introductions.length).toBeGreaterThan(0.75);
  });

  it("leave the demo users' organisations alone, and the staffed catalysts' territories with nothing pending", () => {
    const members = new Set(network.memberships.map((membership) => membership.organisationId));
    for (const introduction of network.introductions) {
      expect(members.has(introduction.requesterOrganisationId)).toBe(false);
      expect(members.has(introduction.targetOrganisationId)).toBe(false);
      if (!isPending(introduction.status!)) continue;
      for (const id of [introduction.requesterOrganisationId, introduction.targetOrganisationId]) {
        const communeCode = organisations.get(id)!.communeCode;
        for (const catalystId of staffedCatalysts) expect(covers(catalystId, communeCode), `${introduction.id} ${communeCode}`).toBe(false);
      }
    }
    // …but their dashboards have decided introductions to show.
    for (const catalystId of staffedCatalysts) {
      expect(network.introductions.filter((introduction) => introduction.catalystId === catalystId).length).toBeGreaterThanOrEqual(10);
    }
  });
});

describe("shortTerritoryName", () => {
  it.each([
    ["CC du Pays de Gex", "Pays de Gex"],
    ["CA Grand Lac", "Grand Lac"],
    ["Métropole de Lyon", "Lyon"],
    ["CC Faucigny - Glières", "Faucigny - Glières"],
  ])("%s → %s", (input, expected) => {
    expect(shortTerritoryName(input)).toBe(expected);
  });
});
