import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  arrondissementPostcode,
  communeOfArrondissement,
  matchesQualifiers,
  MUNICIPAL_ARRONDISSEMENTS,
  parsePlaceQuery,
  postcodeTypedFor,
  type DepartementNames,
} from "./place-query";

const departements: DepartementNames = {
  codes: new Set(["01", "05", "10", "13", "15", "2A", "46", "51", "52", "69", "75", "93", "971"]),
  byName: new Map([
    ["ain", "01"],
    ["aube", "10"],
    ["lot", "46"],
    ["marne", "51"],
    ["haute marne", "52"],
    ["rhone", "69"],
    ["seine saint denis", "93"],
  ]),
};

describe("reading what follows a commune's name", () => {
  it.each([
    ["Saint-Maurice 52", { name: "saint maurice", departementCode: "52", arrondissement: 52, numberOnly: true }],
    ["Saint-Maurice (52)", { name: "saint maurice", departementCode: "52", arrondissement: 52, numberOnly: true }],
    ["saint maurice haute marne", { name: "saint maurice", departementCode: "52" }],
    ["Saint-Maurice, Haute-Marne (52)", { name: "saint maurice", departementCode: "52" }],
    ["Figeac, Lot", { name: "figeac", departementCode: "46" }],
    ["Figeac 46 Lot", { name: "figeac", departementCode: "46" }],
    ["Lyon 3e", { name: "lyon", arrondissement: 3 }],
    ["Lyon 3ème arrondissement", { name: "lyon", arrondissement: 3 }],
    ["Paris 1er", { name: "paris", arrondissement: 1 }],
    ["Paris 15", { name: "paris", departementCode: "15", arrondissement: 15, numberOnly: true }],
    ["Marseille 13001", { name: "marseille", postcode: "13001" }],
    ["Lyon (69003) — Rhône", { name: "lyon", departementCode: "69", postcode: "69003" }],
    ["Ajaccio 2A", { name: "ajaccio", departementCode: "2A" }],
    ["Saint-Denis Seine-Saint-Denis", { name: "saint denis", departementCode: "93" }],
    ["les abymes 971", { name: "les abymes", departementCode: "971", numberOnly: undefined }],
  ])("%s", (text, expected) => {
    const parsed = parsePlaceQuery(text, departements);
    expect(parsed).toEqual(Object.fromEntries(Object.entries(expected).filter(([, value]) => value !== undefined)));
  });

  it.each(["Lyon", "saint maurice", "Lot", "12", "Marseille 999"])("leaves a plain name alone: %s", (text) => {
    expect(parsePlaceQuery(text, departements)).toBeNull();
  });

  it("stops at a second, different département, and reads a name that ends like one as it is (the search then tries both)", () => {
    expect(parsePlaceQuery("Saint-Maurice 52 Aube", departements)).toEqual({ name: "saint maurice 52", departementCode: "10" });
    expect(parsePlaceQuery("Bar-sur-Aube", departements)).toEqual({ name: "bar sur", departementCode: "10" });
  });

  it("checks a commune against the qualifiers, a bare number being a département or an arrondissement", () => {
    const lyon = { code: "69123", postcodes: ["69001", "69003"], departementCode: "69" };
    const figeac = { code: "46102", postcodes: ["46100"], departementCode: "46" };
    expect(matchesQualifiers(lyon, { name: "lyon", arrondissement: 3 })).toBe(true);
    expect(matchesQualifiers(lyon, { name: "lyon", arrondissement: 12 })).toBe(false);
    expect(matchesQualifiers(lyon, { name: "lyon", departementCode: "03", arrondissement: 3, numberOnly: true })).toBe(true);
    expect(matchesQualifiers(figeac, { name: "figeac", departementCode: "46", arrondissement: 46, numberOnly: true })).toBe(true);
    expect(matchesQualifiers(figeac, { name: "figeac", departementCode: "52" })).toBe(false);
    expect(matchesQualifiers(lyon, { name: "lyon", postcode: "69003" })).toBe(true);
    expect(matchesQualifiers(lyon, { name: "lyon", postcode: "69010" })).toBe(false);
  });

  it.each([
    ["69123", "Lyon 3e", "69003"],
    ["69123", "lyon 3", "69003"],
    ["75056", "Paris 16e", "75016"],
    ["13055", "Marseille 13001", "13001"],
    ["13055", "Marseille", null],
    ["46102", "Figeac 46", null],
  ])("shows the postcode %s was asked with (%s)", (code, text, postcode) => {
    expect(postcodeTypedFor(code, text)).toBe(postcode);
  });
});

describe("municipal arrondissements", () => {
  it("are the COG's: every arrondissement's code leads to its city, and its first postcode is the one computed", () => {
    const require = createRequire(import.meta.url);
    const communes = JSON.parse(readFileSync(require.resolve("@etalab/decoupage-administratif/data/communes.json"), "utf8")) as Array<{
      code: string;
      type: string;
      commune?: string;
      codesPostaux?: string[];
    }>;
    const arrondissements = communes.filter((commune) => commune.type === "arrondissement-municipal");
    expect(arrondissements.length).toBe(MUNICIPAL_ARRONDISSEMENTS.reduce((sum, city) => sum + city.count, 0));
    for (const arrondissement of arrondissements) {
      expect(communeOfArrondissement(arrondissement.code)).toBe(arrondissement.commune);
      const number = Number(arrondissement.code) - MUNICIPAL_ARRONDISSEMENTS.find((city) => city.communeCode === arrondissement.commune)!.firstCode + 1;
      expect(arrondissementPostcode(arrondissement.commune!, number)).toBe(arrondissement.codesPostaux?.[0]);
    }
    expect(communeOfArrondissement("69123")).toBeNull();
    expect(communeOfArrondissement("75121")).toBeNull();
    expect(arrondissementPostcode("69123", 10)).toBeNull();
  });
});
