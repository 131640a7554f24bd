// OpenAPI paths of the directory endpoints (assembled by lib/open-data/openapi.ts): parameters from the schemas
// the routes parse, answers from lib/open-data/api-responses.ts; here only the words.
import { organisationFiltersSchema, PAGE_SIZE } from "@/lib/organisations/filters";
import { catalystSearchSchema } from "@/lib/catalysts/schemas";
import { catalystProfile, catalystSearchResult, errorResponse, organisationProfile, organisationSearchResult } from "./api-responses";
import { jsonResponse, queryParameters, type FieldDoc } from "./openapi-zod";
import type { OpenApiObject } from "./openapi";

const badRequest = jsonResponse("Invalid parameters", errorResponse);
const notFound = jsonResponse("Not found (or not published)", errorResponse);
const repeatable = (description: string): FieldDoc => ({
  description: `${description} Repeat the parameter or separate values with commas; any of them matches.`,
});

/** The directory's filters, by the names every URL of the directory uses (the map takes them too). */
export const organisationFilterDocs = {
  q: { description: "Full-text search (French, accent-insensitive; tolerates a typo in names)." },
  kind: repeatable("Kind of actor."),
  theme: repeatable("Theme."),
  odd: repeatable("Sustainable Development Goal number(s)."),
  offers: repeatable("Resource offered (open offers)."),
  needs: repeatable("Resource needed (open needs)."),
  objective: repeatable("Alliance objective."),
  region: { description: "INSEE region code." },
  departement: { description: "INSEE département code." },
  epci: { description: "SIREN of an EPCI or EPT." },
  commune: { description: "INSEE commune code." },
} satisfies Record<string, FieldDoc>;

const slugParameter = { name: "slug", in: "path", required: true, schema: { type: "string", maxLength: 200 } };

export const directoryPaths: OpenApiObject = {
  "/api/organisations": {
    get: {
      summary: "Search published organisations",
      parameters: queryParameters(organisationFiltersSchema, {
        ...organisationFilterDocs,
        near: { description: "INSEE code of the commune to search around (results sorted by distance)." },
        lat: { description: "Latitude to search around (with lon)." },
        lon: { description: "Longitude to search around (with lat)." },
        radius: { description: "Radius in km around near or lat/lon." },
        page: { description: `Page number (${PAGE_SIZE} results a page).` },
      }),
      responses: {
        "200": jsonResponse("A page of results", organisationSearchResult),
        "400": badRequest,
        "404": jsonResponse("Unknown commune in near", errorResponse),
      },
    },
  },
  "/api/organisations/{slug}": {
    get: {
      summary: "Public profile of a published organisation",
      description:
        "When the slug is that of a duplicate an administrator merged into another organisation, the answer is a 301 whose Location is this endpoint for the organisation that stayed (the public page /organisations/{slug} redirects the same way).",
      parameters: [slugParameter],
      responses: {
        "200": jsonResponse("The profile", organisationProfile),
        "301": {
          description: "Merged into another organisation: follow Location",
          headers: { Location: { description: "/api/organisations/{slug of the kept organisation}", schema: { type: "string" } } },
        },
        "404": notFound,
      },
    },
  },
  "/api/catalysts": {
    get: {
      summary: "List and search catalysts",
      parameters: queryParameters(catalystSearchSchema, {
        q: { description: "Words of the catalyst's name or of its host's." },
        region: { description: "INSEE region code." },
        departement: { description: "INSEE département code." },
        page: { description: "Page number." },
      }),
      responses: { "200": jsonResponse("A page of catalysts", catalystSearchResult), "400": badRequest },
    },
  },
  "/api/catalysts/{slug}": {
    get: {
      summary: "Public profile of a catalyst, with its coverage",
      parameters: [slugParameter],
      responses: { "200": jsonResponse("The profile", catalystProfile), "404": notFound },
    },
  },
};
