// In-process latency of the product's functions on a loaded data set: each case draws random arguments from a
// seeded generator (the same draws on both engines), makes warm-up calls, then times the measured calls.
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "../db/client";
import { SeededRandom, WeightedTable } from "../db/seed/random";
import { findCatalystsForCommune } from "../lib/catalysts/finder";
import { organisationFiltersSchema } from "../lib/organisations/filters";
import { ACTOR_KINDS, RESOURCE_KINDS, THEMES } from "../lib/shared/vocabulary";
import { haversineKm, LONGITUDE_SCALE, type BoundingBox } from "../lib/geo/distance";
import { getMapClusters } from "../lib/map/clusters";
import { degreesPerPixel } from "../lib/map/cluster-layout";
import { proposePartners } from "../lib/matching/proposals";
import { searchOrganisations } from "../lib/organisations/directory";
import { searchCommunes } from "../lib/territories/territories";
import { sitemapFile, sitemapIndex } from "../lib/open-data/sitemap";
import { summarize, type Summary } from "./stats";

export interface BenchCommune {
  code: string;
  name: string;
  postcodes: string[];
  population: number | null;
  lat: number;
  lon: number;
}

/** What the draws pick from: every commune (uniformly or by population) and a sample of published organisations. */
export interface DrawPool {
  communes: BenchCommune[];
  byPopulation: WeightedTable<BenchCommune>;
  organisationSlugs: string[];
  catalystSlugs: string[];
}

/** One call's outcome: did it find something, and how large is its JSON (for the map's payload). */
export interface CallOutcome {
  found: boolean;
  jsonBytes?: number;
  gzipBytes?: number;
}

export interface LatencyCase {
  key: string;
  name: string;
  /** For heavy calls (a 50,000-URL file): at most this many timed calls, after at most 3 warm-up ones. */
  maxRuns?: number;
  /** Picks the arguments of one call and returns the call, so that only the call is timed. */
  draw(random: SeededRandom, pool: DrawPool): (db: Executor) => Promise<CallOutcome>;
}

export interface CaseResult {
  key: string;
  name: string;
  timings: Summary;
  /** Calls that found nothing (no commune, no proposal, empty viewport): a sanity check, not a failure. */
  empty: number;
  jsonKb?: Summary;
  gzipKb?: Summary;
}

export async function loadDrawPool(db: Executor, organisationSample: number): Promise<DrawPool> {
  const communes = await queryRows<BenchCommune>(db, sql`SELECT code, name, postcodes, population, lat, lon FROM communes ORDER BY code`);
  // setseed makes ORDER BY random() repeatable within one engine; the slugs are then sorted so that the seeded
  // generator, not the table's physical order, decides which organisation each call asks for.
  await db.execute(sql`SELECT setseed(0.17)`);
  const slugs = await queryRows<{ slug: string }>(
    db,
    sql`SELECT slug FROM organisations WHERE status = 'published' ORDER BY random() LIMIT ${organisationSample}`,
  );
  const catalysts = await queryRows<{ slug: string }>(db, sql`SELECT slug FROM catalysts ORDER BY slug`);
  return {
    communes,
    byPopulation: new WeightedTable(communes, (commune) => commune.population ?? 0),
    organisationSlugs: slugs.map((row) => row.slug).sort(),
    catalystSlugs: catalysts.map((row) => row.slug),
  };
}

/** Half of the places where people live (by population), half anywhere in France. */
export const pickCommune = (random: SeededRandom, pool: DrawPool) => (random.chance(0.5) ? pool.byPopulation.pick(random) : random.pick(pool.communes));

/** What a person types in the commune picker: a name's beginning, a postcode's beginning, or a name with a typo. */
function typedCommune(random: SeededRandom, commune: BenchCommune): string {
  const roll = random.next();
  if (roll < 0.2 && commune.postcodes.length) return random.pick(commune.postcodes).slice(0, random.int(2, 5));
  const name = commune.name.toLowerCase();
  if (roll < 0.3 && name.length > 5) {
    const at = random.int(1, name.length - 2);
    return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
  }
  return name.slice(0, random.int(3, Math.max(3, Math.min(10, name.length))));
}

/** A 1280×800 map viewport centred on a lived-in place (a Web Mercator approximation is enough here). */
export function viewportAround(commune: BenchCommune, zoom: number): BoundingBox {
  const halfLon = 640 * degreesPerPixel(zoom);
  const halfLat = 400 * degreesPerPixel(zoom) * Math.cos((commune.lat * Math.PI) / 180);
  return { west: commune.lon - halfLon, east: commune.lon + halfLon, south: commune.lat - halfLat, north: commune.lat + halfLat };
}

export const MAP_ZOOMS = [6, 9, 12, 14] as const;

/** The sitemap's last organisations chunk, per database (its number read from the index once, during the warm-up). */
const lastSitemapChunk = new WeakMap<object, Promise<number>>();
const SITEMAP_BASE = "https://alliances.example";

function sitemapCase(which: "first" | "last"): LatencyCase {
  return {
    key: `sitemap-${which}`,
    name: `sitemap, ${which} organisations chunk (sitemapFile; 30 calls)`,
    maxRuns: 30,
    draw: () => async (db) => {
      let last = lastSitemapChunk.get(db);
      if (!last) lastSitemapChunk.set(db, (last = sitemapIndex(db, SITEMAP_BASE).then((xml) => xml.match(/organisations-\d+\.xml/g)!.length - 1)));
      const chunk = which === "first" ? 0 : await last;
      const xml = await sitemapFile(db, SITEMAP_BASE, `organisations-${chunk}.xml`);
      return { found: Boolean(xml?.includes("<loc>")) };
    },
  };
}

export const LATENCY_CASES: LatencyCase[] = [
  {
    key: "nearest",
    name: "nearest catalyst for a commune (findCatalystsForCommune)",
    draw: (random, pool) => {
      const code = pickCommune(random, pool).code;
      return async (db) => ({ found: ((await findCatalystsForCommune(db, code))?.nearest.length ?? 0) > 0 });
    },
  },
  {
    key: "autocomplete",
    name: "commune autocomplete (searchCommunes)",
    draw: (random, pool) => {
      const typed = typedCommune(random, pickCommune(random, pool));
      return async (db) => ({ found: (await searchCommunes(db, typed, 10)).length > 0 });
    },
  },
  {
    key: "search",
    name: "directory search near a place with filters (searchOrganisations)",
    draw: (random, pool) => {
      const raw: Record<string, string> = { near: pickCommune(random, pool).code, radius: String(random.pick([5, 10, 30, 50])) };
      const filter = random.int(0, 3);
      if (filter === 1) raw.kind = random.pick(ACTOR_KINDS);
      if (filter === 2) raw.theme = random.pick(THEMES);
      if (filter === 3) raw.offers = random.pick(RESOURCE_KINDS);
      const filters = organisationFiltersSchema.parse(raw);
      return async (db) => ({ found: (await searchOrganisations(db, filters)).items.length > 0 });
    },
  },
  ...MAP_ZOOMS.map((zoom): LatencyCase => ({
    key: `map-z${zoom}`,
    name: `map clusters, random viewport at zoom ${zoom} (getMapClusters)`,
    draw: (random, pool) => {
      const bbox = viewportAround(pool.byPopulation.pick(random), zoom);
      const filters = random.chance(0.25) ? { theme: [random.pick(THEMES)] } : undefined;
      return async (db) => {
        const result = await getMapClusters(db, { bbox, zoom, filters });
        const body = JSON.stringify(result);
        return { found: result.features.length > 0, jsonBytes: Buffer.byteLength(body), gzipBytes: gzipSync(body).length };
      };
    },
  })),
  {
    key: "proposals",
    name: "partner proposals for an organisation (proposePartners)",
    draw: (random, pool) => {
      const slug = random.pick(pool.organisationSlugs);
      return async (db) => ({ found: ((await proposePartners(db, null, slug, { locale: "fr", limit: 10, fresh: true }))?.proposals.length ?? 0) > 0 });
    },
  },
  sitemapCase("first"),
  sitemapCase("last"),
];

export interface LatencyOptions {
  warmUp: number;
  runs: number;
  seed: number;
}

/** Times one case: `warmUp` calls not counted, then `runs` timed calls, each with freshly drawn arguments. */
export async function runLatencyCase(db: Executor, pool: DrawPool, entry: LatencyCase, options: LatencyOptions): Promise<CaseResult> {
  const random = new SeededRandom(options.seed);
  const times: number[] = [];
  const json: number[] = [];
  const gzip: number[] = [];
  let empty = 0;
  const warmUp = entry.maxRuns === undefined ? options.warmUp : Math.min(options.warmUp, 3);
  const runs = Math.min(options.runs, entry.maxRuns ?? Infinity);
  for (let index = 0; index < warmUp + runs; index++) {
    const call = entry.draw(random, pool);
    const started = performance.now();
    const outcome = await call(db);
    const elapsed = performance.now() - started;
    if (index < warmUp) continue;
    times.push(elapsed);
    if (!outcome.found) empty++;
    if (outcome.jsonBytes !== undefined) json.push(outcome.jsonBytes / 1024);
    if (outcome.gzipBytes !== undefined) gzip.push(outcome.gzipBytes / 1024);
  }
  return {
    key: entry.key,
    name: entry.name,
    timings: summarize(times),
    empty,
    ...(json.length ? { jsonKb: summarize(json), gzipKb: summarize(gzip) } : {}),
  };
}

/** The retrieval partner matching had before issue 19: the 250 nearest published organisations. */
const FORMER_NEAREST = 250;

export interface ProposalReach {
  lists: number;
  proposals: number;
  /** Proposals farther than the subject's 250th nearest published organisation: the former retrieval never read them. */
  beyond: number;
  /** Lists with at least one such proposal. */
  listsBeyond: number;
  /** Proposals exactly as far as the 250th nearest (on a shared point): the former retrieval read them or not by the rows' order. */
  tied: number;
}

/**
 * How much of what the matching proposes lies beyond the nearest 250: for a sample of organisations, the public list
 * of ten, each proposal's distance against the subject's 250th nearest published organisation.
 */
export async function measureProposalReach(db: Executor, pool: DrawPool, sample: number, seed: number): Promise<ProposalReach> {
  const random = new SeededRandom(seed);
  const reach: ProposalReach = { lists: 0, proposals: 0, beyond: 0, listsBeyond: 0, tied: 0 };
  for (let index = 0; index < sample; index++) {
    const result = await proposePartners(db, null, random.pick(pool.organisationSlugs), { locale: "fr", limit: 10, fresh: true });
    if (!result?.proposals.length) continue;
    const { subject } = result;
    const [farthest] = await queryRows<{ lat: number; lon: number }>(
      db,
      sql`SELECT lat, lon FROM organisations WHERE status = 'published' AND id <> ${subject.id}
          ORDER BY geo <-> point(${subject.lon * LONGITUDE_SCALE}, ${subject.lat}) OFFSET ${FORMER_NEAREST - 1} LIMIT 1`,
    );
    const limitKm = farthest ? haversineKm(subject, farthest) : Infinity;
    const distances = result.proposals.map((proposal) => haversineKm(subject, proposal));
    const beyond = distances.filter((distance) => distance > limitKm + 1e-9).length;
    reach.lists++;
    reach.proposals += distances.length;
    reach.beyond += beyond;
    reach.listsBeyond += beyond ? 1 : 0;
    reach.tied += distances.filter((distance) => Math.abs(distance - limitKm) <= 1e-9).length;
  }
  return reach;
}
