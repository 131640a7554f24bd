// The peer's way, for comparison only (the product never needs PostGIS): the same nearest and radius questions
// on the same organisations, written as a PostGIS directory would (geography column, GiST index, `<->`,
// ST_DWithin + ST_Distance), against the product's planar `geo` column + haversine. Runs on Postgres only, in a
// separate schema `postgis_peer` holding a copy of the organisations, so the product's tables stay untouched.
import { sql } from "drizzle-orm";
import { queryRows, type DatabaseHandle, type Executor } from "../db/client";
import { SeededRandom } from "../db/seed/random";
import { exactNearest } from "../lib/geo/nearest";
import { haversineKm, type LatLon } from "../lib/geo/distance";
import { geoWithinRadiusBox, haversineKmSql, inAnyBox, planarPoint } from "../lib/geo/sql";
import { pickCommune, type DrawPool } from "./latency";
import { summarize, type Summary } from "./stats";

const NEAREST_COUNT = 10;
const RADIUS_PAGE = 20;
const RADII_KM = [5, 10, 30] as const;

export interface GeoComparison {
  question: string;
  product: Summary;
  postgis: Summary;
  /** Calls where both ways returned the same rows (by distance, to 10 m). */
  agreeing: number;
  runs: number;
}

/** Installs PostGIS in the bench database and builds the peer copy once; false when PostGIS is not available. */
export async function preparePostgisPeer(handle: DatabaseHandle, log: (message: string) => void): Promise<boolean> {
  const [available] = await queryRows<{ found: boolean }>(
    handle.db,
    sql`SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis') AS found`,
  );
  if (!available?.found) return false;
  await handle.exec("CREATE EXTENSION IF NOT EXISTS postgis");
  const [peer] = await queryRows<{ rows: number | null; source: number }>(
    handle.db,
    sql`SELECT (SELECT reltuples::bigint::int FROM pg_class WHERE oid = to_regclass('postgis_peer.organisations')) AS rows,
               (SELECT count(*)::int FROM organisations) AS source`,
  );
  if (peer?.rows !== null && peer?.rows !== undefined && Math.abs(peer.rows - peer.source) <= peer.source * 0.01) return true;
  log("Building the PostGIS peer copy (postgis_peer.organisations, geography + GiST)…");
  // The copy keeps every column of the product's table, so both ways read rows of the same width.
  await handle.exec(`
    DROP SCHEMA IF EXISTS postgis_peer CASCADE;
    CREATE SCHEMA postgis_peer;
    CREATE TABLE postgis_peer.organisations AS
      SELECT o.*, ST_SetSRID(ST_MakePoint(o.lon, o.lat), 4326)::geography AS geog FROM public.organisations o;
    CREATE INDEX ON postgis_peer.organisations USING gist (geog);
    ANALYZE postgis_peer.organisations;
  `);
  return true;
}

interface Row extends LatLon {
  id: string;
}

function productNearest(db: Executor, origin: LatLon): Promise<Row[]> {
  return exactNearest<Row>(
    origin,
    NEAREST_COUNT,
    (row) => row.id,
    (candidates) =>
      queryRows<Row>(
        db,
        sql`SELECT id, lat, lon FROM organisations WHERE status = 'published' ORDER BY geo <-> ${planarPoint(origin)} LIMIT ${candidates}::int`,
      ),
    (boxes, wanted) =>
      queryRows<Row>(
        db,
        sql`SELECT o.id, o.lat, o.lon FROM organisations o WHERE o.status = 'published' AND (${inAnyBox(sql`o.geo`, boxes)})
            ORDER BY ${haversineKmSql("o", origin)}, o.id LIMIT ${wanted}::int`,
      ),
  );
}

const peerPoint = (origin: LatLon) => sql`ST_SetSRID(ST_MakePoint(${origin.lon}::float8, ${origin.lat}::float8), 4326)::geography`;

function postgisNearest(db: Executor, origin: LatLon): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`SELECT id, lat, lon FROM postgis_peer.organisations WHERE status = 'published'
        ORDER BY geog <-> ${peerPoint(origin)} LIMIT ${NEAREST_COUNT}`,
  );
}

/** The directory's radius question: the first page nearest first, and how many in all. */
async function productRadius(db: Executor, origin: LatLon, radiusKm: number): Promise<Row[]> {
  const where = sql`o.status = 'published' AND ${geoWithinRadiusBox("o", origin, radiusKm)} AND ${haversineKmSql("o", origin)} <= ${radiusKm}`;
  // As the directory does (lib/organisations/directory.ts): the page from the index's nearest-first order, exactly ranked.
  const [rows] = await Promise.all([
    exactNearest<Row>(
      origin,
      RADIUS_PAGE,
      (row) => row.id,
      (candidates) =>
        queryRows<Row>(
          db,
          sql`SELECT o.id, o.lat, o.lon FROM organisations o WHERE ${where} ORDER BY o.geo <-> ${planarPoint(origin)} LIMIT ${candidates}::int`,
        ),
      (boxes, wanted) =>
        queryRows<Row>(
          db,
          sql`SELECT o.id, o.lat, o.lon FROM organisations o WHERE ${where} AND (${inAnyBox(sql`o.geo`, boxes)})
              ORDER BY ${haversineKmSql("o", origin)}, o.id LIMIT ${wanted}::int`,
        ),
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM organisations o WHERE ${where}`),
  ]);
  return rows;
}

async function postgisRadius(db: Executor, origin: LatLon, radiusKm: number): Promise<Row[]> {
  const where = sql`o.status = 'published' AND ST_DWithin(o.geog, ${peerPoint(origin)}, ${radiusKm * 1000}::float8)`;
  const [rows] = await Promise.all([
    queryRows<Row>(
      db,
      sql`SELECT o.id, o.lat, o.lon FROM postgis_peer.organisations o WHERE ${where} ORDER BY ST_Distance(o.geog, ${peerPoint(origin)}), o.id LIMIT ${RADIUS_PAGE}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM postgis_peer.organisations o WHERE ${where}`),
  ]);
  return rows;
}

/** Same answer: the same distances, to 10 m (rows at one commune's point tie, and either way may order them). */
function sameAnswer(origin: LatLon, a: Row[], b: Row[]): boolean {
  const distances = (rows: Row[]) => rows.map((row) => Math.round(haversineKm(origin, row) * 100)).join(",");
  return distances(a) === distances(b);
}

/** Both ways on the same random places, alternating which goes first so neither always meets a warmer cache. */
export async function compareWithPostgis(db: Executor, pool: DrawPool, options: { warmUp: number; runs: number; seed: number }): Promise<GeoComparison[]> {
  const questions = [
    { question: `${NEAREST_COUNT} nearest published organisations to a commune`, product: productNearest, postgis: postgisNearest, radius: false },
    {
      question: `published organisations within 5/10/30 km, first ${RADIUS_PAGE} nearest + count`,
      product: productRadius,
      postgis: postgisRadius,
      radius: true,
    },
  ];
  const results: GeoComparison[] = [];
  for (const entry of questions) {
    const random = new SeededRandom(options.seed);
    const product: number[] = [];
    const postgis: number[] = [];
    let agreeing = 0;
    for (let index = 0; index < options.warmUp + options.runs; index++) {
      const commune = pickCommune(random, pool);
      const radiusKm = random.pick(RADII_KM);
      const ways = [
        { times: product, call: () => entry.product(db, commune, radiusKm) },
        { times: postgis, call: () => entry.postgis(db, commune, radiusKm) },
      ];
      if (index % 2) ways.reverse();
      const answers: Row[][] = [];
      for (const way of ways) {
        const started = performance.now();
        answers.push(await way.call());
        if (index >= options.warmUp) way.times.push(performance.now() - started);
      }
      if (index >= options.warmUp && sameAnswer(commune, answers[0]!, answers[1]!)) agreeing++;
    }
    results.push({ question: entry.question, product: summarize(product), postgis: summarize(postgis), agreeing, runs: options.runs });
  }
  return results;
}
