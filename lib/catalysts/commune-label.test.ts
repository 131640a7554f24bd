import { describe, expect, it } from "vitest";
import { communeChoiceLabel, displayedPostcode, normalizePlaceName, parseCommuneChoiceLabel } from "./commune-label";

const lyon = { code: "69123", name: "Lyon", postcodes: ["69009", "69001", "69002"], departementCode: "69", departementName: "Rhône" };

describe("commune labels", () => {
  it("reads « Nom (code postal) — Département », with the lowest postcode by default", () => {
    expect(communeChoiceLabel(lyon)).toBe("Lyon (69001) — Rhône");
  });

  it("shows the postcode being typed when the commune has several", () => {
    expect(displayedPostcode(lyon, "6900")).toBe("69009");
    expect(communeChoiceLabel(lyon, "69002")).toBe("Lyon (69002) — Rhône");
    expect(displayedPostcode(lyon, "lyon")).toBe("69001");
  });

  it("omits the parentheses for a commune without postcode", () => {
    expect(communeChoiceLabel({ ...lyon, postcodes: [] })).toBe("Lyon — Rhône");
  });
});

describe("normalizePlaceName", () => {
  it.each([
    ["L'Île-d'Yeu", "l ile d yeu"],
    ["  SAINT-ÉTIENNE ", "saint etienne"],
    ["Œuilly", "oeuilly"],
    ["Besançon", "besancon"],
    ["Straße", "strasse"],
  ])("turns %s into %s", (input, expected) => {
    expect(normalizePlaceName(input)).toBe(expected);
  });
});

describe("parseCommuneChoiceLabel", () => {
  it("reads a label back, so a form sent without JavaScript still names one commune", () => {
    expect(parseCommuneChoiceLabel(communeChoiceLabel(lyon, "69002"))).toEqual({ name: "Lyon", postcode: "69002" });
    expect(parseCommuneChoiceLabel("Saint-Denis (97400) — La Réunion")).toEqual({ name: "Saint-Denis", postcode: "97400" });
    expect(parseCommuneChoiceLabel("Lyon (69001)")).toEqual({ name: "Lyon", postcode: "69001" });
    expect(parseCommuneChoiceLabel("Lyon")).toBeNull();
    expect(parseCommuneChoiceLabel("(69001)")).toBeNull();
  });
});
