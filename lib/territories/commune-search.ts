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
// The finder and the commune pickers ask `searchPlace` instead, which reads what people type for a place rather
// than a database pattern (see there).
// Pure: no database, no framework import.
import { normalizePlaceName } from "@/lib/catalysts/commune-label";
import { matchesQualifiers, NAME_ABBREVIATIONS, parsePlaceQuery, type DepartementNames, type PlaceQuery } from "@/lib/territories/place-query";

export interface SearchableCommune {
  code: string;
  /** The name as the database normalises it (`f_search_normalize`). */
  searchName: string;
  postcodes: string[];
  population: number | null;
  /** Read by `searchPlace` for a département typed after the name ("Saint-Maurice 52", "Figeac, Lot"). */
  departementCode?: string;
  departementName?: string;
}

/**
 * How a commune's name matches the words typed, best first. "leading": a longer name far more populous than every
 * exact match (Saint-Maur-des-Fossés for "Saint-Maur"); "words": each word typed begins a word of the name, in order
 * ("maur fosses"); "similar": a typo, as pg_trgm would measure it, whose every word begins as a word of the name does.
 */
export type PlaceMatchTier = "leading" | "exact" | "prefix" | "words" | "similar";
const TIER_ORDER: Record<PlaceMatchTier, number> = { leading: 0, exact: 1, prefix: 2, words: 3, similar: 4 };

/** How much larger than every exact homonym a longer name must be to come first ("Saint-Maur" → Saint-Maur-des-Fossés). */
export const LEADING_POPULATION_RATIO = 10;

export interface PlaceMatches<T> {
  /** Best first, at most the limit asked. */
  communes: T[];
  /** The one commune the text plainly names, to answer at once; null when a person must choose. */
  obvious: T | null;
  /** The name and qualifiers read from the text, when the qualifiers narrowed the search. */
  query: PlaceQuery | null;
}

interface PlaceRanked {
  position: number;
  tier: PlaceMatchTier;
  similarity: number;
}

interface PlaceRanking {
  best: PlaceRanked[];
  exactCount: number;
  /** The position of the obvious commune. */
  obvious: number | null;
}

/** Below this many names beginning as typed, typos are looked for too. */
const TYPO_SEARCH_BELOW = 50;

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
  /** Every word of every name, sorted, with its commune: the words a typed word begins. */
  private readonly words: string[];
  private readonly wordPositions: Int32Array;
  private readonly nameWords: string[][];
  private readonly departements: DepartementNames;

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
    this.nameWords = communes.map((commune) => commune.searchName.split(" ").filter(Boolean));
    const entries = this.nameWords.flatMap((words, position) => words.map((word) => ({ word, position }))).sort((a, b) => compareText(a.word, b.word));
    this.words = entries.map((entry) => entry.word);
    this.wordPositions = Int32Array.from(entries, (entry) => entry.position);
    const codes = new Set<string>();
    const byName = new Map<string, string>();
    for (const commune of communes) {
      if (!commune.departementCode) continue;
      codes.add(commune.departementCode);
      if (commune.departementName) byName.set(normalizeSearchText(commune.departementName), commune.departementCode);
    }
    this.departements = { codes, byName };
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

  /**
   * Trigrams each commune shares with the query, counted in a reused array (a short prefix touches thousands of
   * communes): the caller reads the counts of the positions touched, then must reset them to 0.
   */
  private countSharedTrigrams(queryGrams: Set<string>): { shared: Uint16Array; touched: number[] } {
    const shared = this.sharedCounts;
    const touched: number[] = [];
    for (const gram of queryGrams) {
      for (const position of this.postings.get(gram) ?? []) {
        if (shared[position] === 0) touched.push(position);
        shared[position] = shared[position]! + 1;
      }
    }
    return { shared, touched };
  }

  /** Communes for a name as typed (see the ranking at the top of this file). */
  searchName(typed: string, limit: number): T[] {
    const term = normalizeSearchText(typed);
    if (!term) return [];
    const queryGrams = trigrams(term);
    const { shared, touched } = this.countSharedTrigrams(queryGrams);
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

  /**
   * Communes for what a person types to name a place. Unlike `searchName`, which a database pattern could answer:
   * - a département, a postcode or an arrondissement after the name narrows it ("Saint-Maurice 52", "saint maurice
   *   haute marne", "Figeac, Lot", "Marseille 13001", "Lyon 3e"), unless the whole text is itself a name
   *   ("Bar-sur-Aube");
   * - each word typed must begin a word of the name, "st" standing for "saint" (so "st maurice" is not "Aurice"),
   *   and a typo is only tolerated in a word that begins as one of the name's does;
   * - homonyms by population, and a longer name far more populous than every exact one first (see PlaceMatchTier);
   * - `obvious` is the one commune meant, when there is one: a single exact match (no leading one), else a single
   *   match by its words ("evian"), else a single typo ("figeak").
   */
  searchPlace(typed: string, limit: number): PlaceMatches<T> {
    const whole = normalizeSearchText(typed);
    if (!whole) return { communes: [], obvious: null, query: null };
    const query = parsePlaceQuery(typed, this.departements);
    if (query) {
      // The whole text as a name first, without typos: "Bar-sur-Aube" is no Bar-sur in the Aube.
      if (this.rankPlace(whole, null, limit, false).exactCount === 0) {
        const narrowed = this.rankPlace(query.name, query, limit, true);
        if (narrowed.best.length > 0) return this.placeMatches(narrowed, query);
      }
    }
    return this.placeMatches(this.rankPlace(whole, null, limit, true), null);
  }

  private placeMatches({ best, obvious }: PlaceRanking, query: PlaceQuery | null): PlaceMatches<T> {
    return {
      communes: best.map(({ position }) => this.communes[position]!),
      obvious: obvious === null ? null : this.communes[obvious]!,
      query,
    };
  }

  /** The best `limit` communes whose name matches the normalised `term` (and the qualifiers), and the obvious one. */
  private rankPlace(term: string, qualifiers: PlaceQuery | null, limit: number, typos: boolean): PlaceRanking {
    const tokens = term.split(" ").filter(Boolean);
    const allowed = (position: number) => qualifiers === null || matchesQualifiers(this.communes[position]!, qualifiers);
    const population = (match: PlaceRanked) => this.communes[match.position]!.population ?? 0;
    const matches: PlaceRanked[] = [];
    const matched = this.seenFlags;
    // Every match has a word that the rarest typed word begins.
    for (const position of this.candidatesFor(tokens)) {
      if (!allowed(position)) continue;
      const tier = tokenTier(tokens, this.nameWords[position]!);
      if (!tier) continue;
      matches.push({ position, tier, similarity: 1 });
      matched[position] = 1;
    }
    // Typos, only when few names begin as typed (a text that begins hundreds of names is no typo): trigram
    // similarity to the text with its abbreviations spelt out.
    const expanded = tokens.map((token) => NAME_ABBREVIATIONS.get(token) ?? token);
    if (typos && matches.length < TYPO_SEARCH_BELOW) {
      const queryGrams = trigrams(expanded.join(" "));
      const { shared, touched } = this.countSharedTrigrams(queryGrams);
      for (const position of touched) {
        if (matched[position]) continue;
        const similarity = trigramSimilarity(shared[position]!, queryGrams.size, this.trigramCounts[position]!);
        if (similarity < SIMILARITY_THRESHOLD || !allowed(position)) continue;
        const words = this.nameWords[position]!;
        if (expanded.every((token) => words.some((word) => word.startsWith(token.slice(0, 2))))) matches.push({ position, tier: "similar", similarity });
      }
      for (const position of touched) shared[position] = 0;
    }
    for (const match of matches) matched[match.position] = 0;

    // A longer name, or failing any exact one a typo, far more populous than every better match comes first.
    let largestExact = 0;
    let largestByWords = 0;
    for (const match of matches) {
      if (match.tier === "exact") largestExact = Math.max(largestExact, population(match));
      else if (match.tier !== "similar") largestByWords = Math.max(largestByWords, population(match));
    }
    const leadingTier: PlaceMatchTier | null = largestExact > 0 ? "prefix" : largestByWords > 0 ? "similar" : null;
    const leadingFrom = LEADING_POPULATION_RATIO * (largestExact > 0 ? largestExact : largestByWords);
    const counts: Record<PlaceMatchTier, number> = { leading: 0, exact: 0, prefix: 0, words: 0, similar: 0 };
    const firstOf: Partial<Record<PlaceMatchTier, number>> = {};
    for (const match of matches) {
      if (match.tier === leadingTier && population(match) >= leadingFrom) match.tier = "leading";
      counts[match.tier] += 1;
      firstOf[match.tier] ??= match.position;
    }
    const byWords = counts.prefix + counts.words;
    const obvious =
      counts.leading > 0
        ? null
        : counts.exact === 1
          ? firstOf.exact!
          : counts.exact === 0 && byWords === 1
            ? (firstOf.prefix ?? firstOf.words)!
            : counts.exact === 0 && byWords === 0 && counts.similar === 1
              ? firstOf.similar!
              : null;

    // The best `limit` kept in order as they come ("saint" begins thousands of names: no need to sort them all).
    const order = (a: PlaceRanked, b: PlaceRanked) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || b.similarity - a.similarity || this.byPopulationThenCode(a.position, b.position);
    const best: PlaceRanked[] = [];
    for (const match of matches) {
      if (best.length >= limit && (limit <= 0 || order(match, best[best.length - 1]!) >= 0)) continue;
      best.splice(
        lowerBound(best.length, (index) => order(best[index]!, match) <= 0),
        0,
        match,
      );
      if (best.length > limit) best.pop();
    }
    return { best, exactCount: counts.exact, obvious };
  }

  /** Where the words beginning with `prefix` (or equal to it, when `whole`) lie in the sorted words. */
  private wordRange(prefix: string, whole: boolean): [number, number] {
    const start = lowerBound(this.words.length, (i) => compareText(this.words[i]!, prefix) < 0);
    let end = start;
    while (end < this.words.length && (whole ? this.words[end] === prefix : this.words[end]!.startsWith(prefix))) end += 1;
    return [start, end];
  }

  /** The ranges of words a typed word matches: those it begins, and the word it abbreviates. */
  private wordRanges(token: string): Array<[number, number]> {
    const expansion = NAME_ABBREVIATIONS.get(token);
    return expansion ? [this.wordRange(token, false), this.wordRange(expansion, true)] : [this.wordRange(token, false)];
  }

  /** Communes with a word that begins with the typed word the fewest words begin with. */
  private candidatesFor(tokens: readonly string[]): Set<number> {
    let fewest: Array<[number, number]> = [];
    let fewestCount = Infinity;
    for (const token of tokens) {
      const ranges = this.wordRanges(token);
      const count = ranges.reduce((sum, [start, end]) => sum + end - start, 0);
      if (count < fewestCount) [fewest, fewestCount] = [ranges, count];
    }
    const positions = new Set<number>();
    for (const [start, end] of fewest) for (let index = start; index < end; index += 1) positions.add(this.wordPositions[index]!);
    return positions;
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

/** How the typed words match a name's words (null: they do not), see PlaceMatchTier. */
export function tokenTier(tokens: readonly string[], words: readonly string[]): Exclude<PlaceMatchTier, "leading" | "similar"> | null {
  const count = tokens.length;
  if (count === 0 || words.length < count) return null;
  if (words.length === count && tokens.every((token, index) => same(token, words[index]!))) return "exact";
  // The last word typed may be unfinished; the ones before it are whole.
  if (tokens.every((token, index) => (index < count - 1 ? same(token, words[index]!) : begins(token, words[index]!)))) return "prefix";
  let next = 0;
  for (const token of tokens) {
    while (next < words.length && !begins(token, words[next]!)) next += 1;
    if (next === words.length) return null;
    next += 1;
  }
  return "words";
}

const same = (token: string, word: string) => word === token || NAME_ABBREVIATIONS.get(token) === word;
const begins = (token: string, word: string) => word.startsWith(token) || NAME_ABBREVIATIONS.get(token) === word;

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
