import { describe, expect, it } from "vitest";
import { isValidRna, isValidSiren, isValidSiret } from "../../lib/identifiers/french-identifiers";
import { DEMO_USERS, generateDemoNetwork, shortTerritoryName } from "./demo-network";
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
