// French organisation identifiers: SIREN and SIRET (Luhn, with La Poste's exception) and RNA numbers.
// Pure functions, shared by forms, imports and the demo data generator.

const LA_POSTE_SIREN = "356000000";

/** Luhn check over a string of digits (doubling every second digit from the right). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Removes the spaces, dots and dashes people type inside identifiers ("123 456 789" → "123456789"). */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.\-\u00a0]/g, "").toUpperCase();
}

export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  // La Poste's establishments share one SIREN and are numbered beyond what Luhn allows: INSEE checks that the
  // sum of the 14 digits is a multiple of 5 instead.
  if (value.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...value].reduce((sum, digit) => sum + Number(digit), 0);
    return digitSum % 5 === 0;
  }
  // The first nine digits are the SIREN, with its own key: a SIRET that is Luhn-valid overall but not there is not one.
  return luhnValid(value) && isValidSiren(value.slice(0, 9));
}

/** RNA numbers: "W" followed by 9 digits (the first ones encode the prefecture that registered it). */
export function isValidRna(value: string): boolean {
  return /^W\d{9}$/.test(value);
}

/**
 * Associations of Bas-Rhin, Haut-Rhin and Moselle register under local law at the tribunal, not in the RNA:
 * a missing RNA there is expected and only worth a warning.
 */
export function isAlsaceMoselleDepartement(departementCode: string): boolean {
  return departementCode === "57" || departementCode === "67" || departementCode === "68";
}

/** Appends the Luhn check digit to a string of digits so that the result is Luhn-valid. */
export function withLuhnCheckDigit(digits: string): string {
  for (let check = 0; check <= 9; check += 1) {
    const candidate = `${digits}${check}`;
    if (luhnValid(candidate)) return candidate;
  }
  throw new Error(`no Luhn check digit for ${digits}`);
}

/** What is wrong with a typed SIREN (9) or SIRET (14), so a form can say it rather than just "invalid". */
export type IdentifierProblem = { kind: "not-digits"; character: string } | { kind: "length"; digits: number; expected: 9 | 14 } | { kind: "check-key" };

export function sireneIdentifierProblem(value: string, expected: 9 | 14): IdentifierProblem | null {
  const compact = compactIdentifier(value);
  const stray = compact.match(/\D/);
  if (stray) return { kind: "not-digits", character: stray[0] };
  if (compact.length !== expected) return { kind: "length", digits: compact.length, expected };
  return (expected === 9 ? isValidSiren(compact) : isValidSiret(compact)) ? null : { kind: "check-key" };
}
