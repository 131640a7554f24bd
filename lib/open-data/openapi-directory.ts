// OpenAPI paths and schemas of the directory endpoints (assembled by lib/open-data/openapi.ts).
import { ACTOR_KINDS, OBJECTIVES, POINT_PRECISIONS, RESOURCE_KINDS, THEMES } from "@/lib/shared/vocabulary";
import { DEFAULT_RADIUS_KM, MAX_RADIUS_KM } from "@/lib/organisations/filters";
import type { OpenApiObject } from "./openapi";

const errorRef = { description: "Invalid parameters", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const notFound = { description: "Not found (or not published)", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const repeatable = (name: string, values: readonly string[], description: string) => ({
  name,
  in: "query",
  description: `${description} Repeat the parameter or separate values with commas.`,
  schema: { type: "array", items: { enum: values } },
  style: "form",
  explode: true,
});

export const organisationFilterParameters = [
  { name: "q", in: "query", description: "Full-text search (French, accent-insensitive; tolerates a typo in names).", schema: { type: "string", maxLength: 100 } },
  repeatable("kind", ACTOR_KINDS, "Kind of actor."),
  repeatable("theme", THEMES, "Theme."),
  { name: "odd", in: "query", description: "Sustainable Development Goal number(s).", schema: { type: "array", items: { type: "integer", minimum: 1, maximum: 17 } }, style: "form", explode: true },
  repeatable("offers", RESOURCE_KINDS, "Resource offered (open offers)."),
  repeatable("needs", RESOURCE_KINDS, "Resource needed (open needs)."),
  repeatable("objective", OBJECTIVES, "Alliance objective."),
  { name: "region", in: "query", description: "INSEE region code.", schema: { type: "string", pattern: "^\\d{2}$" } },
  { name: "departement", in: "query", description: "INSEE département code.", schema: { type: "string", pattern: "^(\\d{2,3}|2[AB])$" } },
  { name: "epci", in: "query", description: "SIREN of an EPCI or EPT.", schema: { type: "string", pattern: "^\\d{9}$" } },
  { name: "commune", in: "query", description: "INSEE commune code.", schema: { type: "string", pattern: "^(\\d{5}|2[AB]\\d{3})$" } },
];

const nearParameters = [
  { name: "near", in: "query", description: "INSEE code of the commune to search around (results sorted by distance).", schema: { type: "string" } },
  { name: "lat", in: "query", description: "Latitude to search around (with lon).", schema: { type: "number", minimum: -90, maximum: 90 } },
  { name: "lon", in: "query", description: "Longitude to search around (with lat).", schema: { type: "number", minimum: -180, maximum: 180 } },
  { name: "radius", in: "query", description: "Radius in km around near or lat/lon.", schema: { type: "number", minimum: 1, maximum: MAX_RADIUS_KM, default: DEFAULT_RADIUS_KM } },
  { name: "page", in: "query", description: "Page number (20 results a page).", schema: { type: "integer", minimum: 1, default: 1 } },
];

const slugParameter = { name: "slug", in: "path", required: true, schema: { type: "string", maxLength: 200 } };

export const directoryPaths: OpenApiObject = {
  "/api/organisations": {
    get: {
      summary: "Search published organisations",
      parameters: [...organisationFilterParameters, ...nearParameters],
      responses: {
        "200": { description: "A page of results", content: { "application/json": { schema: { $ref: "#/components/schemas/OrganisationSearchResult" } } } },
        "400": errorRef,
        "404": { description: "Unknown commune in near", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
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
        "200": { description: "The profile", content: { "application/json": { schema: { $ref: "#/components/schemas/OrganisationProfile" } } } },
        "301": { description: "Merged into another organisation: follow Location", headers: { Location: { description: "/api/organisations/{slug of the kept organisation}", schema: { type: "string" } } } },
        "404": notFound,
      },
    },
  },
  "/api/catalysts": {
    get: {
      summary: "List and search catalysts",
      parameters: [
        { name: "q", in: "query", schema: { type: "string", maxLength: 100 } },
        { name: "region", in: "query", schema: { type: "string", pattern: "^\\d{2}$" } },
        { name: "departement", in: "query", schema: { type: "string" } },
        { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
      ],
      responses: { "200": { description: "A page of catalysts", content: { "application/json": { schema: { type: "object" } } } }, "400": errorRef },
    },
  },
  "/api/catalysts/{slug}": {
    get: {
      summary: "Public profile of a catalyst, with its coverage",
      parameters: [slugParameter],
      responses: { "200": { description: "The profile", content: { "application/json": { schema: { type: "object" } } } }, "404": notFound },
    },
  },
};

const organisationCard = {
  type: "object",
  required: ["slug", "name", "kind", "communeCode", "communeName", "lat", "lon"],
  properties: {
    slug: { type: "string" },
    name: { type: "string" },
    kind: { enum: ACTOR_KINDS },
    communeCode: { type: "string" },
    communeName: { type: "string" },
    departementCode: { type: "string" },
    departementName: { type: "string" },
    themes: { type: "array", items: { enum: THEMES } },
    offers: { type: "array", items: { enum: RESOURCE_KINDS } },
    needs: { type: "array", items: { enum: RESOURCE_KINDS } },
    lat: { type: "number" },
    lon: { type: "number" },
    distanceKm: { type: ["number", "null"] },
    updatedAt: { type: "string", format: "date-time" },
  },
};

export const directorySchemas: OpenApiObject = {
  OrganisationCard: organisationCard,
  OrganisationSearchResult: {
    type: "object",
    properties: {
      items: { type: "array", items: { $ref: "#/components/schemas/OrganisationCard" } },
      total: { type: "integer", description: "Number of matches, capped at 10,000 (see totalIsCapped)." },
      totalIsCapped: { type: "boolean" },
      page: { type: "integer" },
      pageSize: { type: "integer" },
      pageCount: { type: "integer" },
      center: { type: ["object", "null"] },
      radiusKm: { type: ["number", "null"] },
    },
  },
  OrganisationProfile: {
    type: "object",
    description: "Public fields only: the contact person is never included.",
    properties: {
      ...organisationCard.properties,
      description: { type: "string" },
      needs: { type: "array" },
      offers: { type: "array" },
      catalysts: { type: "array", description: "Catalysts covering the organisation's commune: slug, name, hostName, and lat/lon where each is based." },
      pointPrecision: {
        enum: [...POINT_PRECISIONS, null],
        description: "How lat/lon were obtained: the precision tag of the commune's point (geonames, or estimated from the postcode, the EPCI or the département's chef-lieu), or null when the organisation gave its own position.",
      },
    },
  },
};
