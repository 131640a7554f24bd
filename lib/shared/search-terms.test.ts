import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEARCH_LIMITS, searchTerms, searchText } from "./search-terms";

const letters = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvw".split("");

describe("searchTerms", () => {
  it("keeps the words a person types, in order, without the syntax websearch_to_tsquery would expand", () => {
    expect(searchTerms("jardin partagé")).toEqual(["jardin", "partagé"]);
    expect(searchTerms('  "tiers lieu"  -café OR épicerie ')).toEqual(["tiers", "lieu", "café", "épicerie"]);
    expect(searchTerms("L'Île-Saint-Denis")).toEqual(["Île", "Saint", "Denis"]);
    expect(searchTerms("Emmaüs, 75 ; <3F> & (ressourcerie)")).toEqual(["Emmaüs", "75", "3F", "ressourcerie"]);
  });

  it("drops one-character terms and repeats, and keeps at most eight terms", () => {
    expect(searchTerms(`"${letters.join(" ")}"`)).toEqual([]);
    expect(searchTerms("a à y 1 é")).toEqual([]);
    expect(searchTerms("Jardin jardin JARDIN potager")).toEqual(["Jardin", "potager"]);
    expect(searchTerms("un deux trois quatre cinq six sept huit neuf dix")).toEqual(["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"]);
  });

  it('keeps one-character words when asked (names matched as a whole: "Pays d\'Aix")', () => {
    expect(searchTerms("Pays d'Aix", { minTermLength: 1 })).toEqual(["Pays", "d", "Aix"]);
  });

  it("reads a decomposed accent as part of its word, and cuts a long word", () => {
    expect(searchTerms("cafe\u0301 solidaire")).toEqual(["café", "solidaire"]);
    expect(searchTerms("x".repeat(500))).toEqual(["x".repeat(SEARCH_LIMITS.maxTermLength)]);
  });

  it("searchText joins the terms with one space, empty when nothing is searchable", () => {
    expect(searchText('"a" "b" épicerie -"solidaire"')).toBe("épicerie solidaire");
    expect(searchText(`"${letters.join(" ")}"`)).toBe("");
  });

  it("never gives more than the limits, whatever the text (property)", () => {
    const syntax = fc.constantFrom('"', "-", " or ", " OR ", " ", "'", "(", ")", "&", "|", "!", ":", "*", "<->", "\u0301", "\u00a0", "\t");
    const word = fc.oneof(
      fc.constantFrom("a", "é", "jardin", "café", "75", "Saint", "x".repeat(40)),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    );
    const text = fc.array(fc.oneof(word, syntax), { maxLength: 200 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom(1, 2), (input, minTermLength) => {
        const terms = searchTerms(input, { minTermLength });
        expect(terms.length).toBeLessThanOrEqual(SEARCH_LIMITS.maxTerms);
        expect([...searchText(input, { minTermLength })].length).toBeLessThanOrEqual(SEARCH_LIMITS.maxLength);
        for (const term of terms) {
          // Letters and digits only: no quote, minus, operator or space left for websearch_to_tsquery to read.
          expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
          expect([...term].length).toBeGreaterThanOrEqual(minTermLength);
          expect([...term].length).toBeLessThanOrEqual(SEARCH_LIMITS.maxTermLength);
          expect(term.toLowerCase()).not.toBe("or");
        }
        expect(new Set(terms.map((term) => term.toLowerCase())).size).toBe(terms.length);
        // Stable: bounding bounded text changes nothing.
        expect(searchTerms(terms.join(" "), { minTermLength })).toEqual(terms);
      }),
      { numRuns: 3_000 },
    );
  });
});
