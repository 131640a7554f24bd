// The directory's filters as SQL conditions on published organisations (alias `o`), shared by the list, the
// API and the map so that they always agree, and on the summary of positions (map_positions) where it can answer.
// Territory filters go through the commune of each row.
import { sql, type SQL } from "drizzle-orm";
import type { OrganisationFilters } from "@/lib/organisations/filters";
import type { LatLon } from "@/lib/geo/distance";
import { haversineKmSql, textArray } from "@/lib/geo/sql";
import { searchText } from "@/lib/shared/search-terms";

export type FilterInput = Partial<OrganisationFilters>;

/** Territory filters on any located row with a commune_code (organisations and catalysts alike). */
export function territoryConditions(alias: string, filters: FilterInput): SQL[] {
  const communeCode = sql.raw(`${alias}.commune_code`);
  const conditions: SQL[] = [];
  if (filters.commune) conditions.push(sql`${communeCode} = ${filters.commune.toUpperCase()}`);
  if (filters.departement) {
    conditions.push(sql`${communeCode} IN (SELECT code FROM communes WHERE departement_code = ${filters.departement.toUpperCase()})`);
  }
  if (filters.region) conditions.push(sql`${communeCode} IN (SELECT code FROM communes WHERE region_code = ${filters.region})`);
  if (filters.epci) {
    conditions.push(sql`${communeCode} IN (SELECT code FROM communes WHERE epci_code = ${filters.epci} OR ept_code = ${filters.epci})`);
  }
  return conditions;
}

/**
 * Every filter at once, any value within a filter; `q` matches French words or, with a typo, a name. Only the
 * bounded words of `q` reach the database (lib/shared/search-terms.ts); a `q` with none (a lone letter, only
 * punctuation) matches nothing: "a" used to scan every name for the word "à".
 */
export function organisationFilterConditions(filters: FilterInput): SQL[] {
  const conditions: SQL[] = [sql`o.status = 'published'`, ...territoryConditions("o", filters)];
  if (filters.q) {
    const text = searchText(filters.q);
    conditions.push(
      text
        ? sql`(o.search_vector @@ websearch_to_tsquery('fr_unaccent', ${text})
               OR f_search_normalize(${text}) <% o.search_name)`
        : sql`FALSE`,
    );
  }
  if (filters.kind?.length) conditions.push(sql`o.kind = ANY(${textArray(filters.kind)})`);
  if (filters.theme?.length) conditions.push(sql`o.themes && ${textArray(filters.theme)}`);
  if (filters.objective?.length) conditions.push(sql`o.objectives && ${textArray(filters.objective)}`);
  if (filters.odd?.length) conditions.push(sql`o.odd && ${textArray(filters.odd)}::smallint[]`);
  // The kinds of each organisation's open offers and needs, kept on the row by a trigger (migration 0007).
  if (filters.offers?.length) conditions.push(sql`o.offer_kinds && ${textArray(filters.offers)}`);
  if (filters.needs?.length) conditions.push(sql`o.need_kinds && ${textArray(filters.needs)}`);
  return conditions;
}

/**
 * The filters as conditions on map_positions, or null when the summary cannot answer them exactly: it knows each
 * organisation's place, commune, kind, and one facet at a time (a theme, a kind of resource offered or needed),
 * not its words, goals or ODD.
 */
export function summaryConditions(filters: FilterInput, centre: LatLon | null, radiusKm: number, alias = "p"): SQL[] | null {
  if (filters.q || filters.odd?.length || filters.objective?.length) return null;
  const facets = [
    ...(filters.theme ?? []).map((theme) => `theme:${theme}`),
    ...(filters.offers ?? []).map((kind) => `offer:${kind}`),
    ...(filters.needs ?? []).map((kind) => `need:${kind}`),
  ];
  if (facets.length > 1) return null;
  const p = sql.raw(alias);
  const conditions: SQL[] = [sql`${p}.facet = ${facets[0] ?? ""}`, sql`${p}.count > 0`, ...territoryConditions(alias, filters)];
  if (filters.kind?.length) conditions.push(sql`${p}.kind = ANY(${textArray(filters.kind)})`);
  if (centre) conditions.push(sql`${haversineKmSql(alias, centre)} <= ${radiusKm}::float8`);
  return conditions;
}
