// Filters of a directory page from its URL: invalid parameters are dropped (and reported) rather than failing
// the page, and a typed place ("place=Lyon" or a postcode) is resolved to a commune for "near a place".
import "server-only";
import type { Executor } from "@/db/client";
import { searchParamsToObject } from "@/lib/server/http/api";
import { searchCommunes } from "@/lib/territories/territories";
import { filtersToSearchParams, organisationFiltersSchema, type OrganisationFilters } from "./filters";

export type RawSearchParams = Record<string, string | string[] | undefined>;

export interface PageFilters {
  filters: OrganisationFilters;
  invalid: string[];
  place: string;
  placeNotFound: boolean;
  /** The same search as a clean URL query when the one received was not (a typed place, empty fields). */
  canonicalQuery: string | null;
}

export async function parsePageFilters(db: Executor, raw: RawSearchParams): Promise<PageFilters> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  const input: Record<string, unknown> = searchParamsToObject(params);
  // A position from the location button is the newest intent: it replaces a commune chosen earlier.
  if (input.lat && input.lon) {
    delete input.near;
    delete input.place;
  } else {
    delete input.lat;
    delete input.lon;
  }
  const place = typeof input.place === "string" ? input.place.trim().slice(0, 100) : "";
  let placeNotFound = false;
  if (place && !input.near) {
    const [commune] = await searchCommunes(db, place, 1);
    if (commune) input.near = commune.code;
    else placeNotFound = true;
  }
  const invalid: string[] = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const result = organisationFiltersSchema.safeParse(input);
    if (result.success) {
      const canonical = filtersToSearchParams(result.data).toString();
      const needsRedirect = !placeNotFound && invalid.length === 0 && canonical !== params.toString();
      return { filters: result.data, invalid, place, placeNotFound, canonicalQuery: needsRedirect ? canonical : null };
    }
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (key && !invalid.includes(key)) invalid.push(key);
      delete input[key];
      if (key === "lat" || key === "lon") {
        delete input.lat;
        delete input.lon;
      }
    }
  }
  return { filters: organisationFiltersSchema.parse({}), invalid, place, placeNotFound, canonicalQuery: null };
}
