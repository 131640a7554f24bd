// Property-based tests of the registration's identity step, for every kind of actor (fast-check, 10,000
// generated inputs per property and kind): safeParse never throws, and accepted identifiers are valid and consistent.
// Apart from steps.property.test.ts so that the two files run side by side.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTOR_KINDS, type ActorKind } from "@/lib/shared/vocabulary";
import { isValidRna, isValidSiren, isValidSiret, withLuhnCheckDigit } from "@/lib/shared/french-identifiers";
import { assertAccepted, digitString, inputOf, isPlainText, lengthOf, messy, plainWords, RUNS } from "@/lib/testing/property-inputs";
import { identityStepFor } from "./steps";

const sirenArb = digitString(8).map(withLuhnCheckDigit);
const siretArb = fc
  .tuple(sirenArb, digitString(4))
  .map(([siren, nic]) => withLuhnCheckDigit(`${siren}${nic}`))
  .filter((siret) => !siret.startsWith("356000000"));

describe("identityStepFor (property)", () => {
  const fields = {
    name: messy(plainWords(2, 150)),
    siren: messy(sirenArb),
    siret: messy(siretArb),
    rna: messy(digitString(9).map((number) => `W${number}`)),
    territoryCode: fc.string({ maxLength: 12 }),
  };

  it.each(ACTOR_KINDS)("%s: never throws, and accepted identifiers are valid and consistent", (kind: ActorKind) => {
    const schema = identityStepFor(kind);
    assertAccepted(schema, inputOf(fields), (value) => {
      expect(isPlainText(value.name, 2, 150)).toBe(true);
      if (value.siren !== undefined) expect(isValidSiren(value.siren)).toBe(true);
      if (value.siret !== undefined) {
        expect(isValidSiret(value.siret)).toBe(true);
        expect(value.siret.startsWith(value.siren ?? "")).toBe(true);
        expect(value.siren).toBeDefined();
      }
      if (value.rna !== undefined) expect(isValidRna(value.rna)).toBe(true);
      if (value.territoryCode !== undefined) expect(lengthOf(value.territoryCode)).toBeLessThanOrEqual(9);
    });
  });

  it.each(ACTOR_KINDS)("%s: accepts a name with a matching SIREN and SIRET", (kind: ActorKind) => {
    const schema = identityStepFor(kind);
    fc.assert(
      fc.property(
        messy(plainWords(2, 150)).filter((name) => !/</.test(name)),
        siretArb,
        fc.boolean(),
        (name, siret, withSiren) => {
          const result = schema.safeParse({ name, siret, ...(withSiren ? { siren: siret.slice(0, 9) } : {}) });
          expect(result.success).toBe(true);
          expect(result.data?.siren).toBe(siret.slice(0, 9));
        },
      ),
      RUNS,
    );
  });
});
