// French territories (public reference data): communes by INSEE code, by postcode, and by name, tolerant of
// missing accents, hyphens and a typo. Lookups by code and the autocomplete answer from the commune table held
// in memory (lib/territories/commune-index.ts), which ranks as the database's trigram search would.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { departements, regions } from "@/db/schema";
import { getCommuneTable } from "@/lib/territories/commune-index";
import { communeOfArrondissement, type PlaceQuery } from "@/lib/territories/place-query";
import { INTERCOMMUNALITY_KINDS, POINT_PRECISIONS } from "@/lib/shared/vocabulary";

/** A row of communeSelect but its searchName. */
export const communeSummaryRow = z.object({
  code: z.string(),
  name: z.string(),
  postcodes: z.array(z.string()),
  population: z.number().nullable(),
  departementCode: z.string(),
  departementName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  epciCode: z.string().nullable(),
  epciName: z.string().nullable(),
  epciKind: z.enum(INTERCOMMUNALITY_KINDS).nullable(),
  eptCode: z.string().nullable(),
  eptName: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  precision: z.enum(POINT_PRECISIONS),
});
export type CommuneSummary = z.infer<typeof communeSummaryRow>;
/** A whole row of communeSelect, as the commune index keeps it (lib/territories/commune-index.ts). */
export const indexedCommuneRow = communeSummaryRow.extend({ searchName: z.string() });

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/i;
const POSTCODE = /^\d{5}$/;
const MAX_QUERY_LENGTH = 100;

export const communeSelect = sql`
  SELECT c.code, c.name, c.search_name AS "searchName", c.postcodes, c.population,
         c.departement_code AS "departementCode", d.name AS "departementName",
         c.region_code AS "regionCode", r.name AS "regionName",
         c.epci_code AS "epciCode", e.name AS "epciName", e.kind AS "epciKind", c.ept_code AS "eptCode", t.name AS "eptName",
         c.lat, c.lon, c.precision
  FROM communes c
  JOIN departements d ON d.code = c.departement_code
  JOIN regions r ON r.code = c.region_code
  LEFT JOIN intercommunalities e ON e.code = c.epci_code
  LEFT JOIN intercommunalities t ON t.code = c.ept_code`;

export function isInseeCode(value: string): boolean {
  return INSEE_CODE.test(value.trim());
}

export async function findCommuneByCode(db: Executor, code: string): Promise<CommuneSummary | null> {
  if (!isInseeCode(code)) return null;
  return (await getCommuneTable(db)).byCode.get(code.trim().toUpperCase()) ?? null;
}

export async function findCommunesByPostcode(db: Executor, postcode: string): Promise<CommuneSummary[]> {
  if (!POSTCODE.test(postcode.trim())) return [];
  return parsedRows(
    db,
    sql`${communeSelect} WHERE c.postcodes @> ARRAY[${postcode.trim()}]::text[] ORDER BY c.population DESC NULLS LAST, c.code`,
    communeSummaryRow,
  );
}

/**
 * Communes for what a person types: an INSEE code, a postcode (or its beginning), or a name. Names match
 * without accents or punctuation, by prefix, and with a typo (trigram similarity), best and largest first.
 */
export async function searchCommunes(db: Executor, query: string, limit = 10): Promise<CommuneSummary[]> {
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  const boundedLimit = Math.min(Math.max(1, Math.trunc(limit)), 50);
  if (!text) return [];
  const { search } = await getCommuneTable(db);
  if (isInseeCode(text) && !POSTCODE.test(text)) {
    const commune = search.byInseeCode(text.toUpperCase());
    return commune ? [commune] : [];
  }
  // Digits: a postcode or its beginning; a full 5-digit string may also be an INSEE code.
  if (/^\d{2,5}$/.test(text)) return search.searchDigits(text, boundedLimit);
  return search.searchName(text, boundedLimit);
}

export interface PlaceSearch {
  /** Best first. */
  communes: CommuneSummary[];
  /** The one commune the text plainly names, when it names one: a search may answer for it at once. */
  obvious: CommuneSummary | null;
  /** The name and what narrowed it (a département, a postcode, an arrondissement), when something did. */
  query: PlaceQuery | null;
}

/**
 * Communes for what a person types to name a place (the commune pickers and the finder): like `searchCommunes`,
 * and a département, postcode or arrondissement after the name narrows it ("Saint-Maurice 52", "Lyon 3e"), "st"
 * stands for "saint", homonyms come by population (lib/territories/commune-search.ts, `searchPlace`).
 */
export async function searchPlaces(db: Executor, query: string, limit = 10): Promise<PlaceSearch> {
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  const boundedLimit = Math.min(Math.max(1, Math.trunc(limit)), 50);
  const none: PlaceSearch = { communes: [], obvious: null, query: null };
  if (!text) return none;
  const { search } = await getCommuneTable(db);
  const single = (commune: CommuneSummary | undefined): PlaceSearch => (commune ? { communes: [commune], obvious: commune, query: null } : none);
  if (isInseeCode(text) && !POSTCODE.test(text)) return single(search.byInseeCode(text.toUpperCase()));
  if (/^\d{2,5}$/.test(text)) {
    const communes = search.searchDigits(text, boundedLimit);
    // An arrondissement's INSEE code ("69383") is no commune's: its city answers.
    const city = communes.length === 0 ? communeOfArrondissement(text) : null;
    if (city) return single(search.byInseeCode(city));
    return { communes, obvious: text.length === 5 && communes.length === 1 ? communes[0]! : null, query: null };
  }
  return search.searchPlace(text, boundedLimit);
}

/**
 * A commune from what a person typed in a picker without JavaScript: the one commune it names (exactly, or as the
 * only match), an error listing the candidates otherwise; null when nothing was typed.
 */
export async function resolveTypedCommune(db: Executor, typed: unknown): Promise<{ commune: CommuneSummary } | { error: string } | null> {
  if (typeof typed !== "string" || !typed.trim()) return null;
  const matches = await searchCommunes(db, typed, 5);
  const text = typed.trim().toLowerCase();
  const exact = matches.filter((commune) => commune.name.toLowerCase() === text || commune.code === text.toUpperCase());
  const chosen = exact.length === 1 ? exact[0] : matches.length === 1 ? matches[0] : undefined;
  if (chosen) return { commune: chosen };
  return {
    error: matches.length
      ? `Plusieurs communes correspondent (${matches.map((commune) => `${commune.name} ${commune.postcodes[0] ?? ""}`).join(", ")}) : précisez avec le code postal.`
      : "Aucune commune ne correspond : vérifiez le nom ou le code postal.",
  };
}

export interface NamedTerritory {
  code: string;
  name: string;
}

export async function listRegions(db: Executor): Promise<NamedTerritory[]> {
  return db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(regions.name);
}

export async function listDepartements(db: Executor): Promise<NamedTerritory[]> {
  return db
    .select({ code: departements.code, name: sql<string>`${departements.code} || ' — ' || ${departements.name}` })
    .from(departements)
    .orderBy(departements.code);
}

export const TERRITORY_FILTERS = ["region", "departement", "epci", "commune"] as const;
export type TerritoryFilter = (typeof TERRITORY_FILTERS)[number];

/**
 * Names of the territory filters of a link (`/map?epci=…`), so that a page can show "Métropole de Lyon" rather
 * than a SIREN; a code that matches nothing is simply left out and shown as is.
 */
const nameRow = z.object({ name: z.string() });

export async function nameTerritoryFilters(db: Executor, filters: Partial<Record<TerritoryFilter, string>>): Promise<Partial<Record<TerritoryFilter, string>>> {
  // Raw: the table is chosen by the filter, which the builder would type as a union of four tables.
  const tables: Record<TerritoryFilter, ReturnType<typeof sql.raw>> = {
    region: sql.raw("regions"),
    departement: sql.raw("departements"),
    epci: sql.raw("intercommunalities"),
    commune: sql.raw("communes"),
  };
  const names: Partial<Record<TerritoryFilter, string>> = {};
  for (const key of TERRITORY_FILTERS) {
    const code = filters[key]?.trim().toUpperCase();
    if (!code) continue;
    const [row] = await parsedRows(db, sql`SELECT name FROM ${tables[key]} WHERE code = ${code}`, nameRow);
    if (row) names[key] = row.name;
  }
  return names;
}
