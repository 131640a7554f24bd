import { describe, expect, it } from "vitest";
import { compactIdentifier, isAlsaceMoselleDepartement, isValidRna, isValidSiren, isValidSiret, luhnValid, withLuhnCheckDigit } from "./french-identifiers";

describe("SIREN", () => {
  it.each([
    ["732829320", true], // a real, published company SIREN
    ["356000000", true], // La Poste
    ["210100012", true], // a commune's SIREN (from the COG)
    ["732829321", false],
    ["12345678", false],
    ["1234567890", false],
    ["73282932A", false],
    ["", false],
  ])("%s is valid: %s", (value, expected) => {
    expect(isValidSiren(value)).toBe(expected);
  });
});

describe("SIRET", () => {
  it.each([
    ["73282932000074", true],
    ["73282932000075", false],
    ["3560000000004", false],
    ["7328293200007A", false],
    // Luhn-valid over 14 digits, but its SIREN 000000006 is not (found by the property tests).
    ["00000000600007", false],
  ])("%s is valid: %s", (value, expected) => {
    expect(isValidSiret(value)).toBe(expected);
  });

  it("accepts La Poste establishments whose digit sum is a multiple of 5 even when Luhn fails", () => {
    const value = "35600000049837"; // sum = 3+5+6+4+9+8+3+7 = 45
    expect(luhnValid(value)).toBe(false);
    expect(isValidSiret(value)).toBe(true);
    expect(isValidSiret("35600000049838")).toBe(false); // sum 46
  });
});

describe("RNA", () => {
  it.each([
    ["W751234567", true],
    ["W123", false],
    ["751234567", false],
    ["w751234567", false],
  ])("%s is valid: %s", (value, expected) => {
    expect(isValidRna(value)).toBe(expected);
  });

  it("knows the three Alsace-Moselle départements", () => {
    expect(["57", "67", "68"].every(isAlsaceMoselleDepartement)).toBe(true);
    expect(isAlsaceMoselleDepartement("75")).toBe(false);
  });
});

describe("helpers", () => {
  it("compacts what people type", () => {
    expect(compactIdentifier(" 732 829 320 ")).toBe("732829320");
    expect(compactIdentifier("w75-123.4567")).toBe("W751234567");
  });

  it("adds a Luhn check digit that makes any prefix valid", () => {
    for (const prefix of ["00000000", "12345678", "98765432", "73282932"]) {
      const siren = withLuhnCheckDigit(prefix);
      expect(siren).toHaveLength(9);
      expect(isValidSiren(siren)).toBe(true);
    }
    expect(withLuhnCheckDigit("73282932")).toBe("732829320");
  });
});
