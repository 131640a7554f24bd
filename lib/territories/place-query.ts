// What a person types to name a commune, read as a name and what narrows it down: a département (its code or its
// name), a postcode or a municipal arrondissement ("Saint-Maurice 52", "Figeac, Lot", "Marseille 13001",
// "Lyon 3e"). Pure module: the commune search and the finder page share it.
import { normalizePlaceName } from "@/lib/catalysts/commune-label";

/** A typed text split into a commune name and the qualifiers that followed it. */
export interface PlaceQuery {
  /** The name part, normalised ("saint maurice"); never empty. */
  name: string;
  departementCode?: string;
  postcode?: string;
  arrondissement?: number;
  /**
   * A bare number after the name ("Paris 15", "Figeac 46"): a département code or an arrondissement, whichever the
   * commune has. False when the text said which ("15e", "Cantal").
   */
  numberOnly?: boolean;
}

/**
 * Paris, Lyon and Marseille are communes divided into arrondissements, which have INSEE codes and postcodes of
 * their own but are not communes: catalysts cover the whole city. A fixed, regular list (COG), checked against
 * @etalab/decoupage-administratif by a test.
 */
export const MUNICIPAL_ARRONDISSEMENTS = [
  { communeCode: "75056", count: 20, firstCode: 75101, postcodePrefix: "750" },
  { communeCode: "69123", count: 9, firstCode: 69381, postcodePrefix: "6900" },
  { communeCode: "13055", count: 16, firstCode: 13201, postcodePrefix: "130" },
] as const;

/** The commune an arrondissement's INSEE code belongs to ("69383" → "69123"), null for any other code. */
export function communeOfArrondissement(code: string): string | null {
  const number = Number(code);
  if (!/^\d{5}$/.test(code)) return null;
  const city = MUNICIPAL_ARRONDISSEMENTS.find((item) => number >= item.firstCode && number < item.firstCode + item.count);
  return city ? city.communeCode : null;
}

/** The number of arrondissements of a commune (0 for all but Paris, Lyon and Marseille). */
export function arrondissementCount(communeCode: string): number {
  return MUNICIPAL_ARRONDISSEMENTS.find((item) => item.communeCode === communeCode)?.count ?? 0;
}

/** The postcode of an arrondissement ("69123", 3 → "69003"), null when the commune has no such arrondissement. */
export function arrondissementPostcode(communeCode: string, arrondissement: number): string | null {
  const city = MUNICIPAL_ARRONDISSEMENTS.find((item) => item.communeCode === communeCode);
  if (!city || !Number.isInteger(arrondissement) || arrondissement < 1 || arrondissement > city.count) return null;
  return `${city.postcodePrefix}${String(arrondissement).padStart(5 - city.postcodePrefix.length, "0")}`;
}

/** Short forms people type for the words that begin so many names ("St-Maurice", "Ste-Foy", "Mt-de-Marsan"). */
export const NAME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["st", "saint"],
  ["ste", "sainte"],
  ["sts", "saints"],
  ["stes", "saintes"],
  ["mt", "mont"],
]);

// "3e", "3eme", "3ieme", "1er", "1re" (accents are gone once normalised).
const ORDINAL = /^(\d{1,2})(?:e|er|re|eme|ieme|em)$/;
const ARRONDISSEMENT_WORDS = new Set(["arrondissement", "arr", "arrt", "ardt"]);
// A département's name has at most four words ("Territoire de Belfort" has three, "Seine Saint Denis" three).
const LONGEST_DEPARTEMENT_NAME = 4;

/** The départements, to read a code or a name typed after a commune's. */
export interface DepartementNames {
  /** Codes as the commune table has them: "01", "2A", "971". */
  codes: ReadonlySet<string>;
  /** Normalised name → code: "haute marne" → "52". */
  byName: ReadonlyMap<string, string>;
}

function departementCodeOf(token: string, departements: DepartementNames): string | null {
  const code = /^\d$/.test(token) ? `0${token}` : token.toUpperCase();
  return departements.codes.has(code) ? code : null;
}

/**
 * The name and the qualifiers of a typed text, read from its end: at least one word is always left as the name.
 * Null when nothing qualifies the name (the text is a name and only that).
 */
export function parsePlaceQuery(text: string, departements: DepartementNames): PlaceQuery | null {
  const tokens = normalizePlaceName(text).split(" ").filter(Boolean);
  const query: Omit<PlaceQuery, "name"> = {};
  let qualified = false;
  const setDepartement = (code: string) => {
    if (query.departementCode !== undefined && query.departementCode !== code) return false;
    query.departementCode = code;
    return true;
  };
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1]!;
    const previous = tokens[tokens.length - 2]!;
    // "3e arrondissement" and "3 arrondissement" are read as "3e".
    const ordinal =
      ORDINAL.exec(last) ?? (ARRONDISSEMENT_WORDS.has(last) && tokens.length > 2 ? (ORDINAL.exec(previous) ?? /^(\d{1,2})$/.exec(previous)) : null);
    if (ordinal && query.arrondissement === undefined) {
      query.arrondissement = Number(ordinal[1]);
      tokens.splice(ORDINAL.test(last) ? -1 : -2);
    } else if (/^\d{5}$/.test(last) && query.postcode === undefined) {
      query.postcode = last;
      tokens.pop();
    } else if (departementCodeOf(last, departements)) {
      const named = query.departementCode !== undefined;
      if (!setDepartement(departementCodeOf(last, departements)!)) break;
      // A number the text did not qualify may be an arrondissement as well ("Paris 15").
      if (/^\d{1,2}$/.test(last) && query.arrondissement === undefined && !named) {
        query.arrondissement = Number(last);
        query.numberOnly = true;
      }
      tokens.pop();
    } else {
      let matched = 0;
      for (let length = Math.min(LONGEST_DEPARTEMENT_NAME, tokens.length - 1); length >= 1 && matched === 0; length -= 1) {
        const code = departements.byName.get(tokens.slice(-length).join(" "));
        if (code !== undefined) {
          if (!setDepartement(code)) break;
          matched = length;
        }
      }
      if (matched === 0) break;
      // A name after a bare number settles it: "Figeac 46 Lot" is a département, not an arrondissement.
      if (query.numberOnly) {
        delete query.arrondissement;
        delete query.numberOnly;
      }
      tokens.splice(-matched);
    }
    qualified = true;
  }
  return qualified ? { name: tokens.join(" "), ...query } : null;
}

/** Whether a commune is one the qualifiers allow. */
export function matchesQualifiers(commune: { code: string; postcodes: readonly string[]; departementCode?: string }, query: PlaceQuery): boolean {
  if (query.postcode !== undefined && !commune.postcodes.includes(query.postcode) && commune.code !== query.postcode) return false;
  const inDepartement = query.departementCode === undefined || commune.departementCode === query.departementCode;
  const hasArrondissement = query.arrondissement === undefined || (query.arrondissement >= 1 && arrondissementCount(commune.code) >= query.arrondissement);
  return query.numberOnly ? inDepartement || hasArrondissement : inDepartement && hasArrondissement;
}

/**
 * The postcode a typed text names for the commune it was resolved to, to show that one rather than the commune's
 * first ("Lyon 3e" → "Lyon (69003)", "Marseille 13001"). Null when it names none.
 */
export function postcodeTypedFor(communeCode: string, text: string): string | null {
  const tokens = normalizePlaceName(text).split(" ").slice(1);
  const postcode = tokens.find((token) => /^\d{5}$/.test(token));
  if (postcode) return postcode;
  for (const token of tokens.reverse()) {
    const number = ORDINAL.exec(token)?.[1] ?? /^\d{1,2}$/.exec(token)?.[0];
    const arrondissement = number === undefined ? null : arrondissementPostcode(communeCode, Number(number));
    if (arrondissement) return arrondissement;
  }
  return null;
}
