// The place search (CommuneSearchIndex.searchPlace) on the committed reference data, the communes the app holds.
import { beforeAll, describe, expect, it } from "vitest";
import { readTerritoriesData } from "@/db/seed/territories-data";
import { CommuneSearchIndex, normalizeSearchText, tokenTier } from "./commune-search";

type Row = ReturnType<typeof readTerritoriesData>["communes"][number] & { searchName: string; departementName: string };
let index: CommuneSearchIndex<Row>;
beforeAll(() => {
  const data = readTerritoriesData();
  const departementNames = new Map(data.departements.map((departement) => [departement.code, departement.name]));
  index = new CommuneSearchIndex(
    data.communes.map((commune) => ({
      ...commune,
      searchName: normalizeSearchText(commune.name),
      departementName: departementNames.get(commune.departementCode)!,
    })),
  );
});

const codes = (text: string, limit = 20) => index.searchPlace(text, limit).communes.map((commune) => commune.code);

describe("searching a place as people type it", () => {
  it.each([
    // A département, by code or by name, after the name.
    ["Saint-Maurice 52", "52453"],
    ["saint maurice haute marne", "52453"],
    ["St-Maurice (52)", "52453"],
    ["Figeac, Lot", "46102"],
    ["Figeac 46", "46102"],
    // An arrondissement, by its ordinal or its postcode: the city.
    ["Lyon 3e", "69123"],
    ["Lyon 3ème arrondissement", "69123"],
    ["Paris 15", "75056"],
    ["Marseille 13001", "13055"],
    ["Lyon (69003) — Rhône", "69123"],
    // One obvious answer: the only name that begins so, the only typo close enough.
    ["evian", "74119"],
    ["figeak", "46102"],
    ["besancon", "25056"],
    // A name that ends like a département is read whole first.
    ["Bar-sur-Aube", "10033"],
    ["Villeneuve-sur-Lot", "47323"],
  ])("%s names one commune", (text, code) => {
    const found = index.searchPlace(text, 20);
    expect(found.obvious?.code).toBe(code);
    expect(found.communes[0]?.code).toBe(code);
  });

  it.each(["Saint-Maur", "Saint-Maurice", "st maurice", "lyo", "toulouze"])("%s leaves the choice to the person", (text) => {
    const found = index.searchPlace(text, 20);
    expect(found.obvious).toBeNull();
    expect(found.communes.length).toBeGreaterThan(1);
  });

  it("reads st as saint, and a word only where a name's word begins (no Aurice for st maurice)", () => {
    const found = codes("st maurice", 50);
    expect(found).not.toContain("40020");
    expect(found.slice(0, 5).every((code) => index.byInseeCode(code)?.name === "Saint-Maurice")).toBe(true);
    expect(codes("saint maurice", 50)).toEqual(found);
    // Still a beginning to complete: "st" may be Strasbourg as much as Saint-….
    expect(codes("st", 3)).toContain("67482");
    expect(codes("maur fosses")[0]).toBe("94068");
  });

  it("puts homonyms by population, and a far larger longer name before them", () => {
    expect(codes("Saint-Maur", 6)).toEqual(["94068", "36202", "60588", "18225", "39492", "32393"]);
    expect(codes("saint denis", 2)).toEqual(["97411", "93066"]);
    // A typo of a city far larger than the names that begin as typed.
    expect(codes("toulouze", 1)).toEqual(["31555"]);
    expect(codes("lyo", 1)).toEqual(["69123"]);
    expect(codes("nant", 2)).toEqual(["44109", "92050"]);
  });

  it("narrows homonyms to a département without losing the rest of the search", () => {
    const inValDeMarne = index.searchPlace("Saint-Maurice 94", 20);
    expect(inValDeMarne.obvious?.code).toBe("94069");
    expect(inValDeMarne.communes.every((commune) => commune.departementCode === "94")).toBe(true);
    expect(inValDeMarne.query).toMatchObject({ name: "saint maurice", departementCode: "94" });
    // Nothing of that name there: the text is searched as it is.
    expect(index.searchPlace("Figeac 52", 20).query).toBeNull();
  });

  it("answers nothing for nothing", () => {
    expect(index.searchPlace(" -- ", 10)).toEqual({ communes: [], obvious: null, query: null });
    expect(codes("zzqxw")).toEqual([]);
  });
});

describe("matching typed words to a name's words", () => {
  it.each([
    [["saint", "maurice"], ["saint", "maurice"], "exact"],
    [["st", "maurice"], ["saint", "maurice"], "exact"],
    [["saint", "mau"], ["saint", "maurice", "sur", "moselle"], "prefix"],
    [["st"], ["strasbourg"], "prefix"],
    [["maur", "fosses"], ["saint", "maur", "des", "fosses"], "words"],
    [["maurice"], ["aurice"], null],
    [["fosses", "maur"], ["saint", "maur", "des", "fosses"], null],
    [["sain", "maurice"], ["saint", "maurice"], "words"],
  ] as const)("%j in %j: %s", (tokens, words, tier) => {
    expect(tokenTier(tokens, words)).toBe(tier);
  });
});
