import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { needsReview, revertibleFields, watchedChanges, WATCHED_FIELDS, type WatchedValues } from "./profile-changes";

describe("watched changes of a profile", () => {
  it("name only the fields being edited that really change, blanks and surrounding spaces aside", () => {
    const before = { name: "Atelier du Lac", website: "https://atelier.example", siren: "123456782", siret: null };
    expect(watchedChanges(before, { name: "Atelier du Lac ", website: "https://phishing.example" })).toEqual([
      { field: "website", from: "https://atelier.example", to: "https://phishing.example" },
    ]);
    expect(watchedChanges(before, { siret: "" })).toEqual([]);
    expect(watchedChanges(before, { siren: "" })).toEqual([{ field: "siren", from: "123456782", to: null }]);
    // A field not sent is not being edited: it is not read as cleared.
    expect(watchedChanges(before, {})).toEqual([]);
  });

  it("send the profile back to moderation only for the kind and the identifiers", () => {
    expect(needsReview(watchedChanges({ name: "A" }, { name: "B" }))).toBe(false);
    expect(needsReview(watchedChanges({ website: null }, { website: "https://x.example" }))).toBe(false);
    for (const field of ["kind", "siren", "siret", "rna"] as const) expect(needsReview([{ field, from: "a", to: "b" }]), field).toBe(true);
  });

  it("revert a field only while it still holds what the change wrote", () => {
    const changes = watchedChanges({ name: "A", website: "https://a.example" }, { name: "B", website: "https://b.example" });
    expect(revertibleFields(changes, { name: "B", website: "https://c.example" })).toEqual([{ field: "name", from: "A", to: "B" }]);
    expect(revertibleFields(changes, { name: "A", website: "https://a.example" })).toEqual([]);
  });

  it("applied then reverted, always give back the values before (property)", () => {
    const value = fc.option(fc.constantFrom("a", "b", " a ", "", "https://x.example"), { nil: null });
    const values = fc.record(
      Object.fromEntries(WATCHED_FIELDS.map((field) => [field, value])) as Record<(typeof WATCHED_FIELDS)[number], fc.Arbitrary<string | null>>,
    );
    fc.assert(
      fc.property(values, values, (before: WatchedValues, after: WatchedValues) => {
        const changes = watchedChanges(before, after);
        const applied = { ...before, ...Object.fromEntries(changes.map((change) => [change.field, change.to])) };
        const reverted = { ...applied, ...Object.fromEntries(revertibleFields(changes, applied).map((change) => [change.field, change.from])) };
        expect(watchedChanges(before, reverted)).toEqual([]);
      }),
    );
  });
});
