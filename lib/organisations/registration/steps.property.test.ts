// Property-based tests of the registration steps' schemas (fast-check, 10,000 generated inputs per property):
// safeParse never throws, what it accepts keeps the documented invariants, and valid answers are accepted.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTOR_KINDS, COLLECTIVITE_LEVELS, COMPANY_SIZES, HORIZONS, NEED_OFFER_DIRECTIONS, OBJECTIVES, RESOURCE_KINDS, THEMES } from "@/lib/shared/vocabulary";
import { assertAccepted, communeCode, digitString, inputOf, isPlainText, lengthOf, messy, plainWords, RUNS, within } from "@/lib/testing/property-inputs";
import { aboutStep, contactStep, kindStep, needsOffersStep, placeStep } from "./steps";

const checkboxArb = fc.constantFrom("on", true, "true", false, "", undefined);

describe("kindStep (property)", () => {
  const fields = {
    kind: fc.constantFrom(...ACTOR_KINDS),
    collectiviteLevel: fc.constantFrom(...COLLECTIVITE_LEVELS),
    companySize: fc.constantFrom(...COMPANY_SIZES),
    isEss: checkboxArb,
    isSiae: checkboxArb,
    isMissionCompany: checkboxArb,
  };

  it("never throws, and what it accepts stays within the vocabularies", () => {
    assertAccepted(kindStep, inputOf(fields), (value) => {
      expect(within(ACTOR_KINDS, value.kind)).toBe(true);
      expect(
        value.collectiviteLevel === undefined
          ? value.kind !== "collectivite"
          : value.kind === "collectivite" && within(COLLECTIVITE_LEVELS, value.collectiviteLevel),
      ).toBe(true);
      expect(value.companySize === undefined ? value.kind !== "entreprise" : value.kind === "entreprise" && within(COMPANY_SIZES, value.companySize)).toBe(
        true,
      );
      for (const flag of [value.isEss, value.isSiae, value.isMissionCompany]) expect(typeof flag).toBe("boolean");
      if (value.kind !== "entreprise") expect(value.isMissionCompany).toBe(false);
    });
  });

  it("accepts every kind with its level or size", () => {
    fc.assert(
      fc.property(fc.record(fields), (input) => {
        expect(kindStep.safeParse(input).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("placeStep (property)", () => {
  const coordinate = (bound: number) => fc.oneof(fc.double({ min: -bound, max: bound, noNaN: true }), fc.double().map(String), fc.constant(""));
  const fields = { communeCode: messy(communeCode), lat: coordinate(90), lon: coordinate(180) };

  it("never throws, and accepted places have a commune code and coordinates within bounds", () => {
    assertAccepted(placeStep, inputOf(fields), (value) => {
      expect(value.communeCode).toMatch(/^(\d{5}|2[AB]\d{3})$/i);
      if (value.lat !== undefined) expect(Number.isFinite(value.lat) && value.lat >= -90 && value.lat <= 90).toBe(true);
      if (value.lon !== undefined) expect(Number.isFinite(value.lon) && value.lon >= -180 && value.lon <= 180).toBe(true);
    });
  });

  it("accepts a commune code with coordinates within bounds", () => {
    fc.assert(
      fc.property(communeCode, fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (communeCode, lat, lon) => {
        expect(placeStep.safeParse({ communeCode, lat: String(lat), lon }).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("aboutStep (property)", () => {
  const websiteArb = fc.webUrl({ validSchemes: ["http", "https"] }).filter((url) => url.length <= 300 && /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i.test(url));
  const fields = {
    themes: fc.oneof(fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 5 }), fc.constantFrom(...THEMES)),
    odd: fc.oneof(fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 17 }), fc.integer({ min: 1, max: 17 }).map(String)),
    objectives: fc.uniqueArray(fc.constantFrom(...OBJECTIVES), { maxLength: 4 }),
    description: messy(plainWords(20, 200)),
    website: fc.oneof(websiteArb, fc.constant("")),
  };

  it("never throws, and what it accepts stays within the vocabularies and bounds", () => {
    assertAccepted(aboutStep, inputOf(fields), (value) => {
      expect(value.themes.length >= 1 && value.themes.length <= 5 && value.themes.every((theme) => within(THEMES, theme))).toBe(true);
      expect(value.odd.length <= 17 && value.odd.every((odd) => Number.isInteger(odd) && odd >= 1 && odd <= 17)).toBe(true);
      expect(value.objectives.length <= 4 && value.objectives.every((objective) => within(OBJECTIVES, objective))).toBe(true);
      expect(isPlainText(value.description, 20, 5_000)).toBe(true);
      if (value.website !== undefined) expect(lengthOf(value.website) <= 300 && /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i.test(value.website)).toBe(true);
    });
  });

  it("accepts valid answers", () => {
    fc.assert(
      fc.property(fc.record(fields, { requiredKeys: ["themes", "description"] }), (input) => {
        fc.pre(!/</.test(input.description));
        expect(aboutStep.safeParse(input).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("needsOffersStep (property)", () => {
  const itemFields = {
    direction: fc.constantFrom(...NEED_OFFER_DIRECTIONS),
    resourceKind: fc.constantFrom(...RESOURCE_KINDS),
    title: messy(plainWords(5, 150)),
    description: fc.oneof(messy(plainWords(0, 300)), fc.constant(null)),
    horizon: fc.constantFrom(...HORIZONS, ""),
    themes: fc.oneof(fc.uniqueArray(fc.constantFrom(...THEMES), { maxLength: 5 }), fc.constantFrom(...THEMES, "")),
  };
  const item = fc.record(itemFields, { requiredKeys: ["direction", "resourceKind", "title"] });

  it("never throws, and accepted items keep their invariants", () => {
    assertAccepted(
      needsOffersStep,
      fc.oneof(inputOf({ items: fc.array(inputOf(itemFields), { maxLength: 3 }) }), inputOf({ items: fc.array(item, { maxLength: 22 }) })),
      ({ items }) => {
        expect(items.length >= 1 && items.length <= 20).toBe(true);
        for (const entry of items) {
          expect(within(NEED_OFFER_DIRECTIONS, entry.direction) && within(RESOURCE_KINDS, entry.resourceKind) && within(HORIZONS, entry.horizon)).toBe(true);
          expect(isPlainText(entry.title, 5, 150)).toBe(true);
          expect(isPlainText(entry.description, 0, 2_000)).toBe(true);
          expect(entry.themes.length <= 5 && new Set(entry.themes).size === entry.themes.length && entry.themes.every((theme) => within(THEMES, theme))).toBe(
            true,
          );
        }
      },
    );
  });

  it("accepts 1 to 20 valid items", () => {
    const validItem = item.filter((entry) => !/</.test(`${entry.title}${entry.description ?? ""}`));
    fc.assert(
      fc.property(fc.array(validItem, { minLength: 1, maxLength: 20 }), (items) => {
        expect(needsOffersStep.safeParse({ items }).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("contactStep (property)", () => {
  const fields = {
    contactName: messy(plainWords(2, 100)),
    contactRole: fc.oneof(messy(plainWords(1, 100)), fc.constant("")),
    contactEmail: fc.emailAddress(),
    contactPhone: fc.oneof(
      fc
        .tuple(digitString(2), fc.string({ unit: fc.constantFrom(..."0123456789 .()-"), maxLength: 14 }), digitString(2))
        .map(([start, middle, end]) => `+33${start}${middle}${end}`),
      fc.constant(""),
    ),
    consent: fc.constantFrom("on", true),
    charter: fc.constantFrom("on", true),
  };

  it("never throws, and accepted contacts keep their invariants", () => {
    assertAccepted(contactStep, inputOf(fields), (value) => {
      expect(isPlainText(value.contactName, 2, 100)).toBe(true);
      if (value.contactRole !== undefined) expect(isPlainText(value.contactRole, 1, 100)).toBe(true);
      expect(lengthOf(value.contactEmail) <= 254 && value.contactEmail.includes("@") && !/[\s<>]/.test(value.contactEmail)).toBe(true);
      if (value.contactPhone !== undefined) expect(value.contactPhone).toMatch(/^\+?[\d\s.()-]{6,20}$/);
      expect(value.consent && value.charter).toBe(true);
    });
  });

  it("accepts a valid contact", () => {
    const email = fc.tuple(plainWords(1, 20), fc.domain()).map(([local, domain]) => `${local.replace(/[^a-z]/g, "") || "x"}@${domain}`);
    const valid = fc.record({ ...fields, contactEmail: email }).filter((input) => !/</.test(`${input.contactName}${input.contactRole}`));
    fc.assert(
      fc.property(valid, (input) => {
        expect(contactStep.safeParse(input).success).toBe(true);
      }),
      RUNS,
    );
  });
});
