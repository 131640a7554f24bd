import { describe, expect, it } from "vitest";
import { CommuneSearchIndex, normalizeSearchText, trigramSimilarity, trigrams } from "./commune-search";

const commune = (code: string, name: string, population: number | null, postcodes: string[]) => ({
  code,
  searchName: normalizeSearchText(name),
  postcodes,
  population,
});

const index = new CommuneSearchIndex([
  commune("31395", "Muret", 25_000, ["31600"]),
  commune("31555", "Toulouse", 500_000, ["31000", "31100", "31200"]),
  commune("69123", "Lyon", 520_000, ["69001", "69002"]),
  commune("69100", "Lyons-la-Forêt", null, ["27480"]),
  commune("93066", "Saint-Denis", 110_000, ["93200"]),
  commune("97411", "Saint-Denis", 150_000, ["97400"]),
  commune("93039", "L'Île-Saint-Denis", 8_000, ["93450"]),
  commune("31600", "Samatan", 2_000, ["32130"]),
]);

describe("in-memory commune search", () => {
  it("normalises as the database does and extracts pg_trgm's trigrams", () => {
    expect(normalizeSearchText("  L'Île-Saint-Denis ")).toBe("l ile saint denis");
    expect(normalizeSearchText("Œuilly")).toBe("oeuilly");
    expect([...trigrams("ab")].sort()).toEqual(["  a", " ab", "ab "]);
    expect(trigrams("ab ab").size).toBe(3);
    expect(trigramSimilarity(2, 4, 4)).toBeCloseTo(1 / 3, 6);
  });

  it("puts the exact name first, then prefixes, the largest first among equals", () => {
    expect(index.searchName("saint denis", 10).map((found) => found.code)).toEqual(["97411", "93066", "93039"]);
    expect(index.searchName("ly", 10).map((found) => found.code)).toEqual(["69123", "69100"]);
  });

  it("tolerates a typo through trigram similarity, and not an unrelated word", () => {
    expect(index.searchName("toulouze", 10).map((found) => found.code)).toEqual(["31555"]);
    expect(index.searchName("bordeaux", 10)).toEqual([]);
    expect(index.searchName(" -- ", 10)).toEqual([]);
  });

  it("completes postcodes from their first digits and knows a code that is also a postcode", () => {
    expect(index.searchDigits("31", 10).map((found) => found.code)).toEqual(["31555", "31395"]);
    // 31600 is Muret's postcode and Samatan's INSEE code: both, each an exact match, the larger first.
    expect(index.searchDigits("31600", 10).map((found) => found.code)).toEqual(["31395", "31600"]);
    expect(index.searchDigits("31", 1).map((found) => found.code)).toEqual(["31555"]);
    expect(index.byInseeCode("69123")?.searchName).toBe("lyon");
  });
});
