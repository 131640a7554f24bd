// The directory's filters, shared by the pages, the search API and the map (same names in every URL), parsed
// with zod from query parameters. Pure module: client components use it to build links.
import { z } from "zod";
import "@/lib/shared/zod-french";
import { ACTOR_KINDS, OBJECTIVES, RESOURCE_KINDS, THEMES } from "@/lib/shared/vocabulary";
import { listParameters } from "@/lib/shared/query-parameters";
import { INSEE_COMMUNE_CODE, INSEE_DEPARTEMENT_CODE, INSEE_REGION_CODE, SIREN_CODE } from "@/lib/shared/territory-codes";

/** A parameter that may appear once or repeated ("?kind=a&kind=b"), or as a comma list ("?kind=a,b"). */
function oneOrMany<T extends z.ZodType>(item: T) {
  const schema = z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(","))))
    .transform((values) => values.map((value) => value.trim()).filter(Boolean))
    // The cast tells zod the array receives strings; each item's own schema (enum or coercion) checks them.
    .pipe(z.array(item).max(20, "20 valeurs au plus / at most 20 values") as unknown as z.ZodType<z.output<T>[], string[]>);
  listParameters.add(schema, { explode: true });
  return schema;
}

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const code = (pattern: RegExp, message: string) => z.preprocess(emptyToUndefined, z.string().trim().regex(pattern, message).optional());

export const MAX_RADIUS_KM = 200;
export const DEFAULT_RADIUS_KM = 10;
export const PAGE_SIZE = 20;

export const organisationFiltersSchema = z
  .object({
    q: z.preprocess(emptyToUndefined, z.string().trim().max(100, "100 caractères au plus / at most 100 characters").optional()),
    kind: oneOrMany(z.enum(ACTOR_KINDS)),
    theme: oneOrMany(z.enum(THEMES)),
    odd: oneOrMany(z.coerce.number().int().min(1).max(17)),
    offers: oneOrMany(z.enum(RESOURCE_KINDS)),
    needs: oneOrMany(z.enum(RESOURCE_KINDS)),
    objective: oneOrMany(z.enum(OBJECTIVES)),
    region: code(INSEE_REGION_CODE, "code région INSEE à 2 chiffres / 2-digit INSEE region code"),
    departement: code(INSEE_DEPARTEMENT_CODE, "code département INSEE / INSEE département code"),
    epci: code(SIREN_CODE, "SIREN de l'EPCI (9 chiffres) / EPCI SIREN (9 digits)"),
    commune: code(INSEE_COMMUNE_CODE, "code commune INSEE (5 caractères) / INSEE commune code"),
    // "Near a place": a commune (INSEE code) or a point, within a radius.
    near: code(INSEE_COMMUNE_CODE, "code commune INSEE (5 caractères) / INSEE commune code"),
    lat: z.preprocess(emptyToUndefined, z.coerce.number().min(-90).max(90).optional()),
    lon: z.preprocess(emptyToUndefined, z.coerce.number().min(-180).max(180).optional()),
    radius: z.preprocess(emptyToUndefined, z.coerce.number().min(1).max(MAX_RADIUS_KM).default(DEFAULT_RADIUS_KM)),
    page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  })
  .refine((value) => (value.lat === undefined) === (value.lon === undefined), {
    message: "lat et lon vont ensemble / lat and lon go together",
    path: ["lat"],
  });

export type OrganisationFilters = z.infer<typeof organisationFiltersSchema>;

/** Query string for a set of filters (only what is set, arrays repeated), for links that keep the filters. */
export function filtersToSearchParams(filters: Partial<OrganisationFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && value === 1) continue;
    if (key === "radius" && value === DEFAULT_RADIUS_KM && !filters.near && filters.lat === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params;
}
