// Commune autocomplete in memory: the 35,000 communes are reference data that change once a year, small enough to
// hold in the process, and a lookup here costs a fraction of a millisecond where the same search in the database
// (trigram index, then the joins for the names of the territories) costs 10 ms and more under load.
//
// The ranking is the database's, rule for rule, so both give the same answer (a test checks it against pg_trgm):
// - digits: communes whose code is the text or one of whose postcodes starts with it; the exact code or postcode
//   first, then by population;
// - a name: the normalised name (lower case, no accents, punctuation folded to one space) starting with the
//   normalised text, or similar to it as pg_trgm measures similarity (shared trigrams ÷ trigrams of either,
//   at least 0.3); exact first, then prefixes, then by similarity, population, code.
// Pure: no database, no framework import.
import { normalizePlaceName } from "@/lib/catalysts/commune-label";

export interface SearchableCommune {
  code: string;
  /** The name as the database normalises it (`f_search_normalize`). */
  searchName: string;
  postcodes: string[];
  population: number | null;
}

/** pg_trgm's default `pg_trgm.similarity_threshold`, the bar of its `%` operator. */
export const SIMILARITY_THRESHOLD = 0.3;

/** The normalisation of `f_search_normalize`: "L'Île-Saint-Denis" → "l ile saint denis". */
export const normalizeSearchText = normalizePlaceName;

/** The trigrams pg_trgm extracts from normalised text: each word padded with two spaces before and one after. */
export function trigrams(normalized: string): Set<string> {
  const result = new Set<string>();
  for (const word of normalized.split(" ")) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index += 1) result.add(padded.slice(index, index + 3));
  }
  return result;
}

/** pg_trgm's `similarity(a, b)`, computed in single precision as pg_trgm does. */
export function trigramSimilarity(shared: number, countA: number, countB: number): number {
  const union = countA + countB - shared;
  return union <= 0 ? 0 : Math.fround(Math.fround(shared) / Math.fround(union));
}

interface Ranked {
  position: number;
  exact: boolean;
  prefix: boolean;
  similarity: number;
}

export class CommuneSearchIndex<T extends SearchableCommune> {
  private readonly byName: number[];
  private readonly postcodeEntries: Array<{ postcode: string; position: number }>;
  private readonly byCode = new Map<string, number>();
  private readonly trigramCounts: Uint16Array;
  private readonly sharedCounts: Uint16Array;
  private readonly seenFlags: Uint8Array;
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly communes: readonly T[]) {
    this.byName = communes.map((_, position) => position).sort((a, b) => compareText(communes[a]!.searchName, communes[b]!.searchName));
    this.postcodeEntries = communes
      .flatMap((commune, position) => commune.postcodes.map((postcode) => ({ postcode, position })))
      .sort((a, b) => compareText(a.postcode, b.postcode));
    this.trigramCounts = new Uint16Array(communes.length);
    this.sharedCounts = new Uint16Array(communes.length);
    this.seenFlags = new Uint8Array(communes.length);
    communes.forEach((commune, position) => {
      this.byCode.set(commune.code, position);
      const grams = trigrams(commune.searchName);
      this.trigramCounts[position] = grams.size;
      for (const gram of grams) {
        const list = this.postings.get(gram);
        if (list) list.push(position);
        else this.postings.set(gram, [position]);
      }
    });
  }

  get size(): number {
    return this.communes.length;
  }

  byInseeCode(code: string): T | undefined {
    const position = this.byCode.get(code);
    return position === undefined ? undefined : this.communes[position];
  }

  /** Communes whose code is `digits` or one of whose postcodes starts with it. */
  searchDigits(digits: string, limit: number): T[] {
    const found = new Set<number>();
    for (
      let index = lowerBound(this.postcodeEntries.length, (i) => compareText(this.postcodeEntries[i]!.postcode, digits) < 0);
      index < this.postcodeEntries.length;
      index += 1
    ) {
      const entry = this.postcodeEntries[index]!;
      if (!entry.postcode.startsWith(digits)) break;
      found.add(entry.position);
    }
    const coded = this.byCode.get(digits);
    if (coded !== undefined) found.add(coded);
    const exact = (position: number) => this.communes[position]!.code === digits || this.communes[position]!.postcodes.includes(digits);
    return [...found]
      .sort((a, b) => Number(exact(b)) - Number(exact(a)) || this.byPopulationThenCode(a, b))
      .slice(0, limit)
      .map((position) => this.communes[position]!);
  }

  /** Communes for a name as typed (see the ranking at the top of this file). */
  searchName(typed: string, limit: number): T[] {
    const term = normalizeSearchText(typed);
    if (!term) return [];
    const queryGrams = trigrams(term);
    // Shared trigrams per commune, counted in a reused array (a short prefix touches thousands of communes).
    const shared = this.sharedCounts;
    const touched: number[] = [];
    for (const gram of queryGrams) {
      for (const position of this.postings.get(gram) ?? []) {
        if (shared[position] === 0) touched.push(position);
        shared[position] = shared[position]! + 1;
      }
    }
    const order = (a: Ranked, b: Ranked) =>
      Number(b.exact) - Number(a.exact) ||
      Number(b.prefix) - Number(a.prefix) ||
      b.similarity - a.similarity ||
      this.byPopulationThenCode(a.position, b.position);
    // The best `limit` kept in order as they come ("saint" begins 4,000 names: no need to sort them all).
    const best: Ranked[] = [];
    const offer = (candidate: Ranked) => {
      if (best.length >= limit && order(candidate, best[best.length - 1]!) >= 0) return;
      best.splice(
        lowerBound(best.length, (index) => order(best[index]!, candidate) <= 0),
        0,
        candidate,
      );
      if (best.length > limit) best.pop();
    };
    const similarityOf = (position: number) => trigramSimilarity(shared[position]!, queryGrams.size, this.trigramCounts[position]!);
    // Prefixes first (they rank above any mere similarity), each marked so the similar ones skip it.
    const seen = this.seenFlags;
    const prefixed: number[] = [];
    for (
      let index = lowerBound(this.byName.length, (i) => compareText(this.communes[this.byName[i]!]!.searchName, term) < 0);
      index < this.byName.length;
      index += 1
    ) {
      const position = this.byName[index]!;
      const name = this.communes[position]!.searchName;
      if (!name.startsWith(term)) break;
      seen[position] = 1;
      prefixed.push(position);
      offer({ position, exact: name === term, prefix: true, similarity: similarityOf(position) });
    }
    for (const position of touched) {
      if (seen[position]) continue;
      const similarity = similarityOf(position);
      if (similarity >= SIMILARITY_THRESHOLD) offer({ position, exact: false, prefix: false, similarity });
    }
    for (const position of touched) shared[position] = 0;
    for (const position of prefixed) seen[position] = 0;
    return best.map(({ position }) => this.communes[position]!);
  }

  private byPopulationThenCode(a: number, b: number): number {
    const left = this.communes[a]!;
    const right = this.communes[b]!;
    // Population descending, unknown last (the database's DESC NULLS LAST), then the code in byte order.
    if (left.population !== right.population) {
      if (left.population === null) return 1;
      if (right.population === null) return -1;
      return right.population - left.population;
    }
    return compareText(left.code, right.code);
  }
}

/** Byte order (the database's "C" collation on ASCII text), not the locale's. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first index in [0, length) for which `before` is false (`before` true then false along the range). */
function lowerBound(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
