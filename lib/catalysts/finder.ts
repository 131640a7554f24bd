// Who can help me here? For a commune (or a point, or what someone typed): the catalysts whose coverage
// contains it, at which level, and the nearest other catalysts with exact great-circle distances.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { CATALYST_TRADES, COVERAGE_KINDS, HOST_KINDS, POINT_PRECISIONS, type PointPrecision } from "@/lib/shared/vocabulary";
import { normalizePlaceName, parseCommuneChoiceLabel, type CommuneChoice } from "@/lib/catalysts/commune-label";
import { MAX_POINT_TO_COMMUNE_KM, rankByDistance, TYPICAL_POINT_ERROR_KM, type WithDistance } from "@/lib/catalysts/distance-ranking";
import { DEFAULT_NEAREST_COUNT, MAX_NEAREST_COUNT, type PlaceRequest } from "@/lib/catalysts/finder-query";
import type { LatLon } from "@/lib/geo/distance";
import { exactNearest } from "@/lib/geo/nearest";
import { inAnyBox, planarPoint } from "@/lib/geo/sql";
import { communeOfArrondissement } from "@/lib/territories/place-query";
import { findCommuneByCode, findCommunesByPostcode, isInseeCode, searchPlaces } from "@/lib/territories/territories";

export interface NamedTerritory {
  code: string;
  name: string;
}

export interface FinderCommune {
  code: string;
  name: string;
  postcodes: string[];
  population: number | null;
  departement: NamedTerritory;
  region: NamedTerritory;
  epci: NamedTerritory | null;
  /** Établissement public territorial (Grand Paris only). */
  ept: NamedTerritory | null;
  lat: number;
  lon: number;
  /** How the commune's point was obtained (docs/decisions/002-territory-points.md). */
  precision: PointPrecision;
}

/** What anyone may see of a catalyst: never its contact person, e-mail or phone. A row of catalystColumns. */
const publicCatalystRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  hostName: z.string(),
  hostKind: z.enum(HOST_KINDS),
  trades: z.array(z.enum(CATALYST_TRADES)),
  communeCode: z.string(),
  communeName: z.string(),
  departementCode: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type PublicCatalyst = z.infer<typeof publicCatalystRow>;
const coveringRow = publicCatalystRow.extend({ territoryKind: z.enum(COVERAGE_KINDS), territoryCode: z.string() });
const communePointRow = z.object({ code: z.string(), lat: z.number(), lon: z.number(), precision: z.enum(POINT_PRECISIONS) });

/** Most local first: the order in which a covering catalyst is presented. */
export const COVERAGE_LEVELS = ["commune", "ept", "epci", "departement"] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export interface CoverageMatch {
  level: CoverageLevel;
  territory: NamedTerritory;
}

export type CoveringCatalyst = WithDistance<PublicCatalyst> & { coverages: CoverageMatch[] };
export type NearbyCatalyst = WithDistance<PublicCatalyst>;

/** How a point was turned into a commune: communes have no outlines here, only a reference point. */
export interface PointResolution {
  method: "nearest_commune_point";
  point: LatLon;
  /** From the given point to the commune's reference point. */
  distanceKm: number;
  precision: PointPrecision;
}

export interface CatalystFinderAnswer {
  commune: FinderCommune;
  /** Where distances are measured from: the given point, else the commune's reference point. */
  origin: LatLon;
  resolution: PointResolution | null;
  covering: CoveringCatalyst[];
  nearest: NearbyCatalyst[];
  whiteZone: boolean;
}

export interface FinderOptions {
  /** How many non-covering catalysts to list (default 5, at most 20). */
  nearestCount?: number;
}

const catalystColumns = sql`c.id, c.slug, c.name, c.host_name AS "hostName", c.host_kind AS "hostKind", c.trades,
  c.commune_code AS "communeCode", m.name AS "communeName", m.departement_code AS "departementCode", c.lat, c.lon`;

async function loadCommune(db: Executor, code: string): Promise<FinderCommune | null> {
  const row = await findCommuneByCode(db, code);
  if (!row) return null;
  return {
    code: row.code,
    name: row.name,
    postcodes: row.postcodes,
    population: row.population,
    departement: { code: row.departementCode, name: row.departementName },
    region: { code: row.regionCode, name: row.regionName },
    epci: row.epciCode ? { code: row.epciCode, name: row.epciName ?? row.epciCode } : null,
    ept: row.eptCode ? { code: row.eptCode, name: row.eptName ?? row.eptCode } : null,
    lat: row.lat,
    lon: row.lon,
    precision: row.precision,
  };
}

/** Catalysts whose coverage contains the commune, each with every level at which it does, most local first. */
async function findCoveringCatalysts(db: Executor, commune: FinderCommune, origin: LatLon): Promise<CoveringCatalyst[]> {
  const intercommunalities = [commune.epci, commune.ept].filter((item): item is NamedTerritory => item !== null);
  // One equality test per level, each served by the (territory_kind, territory_code) index.
  const conditions = [
    sql`(cc.territory_kind = 'commune' AND cc.territory_code = ${commune.code})`,
    sql`(cc.territory_kind = 'departement' AND cc.territory_code = ${commune.departement.code})`,
    ...intercommunalities.map((item) => sql`(cc.territory_kind = 'intercommunality' AND cc.territory_code = ${item.code})`),
  ];
  const rows = await parsedRows(
    db,
    sql`SELECT cc.territory_kind AS "territoryKind", cc.territory_code AS "territoryCode", ${catalystColumns}
        FROM catalyst_coverage cc
        JOIN catalysts c ON c.id = cc.catalyst_id
        JOIN communes m ON m.code = c.commune_code
        WHERE ${sql.join(conditions, sql` OR `)}`,
    coveringRow,
  );
  const byCatalyst = new Map<string, { catalyst: PublicCatalyst; coverages: CoverageMatch[] }>();
  for (const { territoryKind, territoryCode, ...catalyst } of rows) {
    const match = coverageMatch(commune, territoryKind, territoryCode);
    if (!match) continue;
    const entry = byCatalyst.get(catalyst.id) ?? { catalyst, coverages: [] };
    entry.coverages.push(match);
    byCatalyst.set(catalyst.id, entry);
  }
  const levelRank = (match: CoverageMatch) => COVERAGE_LEVELS.indexOf(match.level);
  return rankByDistance(
    origin,
    [...byCatalyst.values()].map(({ catalyst, coverages }) => ({ ...catalyst, coverages: coverages.sort((a, b) => levelRank(a) - levelRank(b)) })),
    byCatalyst.size,
    (catalyst) => catalyst.id,
  ).sort((a, b) => levelRank(a.coverages[0] as CoverageMatch) - levelRank(b.coverages[0] as CoverageMatch));
}

function coverageMatch(commune: FinderCommune, kind: string, code: string): CoverageMatch | null {
  if (kind === "commune" && code === commune.code) return { level: "commune", territory: { code, name: commune.name } };
  if (kind === "departement" && code === commune.departement.code) return { level: "departement", territory: commune.departement };
  if (kind === "intercommunality" && code === commune.ept?.code) return { level: "ept", territory: commune.ept };
  if (kind === "intercommunality" && code === commune.epci?.code) return { level: "epci", territory: commune.epci };
  return null;
}

async function findNearestCatalysts(db: Executor, origin: LatLon, count: number, excluded: Set<string>): Promise<NearbyCatalyst[]> {
  return exactNearest<PublicCatalyst>(
    origin,
    count,
    (catalyst) => catalyst.id,
    (candidates) =>
      parsedRows(
        db,
        sql`SELECT ${catalystColumns}
            FROM (SELECT * FROM catalysts ORDER BY geo <-> ${planarPoint(origin)} LIMIT ${candidates}::int) c
            JOIN communes m ON m.code = c.commune_code`,
        publicCatalystRow,
      ),
    (boxes) =>
      parsedRows(
        db,
        sql`SELECT ${catalystColumns} FROM catalysts c JOIN communes m ON m.code = c.commune_code WHERE ${inAnyBox(sql`c.geo`, boxes)}`,
        publicCatalystRow,
      ),
    { keep: (catalyst) => !excluded.has(catalyst.id), excluded: excluded.size },
  );
}

/** How many covering catalysts a place usually has at most (commune, EPCI or EPT, département). */
const COVERING_ALLOWANCE = 3;

function nearestCount(options: FinderOptions): number {
  return Math.min(MAX_NEAREST_COUNT, Math.max(1, Math.trunc(options.nearestCount ?? DEFAULT_NEAREST_COUNT)));
}

async function answerFor(
  db: Executor,
  commune: FinderCommune,
  origin: LatLon,
  resolution: PointResolution | null,
  options: FinderOptions,
): Promise<CatalystFinderAnswer> {
  const count = nearestCount(options);
  // Both questions at once: the nearest are asked for a few extra, to leave out the covering ones afterwards;
  // should more covering catalysts than that be among them, they are asked again, excluding them.
  const [covering, nearestAll] = await Promise.all([
    findCoveringCatalysts(db, commune, origin),
    findNearestCatalysts(db, origin, count + COVERING_ALLOWANCE, new Set()),
  ]);
  const coveringIds = new Set(covering.map((catalyst) => catalyst.id));
  const nearest =
    nearestAll.filter((catalyst) => coveringIds.has(catalyst.id)).length <= COVERING_ALLOWANCE
      ? nearestAll.filter((catalyst) => !coveringIds.has(catalyst.id)).slice(0, count)
      : await findNearestCatalysts(db, origin, count, coveringIds);
  return { commune, origin, resolution, covering, nearest, whiteZone: covering.length === 0 };
}

export async function findCatalystsForCommune(db: Executor, inseeCode: string, options: FinderOptions = {}): Promise<CatalystFinderAnswer | null> {
  if (!isInseeCode(inseeCode)) return null;
  const code = inseeCode.trim().toUpperCase();
  // Paris, Lyon and Marseille's arrondissements have codes of their own; catalysts cover the whole city.
  const commune = await loadCommune(db, communeOfArrondissement(code) ?? code);
  if (!commune) return null;
  return answerFor(db, commune, { lat: commune.lat, lon: commune.lon }, null, options);
}

/**
 * For a point (a browser's geolocation): the commune whose reference point is nearest (estimated points weighed
 * by their typical error), then the same answer, with distances from the point itself. Null when no commune point lies within MAX_POINT_TO_COMMUNE_KM.
 */
export async function findCatalystsNearPoint(db: Executor, lat: number, lon: number, options: FinderOptions = {}): Promise<CatalystFinderAnswer | null> {
  const point = { lat, lon };
  const [nearest] = await exactNearest<z.infer<typeof communePointRow>>(
    point,
    1,
    (commune) => commune.code,
    (candidates) =>
      parsedRows(db, sql`SELECT code, lat, lon, precision FROM communes ORDER BY geo <-> ${planarPoint(point)} LIMIT ${candidates}::int`, communePointRow),
    (boxes) => parsedRows(db, sql`SELECT code, lat, lon, precision FROM communes WHERE ${inAnyBox(sql`geo`, boxes)}`, communePointRow),
    // An estimated point (e.g. Collonges-au-Mont-d'Or's, the mean of the Métropole de Lyon) may sit in the middle
    // of a neighbour: weigh it by its typical error so a located neighbour wins.
    { penaltyKm: (commune) => TYPICAL_POINT_ERROR_KM[commune.precision] },
  );
  if (!nearest || nearest.distanceKm > MAX_POINT_TO_COMMUNE_KM) return null;
  const commune = await loadCommune(db, nearest.code);
  if (!commune) return null;
  const resolution: PointResolution = {
    method: "nearest_commune_point",
    point,
    distanceKm: nearest.distanceKm,
    precision: nearest.precision,
  };
  return answerFor(db, commune, point, resolution, options);
}

export type PlaceResolution =
  | { status: "found"; answer: CatalystFinderAnswer }
  /** Several communes match (a shared postcode, a common name): the person must pick one. */
  | { status: "ambiguous"; reason: "postcode" | "name"; query: string; communes: CommuneChoice[] }
  | { status: "not_found"; reason: "commune" | "postcode" | "name" | "point"; query: string }
  | { status: "empty" };

const MAX_CHOICES = 20;

const toChoice = (commune: { code: string; name: string; postcodes: string[]; departementCode: string; departementName: string }): CommuneChoice => ({
  code: commune.code,
  name: commune.name,
  postcodes: commune.postcodes,
  departementCode: commune.departementCode,
  departementName: commune.departementName,
});

/** The finder's one entry point for pages and the API: whatever was asked, an answer, a choice or a miss. */
export async function resolvePlace(db: Executor, request: PlaceRequest, options: FinderOptions = {}): Promise<PlaceResolution> {
  const found = (answer: CatalystFinderAnswer | null, reason: "commune" | "point", query: string): PlaceResolution =>
    answer ? { status: "found", answer } : { status: "not_found", reason, query };
  switch (request.kind) {
    case "none":
      return { status: "empty" };
    case "commune":
      return found(await findCatalystsForCommune(db, request.code, options), "commune", request.code);
    case "point":
      return found(await findCatalystsNearPoint(db, request.lat, request.lon, options), "point", `${request.lat},${request.lon}`);
    case "postcode":
      return resolvePostcode(db, request.postcode, options);
    case "text": {
      const text = request.text.trim();
      if (/^\d{5}$/.test(text)) {
        const byPostcode = await resolvePostcode(db, text, options);
        // Five digits that are no postcode may still be an INSEE code (e.g. 69123 for Lyon).
        if (byPostcode.status !== "not_found") return byPostcode;
        const answer = await findCatalystsForCommune(db, text, options);
        return answer ? { status: "found", answer } : byPostcode;
      }
      if (isInseeCode(text)) return found(await findCatalystsForCommune(db, text, options), "commune", text);
      const labelled = parseCommuneChoiceLabel(text);
      if (labelled) {
        const named = (await findCommunesByPostcode(db, labelled.postcode)).filter(
          (commune) => normalizePlaceName(commune.name) === normalizePlaceName(labelled.name),
        );
        if (named.length === 1 && named[0]) return found(await findCatalystsForCommune(db, named[0].code, options), "commune", text);
      }
      // One commune plainly named (the only exact name, the only match, "Figeac, Lot", "Lyon 3e"): its answer at
      // once rather than a list of one.
      const { communes, obvious } = await searchPlaces(db, text, MAX_CHOICES);
      const single = obvious ?? (communes.length === 1 ? communes[0] : undefined);
      if (single) return found(await findCatalystsForCommune(db, single.code, options), "commune", text);
      if (communes.length === 0) return { status: "not_found", reason: "name", query: text };
      return { status: "ambiguous", reason: "name", query: text, communes: communes.map(toChoice) };
    }
  }
}

async function resolvePostcode(db: Executor, postcode: string, options: FinderOptions): Promise<PlaceResolution> {
  const communes = await findCommunesByPostcode(db, postcode);
  if (communes.length === 0) return { status: "not_found", reason: "postcode", query: postcode };
  if (communes.length === 1 && communes[0]) {
    const answer = await findCatalystsForCommune(db, communes[0].code, options);
    return answer ? { status: "found", answer } : { status: "not_found", reason: "postcode", query: postcode };
  }
  // A postcode never spans more than a few dozen communes; list them all, largest first.
  return { status: "ambiguous", reason: "postcode", query: postcode, communes: communes.map(toChoice) };
}
