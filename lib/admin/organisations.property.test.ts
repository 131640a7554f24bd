// Property-based tests of the administrators' organisation search schema (fast-check, 10,000 generated queries).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORGANISATION_STATUSES } from "@/lib/shared/vocabulary";
import { inputOf, RUNS, trickyText, within } from "@/lib/testing/property-inputs";
import { adminOrganisationSearch } from "./organisations";

const fields = {
  q: fc.oneof(
    trickyText(120),
    fc.tuple(fc.string({ minLength: 90, maxLength: 110 }), trickyText(20)).map(([start, end]) => `${start}${end}`),
  ),
  status: fc.constantFrom(...ORGANISATION_STATUSES),
  page: fc.integer({ min: 1, max: 10_000 }).map(String),
};

describe("adminOrganisationSearch (property)", () => {
  it("never fails nor throws: a bad parameter falls back to its default, within bounds", () => {
    fc.assert(
      fc.property(inputOf(fields), (input) => {
        const result = adminOrganisationSearch.safeParse(input);
        // Only a non-object input is refused (the page, the status and the text all fall back).
        if (!result.success) {
          expect(typeof input === "object" && input !== null && !Array.isArray(input)).toBe(false);
          return;
        }
        const { q, status, page } = result.data;
        expect(q === q.trim() && q.length <= 100).toBe(true);
        if (status !== undefined) expect(within(ORGANISATION_STATUSES, status)).toBe(true);
        expect(Number.isInteger(page) && page >= 1 && page <= 10_000).toBe(true);
      }),
      RUNS,
    );
  });

  it("cuts a long text at 100 characters without a space left at the end (found by the properties above)", () => {
    expect(adminOrganisationSearch.parse({ q: `${"a".repeat(99)}  b` }).q).toBe("a".repeat(99));
  });

  it("keeps valid parameters", () => {
    fc.assert(
      fc.property(fc.record(fields), (input) => {
        expect(adminOrganisationSearch.parse(input)).toEqual({ q: input.q.trim().slice(0, 100).trimEnd(), status: input.status, page: Number(input.page) });
      }),
      RUNS,
    );
  });
});
