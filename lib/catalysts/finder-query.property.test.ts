// Property-based tests of the catalyst finder's query schemas (fast-check, 10,000 generated queries per property).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLLECTIVITE_LEVELS } from "@/lib/shared/vocabulary";
import { assertAccepted, communeCode, digitString, inputOf, lengthOf, messy, RUNS, trickyText, within } from "@/lib/testing/property-inputs";
import { collectiviteSearchSchema, communeSearchSchema, finderQuerySchema, MAX_NEAREST_COUNT, MAX_PLACE_QUERY_LENGTH, placeRequestOf } from "./finder-query";

/** A query parameter as a URL gives it: once, repeated, or a number as a JSON client would send it. */
const param = (valid: fc.Arbitrary<string | number>) => fc.oneof(valid, fc.array(valid, { minLength: 1, maxLength: 3 }));
const decimal = (bound: number) => fc.double({ min: -bound, max: bound, noNaN: true });
const decimalText = (bound: number) =>
  fc.oneof(
    decimal(bound),
    decimal(bound).map(String),
    decimal(bound).map((value) => String(value).replace(".", ",")),
  );
const searchText = messy(trickyText(MAX_PLACE_QUERY_LENGTH)).filter((text) => text.trim() !== "");
const limit = (max: number) => fc.oneof(fc.integer({ min: 1, max }), fc.integer({ min: 1, max }).map(String));

describe("finderQuerySchema (property)", () => {
  const fields = {
    commune: param(communeCode),
    postcode: param(digitString(5)),
    q: param(searchText),
    lat: param(decimalText(90)),
    lon: param(decimalText(180)),
    limit: param(limit(MAX_NEAREST_COUNT)),
  };

  it("never throws, and accepted queries are within bounds", () => {
    assertAccepted(finderQuerySchema, inputOf(fields), (value) => {
      if (value.commune !== undefined) expect(value.commune).toMatch(/^(\d{5}|2[AB]\d{3})$/i);
      if (value.postcode !== undefined) expect(value.postcode).toMatch(/^\d{5}$/);
      if (value.q !== undefined) expect(value.q === value.q.trim() && lengthOf(value.q) <= MAX_PLACE_QUERY_LENGTH).toBe(true);
      expect(value.lat === undefined).toBe(value.lon === undefined);
      if (value.lat !== undefined) expect(Number.isFinite(value.lat) && Math.abs(value.lat) <= 90).toBe(true);
      if (value.lon !== undefined) expect(Number.isFinite(value.lon) && Math.abs(value.lon) <= 180).toBe(true);
      expect(Number.isInteger(value.limit) && value.limit >= 1 && value.limit <= MAX_NEAREST_COUNT).toBe(true);
      expect(["commune", "point", "postcode", "text", "none"]).toContain(placeRequestOf(value).kind);
    });
  });

  it("accepts a point with a limit, decimal commas included", () => {
    fc.assert(
      fc.property(decimalText(90), decimalText(180), fc.option(limit(MAX_NEAREST_COUNT), { nil: undefined }), (lat, lon, count) => {
        const result = finderQuerySchema.safeParse({ lat, lon, limit: count });
        expect(result.success).toBe(true);
        expect(placeRequestOf(result.data!).kind).toBe("point");
      }),
      RUNS,
    );
  });
});

describe("communeSearchSchema and collectiviteSearchSchema (property)", () => {
  const fields = { q: param(searchText), limit: param(limit(20)), level: param(fc.constantFrom(...COLLECTIVITE_LEVELS)) };

  it("never throw, and accepted searches are within bounds", () => {
    fc.assert(
      fc.property(inputOf(fields), (input) => {
        for (const result of [communeSearchSchema.safeParse(input), collectiviteSearchSchema.safeParse(input)]) {
          if (!result.success) continue;
          const { q, limit: count } = result.data;
          expect(q === q.trim() && lengthOf(q) >= 1 && lengthOf(q) <= MAX_PLACE_QUERY_LENGTH).toBe(true);
          expect(Number.isInteger(count) && count >= 1 && count <= 20).toBe(true);
          if ("level" in result.data) expect(within(COLLECTIVITE_LEVELS, result.data.level)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("accept a search text with a level", () => {
    fc.assert(
      fc.property(
        searchText.filter((text) => lengthOf(text.trim()) <= MAX_PLACE_QUERY_LENGTH),
        fc.constantFrom(...COLLECTIVITE_LEVELS),
        (q, level) => {
          expect(communeSearchSchema.safeParse({ q }).success && collectiviteSearchSchema.safeParse({ q, level }).success).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
