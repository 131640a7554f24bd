import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["L'Abergement-Clémenciat", "l-abergement-clemenciat"],
    ["Cœur de Savoie", "coeur-de-savoie"],
    ["  Saint-Étienne  ", "saint-etienne"],
    ["!!!", "sans-nom"],
  ])("%s → %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("never ends with a dash when cut", () => {
    expect(slugify("a".repeat(10) + " b", 11)).toBe("aaaaaaaaaa");
  });
});

describe("uniqueSlug", () => {
  it("appends a counter to slugs already taken", () => {
    const taken = new Set<string>();
    expect(uniqueSlug("lyon", taken)).toBe("lyon");
    expect(uniqueSlug("lyon", taken)).toBe("lyon-2");
    expect(uniqueSlug("lyon", taken)).toBe("lyon-3");
  });
});
