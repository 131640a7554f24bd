// What a search box's text may cost. Every public text search (the directory's q, the catalysts', the
// collectivités' autocomplete) hands the database only the bounded form of the text built here: websearch_to_tsquery
// turns quotes, minus signs and OR into phrase, negation and disjunction operators, and each term it keeps, like
// each trigram word_similarity compares, multiplies the work per row. A 99-character q of 49 one-letter quoted
// terms made the directory scan and compare every organisation (250-350 ms for 5,000 on PGlite, which runs inside
// the app's process and so stalls every request meanwhile; PGlite cannot honour statement_timeout either, so on
// the embedded engine these caps are the only bound). The commune autocomplete is not here: it searches in
// memory (lib/territories/commune-search.ts), bounded by its 100-character cap. Pure: no database, no framework import.

export const SEARCH_LIMITS = {
  /** Terms kept, the first ones typed. */
  maxTerms: 8,
  /** Shorter words are dropped by default: they match almost everything and are French stop words anyway. */
  minTermLength: 2,
  /** A longer word is cut (the longest French words run to about 25 letters). */
  maxTermLength: 30,
  /** The bounded text, terms and spaces, at most (characters, as code points). */
  maxLength: 100,
} as const;

export interface SearchTermOptions {
  /** 1 for searches that match a name as a whole ("Pays d'Aix" must keep its "d"); 2 by default. */
  minTermLength?: number;
}

// Letters, digits and the combining marks of a decomposed accent: everything else (quotes, minus, parentheses,
// apostrophes, hyphens, operators of any kind) only separates words.
const TERM = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a search text, bounded: in order, without repeats (ignoring case), at most SEARCH_LIMITS. */
export function searchTerms(text: string, options: SearchTermOptions = {}): string[] {
  const minTermLength = options.minTermLength ?? SEARCH_LIMITS.minTermLength;
  const terms: string[] = [];
  const seen = new Set<string>();
  let length = 0;
  // Only the beginning is read: the rest could not fit anyway, and a huge text costs nothing to skip.
  const head = text.slice(0, SEARCH_LIMITS.maxLength * 20).normalize("NFC");
  for (const [match] of head.matchAll(TERM)) {
    const characters = [...match];
    if (characters.length < minTermLength) continue;
    const term = characters.slice(0, SEARCH_LIMITS.maxTermLength).join("");
    const key = term.toLowerCase();
    // "or" is websearch_to_tsquery's disjunction, whatever its case.
    if (key === "or" || seen.has(key)) continue;
    const termLength = Math.min(characters.length, SEARCH_LIMITS.maxTermLength);
    if (length + (terms.length ? 1 : 0) + termLength > SEARCH_LIMITS.maxLength) break;
    length += (terms.length ? 1 : 0) + termLength;
    seen.add(key);
    terms.push(term);
    if (terms.length === SEARCH_LIMITS.maxTerms) break;
  }
  return terms;
}

/** The bounded terms as one text, separated by single spaces; "" when nothing in the text is searchable. */
export function searchText(text: string, options: SearchTermOptions = {}): string {
  return searchTerms(text, options).join(" ");
}
