// Query parameters of the catalyst finder, shared by the /catalysts/find page and /api/catalysts/nearest so the
// same names work in every URL, and what kind of place they ask about. Pure module.
import { z } from "zod";
import { COLLECTIVITE_LEVELS } from "@/lib/shared/vocabulary";
import { INSEE_COMMUNE_CODE, POSTCODE } from "@/lib/shared/territory-codes";

export const MAX_PLACE_QUERY_LENGTH = 100;
export const DEFAULT_NEAREST_COUNT = 5;
export const MAX_NEAREST_COUNT = 20;

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
// A repeated parameter ("?lat=1&lat=2") is a client mistake; keep the first value rather than failing the type.
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => emptyToUndefined(firstValue(value)), schema.optional());

// French keyboards write decimals with a comma ("45,764").
const decimalComma = (value: unknown) => (typeof value === "string" ? value.trim().replace(",", ".") : value);
const coordinate = (min: number, max: number, what: string) =>
  z.preprocess(
    (value) => decimalComma(emptyToUndefined(firstValue(value))),
    z.coerce
      .number({ message: `${what} : un nombre décimal est attendu / a decimal number is expected` })
      // Bounds as checks, not a refinement: the API's description reads them from here.
      .min(min, `${what} doit être entre ${min} et ${max} / must be between ${min} and ${max}`)
      .max(max, `${what} doit être entre ${min} et ${max} / must be between ${min} and ${max}`)
      .refine(Number.isFinite, `${what} : un nombre décimal est attendu / a decimal number is expected`)
      .optional(),
  );

export const finderQuerySchema = z
  .object({
    commune: optional(z.string().trim().regex(INSEE_COMMUNE_CODE, "code commune INSEE (5 caractères, ex. 69123) / INSEE commune code (e.g. 69123)")),
    postcode: optional(z.string().trim().regex(POSTCODE, "code postal à 5 chiffres / 5-digit postcode")),
    q: optional(z.string().trim().max(MAX_PLACE_QUERY_LENGTH, `${MAX_PLACE_QUERY_LENGTH} caractères au plus / at most ${MAX_PLACE_QUERY_LENGTH} characters`)),
    lat: coordinate(-90, 90, "latitude"),
    lon: coordinate(-180, 180, "longitude"),
    limit: z.preprocess(
      (value) => emptyToUndefined(firstValue(value)),
      z.coerce
        .number()
        .int(`nombre entier entre 1 et ${MAX_NEAREST_COUNT} / integer between 1 and ${MAX_NEAREST_COUNT}`)
        .min(1)
        .max(MAX_NEAREST_COUNT)
        .default(DEFAULT_NEAREST_COUNT),
    ),
  })
  .superRefine((value, context) => {
    if ((value.lat === undefined) !== (value.lon === undefined)) {
      context.addIssue({
        code: "custom",
        path: [value.lat === undefined ? "lat" : "lon"],
        message: "lat et lon vont ensemble / lat and lon go together",
      });
    }
  });

export type FinderQuery = z.infer<typeof finderQuerySchema>;

/** The place a finder query asks about: the most precise parameter wins (a picked commune over typed text). */
export type PlaceRequest =
  | { kind: "commune"; code: string }
  | { kind: "point"; lat: number; lon: number }
  | { kind: "postcode"; postcode: string }
  | { kind: "text"; text: string }
  | { kind: "none" };

export function placeRequestOf(query: FinderQuery): PlaceRequest {
  if (query.commune) return { kind: "commune", code: query.commune.toUpperCase() };
  if (query.lat !== undefined && query.lon !== undefined) return { kind: "point", lat: query.lat, lon: query.lon };
  if (query.postcode) return { kind: "postcode", postcode: query.postcode };
  if (query.q) return { kind: "text", text: query.q };
  return { kind: "none" };
}

export const communeSearchSchema = z.object({
  q: z.preprocess(
    firstValue,
    z
      .string({ message: "paramètre requis / required parameter" })
      .trim()
      .min(1, "paramètre requis / required parameter")
      .max(MAX_PLACE_QUERY_LENGTH, `${MAX_PLACE_QUERY_LENGTH} caractères au plus / at most ${MAX_PLACE_QUERY_LENGTH} characters`),
  ),
  limit: z.preprocess(
    (value) => emptyToUndefined(firstValue(value)),
    z.coerce.number().int("nombre entier entre 1 et 20 / integer between 1 and 20").min(1).max(20).default(8),
  ),
});

/** GET /api/collectivites: the same text and limit as the commune autocomplete, and the level looked for. */
export const collectiviteSearchSchema = communeSearchSchema.extend({
  level: z.preprocess(firstValue, z.enum(COLLECTIVITE_LEVELS, `une des valeurs / one of: ${COLLECTIVITE_LEVELS.join(", ")}`)),
});
