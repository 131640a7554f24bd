// Property-based tests of the identifier validators (fast-check, 10,000 generated cases per property).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitString, RUNS } from "@/lib/testing/property-inputs";
import { compactIdentifier, isValidRna, isValidSiren, isValidSiret, luhnValid, withLuhnCheckDigit } from "./french-identifiers";

const LA_POSTE_SIREN = "356000000";
const validSiren = digitString(8).map(withLuhnCheckDigit);
const digitSum = (value: string) => [...value].reduce((sum, digit) => sum + Number(digit), 0);
/** Any string at all: full unicode, including lone surrogates. */
const anyString = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string());
/** Changes the digit at `index` to a different one. */
const withDigitChanged = (value: string, index: number, shift: number) =>
  `${value.slice(0, index)}${(Number(value[index]) + shift) % 10}${value.slice(index + 1)}`;

describe("SIREN (property)", () => {
  it("a SIREN with its computed Luhn key is valid", () => {
    fc.assert(
      fc.property(validSiren, (siren) => isValidSiren(siren) && luhnValid(siren)),
      RUNS,
    );
  });

  it("changing any single digit of a valid SIREN makes it invalid", () => {
    fc.assert(
      fc.property(validSiren, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (siren, index, shift) => {
        expect(isValidSiren(withDigitChanged(siren, index, shift))).toBe(false);
      }),
      RUNS,
    );
  });
});

describe("SIRET (property)", () => {
  it("a valid SIREN + 4 digits + Luhn key is a valid SIRET (outside La Poste)", () => {
    fc.assert(
      fc.property(validSiren, digitString(4), (siren, nic) => {
        fc.pre(siren !== LA_POSTE_SIREN);
        expect(isValidSiret(withLuhnCheckDigit(`${siren}${nic}`))).toBe(true);
      }),
      RUNS,
    );
  });

  it("changing any single digit of a valid SIRET (outside La Poste) makes it invalid", () => {
    fc.assert(
      fc.property(validSiren, digitString(4), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 9 }), (siren, nic, index, shift) => {
        const changed = withDigitChanged(withLuhnCheckDigit(`${siren}${nic}`), index, shift);
        fc.pre(!changed.startsWith(LA_POSTE_SIREN));
        expect(isValidSiret(changed)).toBe(false);
      }),
      RUNS,
    );
  });

  it("a La Poste SIRET (356000000 + 5 digits) is valid iff its digit sum is a multiple of 5", () => {
    fc.assert(
      fc.property(digitString(5), (rest) => {
        const siret = `${LA_POSTE_SIREN}${rest}`;
        expect(isValidSiret(siret)).toBe(digitSum(siret) % 5 === 0);
      }),
      RUNS,
    );
  });
});

describe("RNA (property)", () => {
  it("W + 9 digits is a valid RNA number", () => {
    fc.assert(
      fc.property(digitString(9), (number) => isValidRna(`W${number}`)),
      RUNS,
    );
  });

  it("any other string is invalid", () => {
    // Near misses too: a lower-case w, a digit too few or too many, something before or after.
    const nearMiss = fc
      .tuple(
        fc.constantFrom("", " ", "X", "0"),
        fc.constantFrom("W", "w", "WW"),
        fc.integer({ min: 7, max: 11 }).chain(digitString),
        fc.constantFrom("", " ", "\n", "A", "0"),
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(anyString, nearMiss), (value) => {
        expect(isValidRna(value)).toBe(/^W[0-9]{9}$/.test(value));
      }),
      RUNS,
    );
  });
});

describe("validators on arbitrary strings (property)", () => {
  it("never throw, and accept only ASCII digits of the right length", () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const siren = isValidSiren(value);
        const siret = isValidSiret(value);
        const rna = isValidRna(value);
        const luhn = luhnValid(value);
        if (siren) expect(value).toMatch(/^[0-9]{9}$/);
        if (siret) expect(value).toMatch(/^[0-9]{14}$/);
        if (rna) expect(value).toMatch(/^W[0-9]{9}$/);
        if (luhn) expect(value).toMatch(/^[0-9]+$/);
        const compact = compactIdentifier(value);
        expect(typeof compact).toBe("string");
      }),
      RUNS,
    );
  });
});

describe("compactIdentifier (property)", () => {
  const separator = fc.constantFrom(" ", ".", "-", "\u00a0", "\t", "\u202f");
  const spaced = fc.array(fc.oneof(fc.constantFrom(..."0123456789W"), separator), { maxLength: 30 }).map((parts) => parts.join(""));

  it("removes spaces, dots and dashes and keeps everything else in order", () => {
    fc.assert(
      fc.property(spaced, (value) => {
        expect(compactIdentifier(value)).toBe([...value].filter((char) => /[0-9W]/.test(char)).join(""));
      }),
      RUNS,
    );
  });

  it("leaves no space, dot or dash in any string", () => {
    fc.assert(
      fc.property(anyString, (value) => {
        expect(compactIdentifier(value)).not.toMatch(/[\s.-]/);
      }),
      RUNS,
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(anyString, spaced), (value) => {
        const once = compactIdentifier(value);
        expect(compactIdentifier(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it("a spaced-out valid SIREN compacts back to itself", () => {
    fc.assert(
      fc.property(validSiren, fc.array(separator, { minLength: 9, maxLength: 9 }), (siren, separators) => {
        const typed = [...siren].map((digit, index) => `${digit}${separators[index]}`).join("");
        expect(isValidSiren(compactIdentifier(typed))).toBe(true);
      }),
      RUNS,
    );
  });
});
