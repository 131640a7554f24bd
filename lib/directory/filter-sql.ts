// The directory's filters as SQL conditions on published organisations (alias `o`), shared by the list, the
// API and the map so that they always agree. Territory filters go through the commune of each row.
import { sql, type SQL } from "drizzle-orm";
import type { OrganisationFilters } from "@/lib/directory/filters";
import { textArray } from "@/lib/geo/sql";

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

/** Every filter at once, any value within a filter; `q` matches French words or, with a typo, a name. */
export function organisationFilterConditions(filters: FilterInput): SQL[] {
  const conditions: SQL[] = [sql`o.status = 'published'`, ...territoryConditions("o", filters)];
  if (filters.q) {
    conditions.push(
      sql`(o.search_vector @@ websearch_to_tsquery('fr_unaccent', ${filters.q})
           OR f_search_normalize(${filters.q}) <% o.search_name)`,
    );
  }
  if (filters.kind?.length) conditions.push(sql`o.kind = ANY(${textArray(filters.kind)})`);
  if (filters.theme?.length) conditions.push(sql`o.themes && ${textArray(filters.theme)}`);
  if (filters.objective?.length) conditions.push(sql`o.objectives && ${textArray(filters.objective)}`);
  if (filters.odd?.length) conditions.push(sql`o.odd && ${textArray(filters.odd)}::smallint[]`);
  for (const [direction, kinds] of [
    ["offer", filters.offers],
    ["need", filters.needs],
  ] as const) {
    if (!kinds?.length) continue;
    conditions.push(sql`EXISTS (SELECT 1 FROM needs_offers n WHERE n.organisation_id = o.id AND n.direction = ${direction}
      AND n.status = 'open' AND n.resource_kind = ANY(${textArray(kinds)}))`);
  }
  return conditions;
}
