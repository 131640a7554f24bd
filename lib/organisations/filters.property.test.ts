// Property-based tests of the directory's filter schema (fast-check, 10,000 generated queries per property).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTOR_KINDS, OBJECTIVES, RESOURCE_KINDS, THEMES } from "@/lib/shared/vocabulary";
import { assertAccepted, communeCode, digitString, inputOf, lengthOf, messy, RUNS, trickyText, within } from "@/lib/testing/property-inputs";
import { filtersToSearchParams, MAX_RADIUS_KM, organisationFiltersSchema } from "./filters";

/** One value, repeated values, or a comma list, as URLs carry them. */
const many = (value: fc.Arbitrary<string>) =>
  fc.oneof(
    value,
    fc.array(value, { maxLength: 5 }),
    fc.array(value, { minLength: 1, maxLength: 5 }).map((values) => values.join(",")),
  );

const fields = {
  q: messy(trickyText(100)),
  kind: many(fc.constantFrom(...ACTOR_KINDS)),
  theme: many(fc.constantFrom(...THEMES)),
  odd: many(fc.integer({ min: 1, max: 17 }).map(String)),
  offers: many(fc.constantFrom(...RESOURCE_KINDS)),
  needs: many(fc.constantFrom(...RESOURCE_KINDS)),
  objective: many(fc.constantFrom(...OBJECTIVES)),
  region: digitString(2),
  departement: fc.oneof(digitString(2), digitString(3), fc.constantFrom("2A", "2b")),
  epci: digitString(9),
  commune: communeCode,
  near: communeCode,
  lat: fc.double({ min: -90, max: 90, noNaN: true }).map(String),
  lon: fc.double({ min: -180, max: 180, noNaN: true }).map(String),
  radius: fc.integer({ min: 1, max: MAX_RADIUS_KM }).map(String),
  page: fc.integer({ min: 1, max: 10_000 }).map(String),
};

describe("organisationFiltersSchema (property)", () => {
  it("never throws, and accepted filters stay within the vocabularies and bounds", () => {
    assertAccepted(organisationFiltersSchema, inputOf(fields), (value) => {
      if (value.q !== undefined) expect(value.q === value.q.trim() && lengthOf(value.q) <= 100).toBe(true);
      for (const [values, vocabulary] of [
        [value.kind, ACTOR_KINDS],
        [value.theme, THEMES],
        [value.offers, RESOURCE_KINDS],
        [value.needs, RESOURCE_KINDS],
        [value.objective, OBJECTIVES],
      ] as const) {
        expect(values.length <= 20 && values.every((item) => within(vocabulary, item))).toBe(true);
      }
      expect(value.odd.length <= 20 && value.odd.every((odd) => Number.isInteger(odd) && odd >= 1 && odd <= 17)).toBe(true);
      if (value.region !== undefined) expect(value.region).toMatch(/^\d{2}$/);
      if (value.departement !== undefined) expect(value.departement).toMatch(/^(\d{2,3}|2[AB])$/i);
      if (value.epci !== undefined) expect(value.epci).toMatch(/^\d{9}$/);
      for (const code of [value.commune, value.near]) if (code !== undefined) expect(code).toMatch(/^(\d{5}|2[AB]\d{3})$/i);
      expect(value.lat === undefined).toBe(value.lon === undefined);
      if (value.lat !== undefined) expect(Number.isFinite(value.lat) && Math.abs(value.lat) <= 90).toBe(true);
      if (value.lon !== undefined) expect(Number.isFinite(value.lon) && Math.abs(value.lon) <= 180).toBe(true);
      expect(Number.isFinite(value.radius) && value.radius >= 1 && value.radius <= MAX_RADIUS_KM).toBe(true);
      expect(Number.isInteger(value.page) && value.page >= 1 && value.page <= 10_000).toBe(true);
    });
  });

  it("accepts valid filters, and reads back the same filters from their query string", () => {
    const valid = fc
      .record({ ...fields, q: trickyText(100).filter((q) => q.trim() !== "") }, { requiredKeys: [] })
      .filter((input) => "lat" in input === "lon" in input);
    fc.assert(
      fc.property(valid, (input) => {
        const result = organisationFiltersSchema.safeParse(input);
        expect(result.success).toBe(true);
        const params = filtersToSearchParams(result.data!);
        const query: Record<string, string | string[]> = {};
        for (const key of new Set(params.keys())) query[key] = params.getAll(key);
        for (const [key, values] of Object.entries(query)) if (values.length === 1) query[key] = values[0]!;
        expect(organisationFiltersSchema.parse(query)).toEqual(result.data);
      }),
      RUNS,
    );
  });
});
