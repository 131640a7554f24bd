// OpenAPI paths and schemas of the catalysts endpoints (assembled by lib/open-data/openapi.ts).
import { COLLECTIVITE_LEVELS } from "@/lib/shared/vocabulary";
import { DEFAULT_NEAREST_COUNT, MAX_NEAREST_COUNT, MAX_PLACE_QUERY_LENGTH } from "@/lib/catalysts/finder-query";
import { MAX_POINT_TO_COMMUNE_KM } from "@/lib/catalysts/distance-ranking";
// Type only: openapi.ts imports this module, so a value import back from it would be read before it is set.
import type { OpenApiObject } from "./openapi";

const json = (schema: OpenApiObject) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const badRequest = {
  description: "Invalid parameters: each one is named with a message (French / English).",
  content: json(ref("Error")),
};
const notFound = {
  description: "No such place: the message says what to try instead (French / English).",
  content: json(ref("Error")),
};

export const catalystPaths: OpenApiObject = {
  "/api/communes": {
    get: {
      summary: "Commune autocomplete",
      description:
        "Communes for what a person types: a name (accents, hyphens and one typo tolerated; exact names first, then by population), a postcode or its first digits, or an INSEE code. Reference data: cacheable for an hour.",
      parameters: [
        {
          name: "q",
          in: "query",
          required: true,
          schema: { type: "string", minLength: 1, maxLength: MAX_PLACE_QUERY_LENGTH },
          examples: { name: { value: "saint etienne" }, postcode: { value: "6900" }, insee: { value: "2A004" } },
        },
        { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 20, default: 8 } },
      ],
      responses: {
        "200": {
          description: "Matching communes, best first (possibly none).",
          content: json({ type: "object", required: ["communes"], properties: { communes: { type: "array", items: ref("CommuneSuggestion") } } }),
        },
        "400": badRequest,
      },
    },
  },
  "/api/collectivites": {
    get: {
      summary: "Collectivité autocomplete (to register one)",
      description:
        "Collectivités of one level from the official lists (COG for communes, EPCI and EPT; the SIRENE register for départements and régions), for what a person types: a name (accents and one typo tolerated), an INSEE code or a SIREN; communes also by postcode. Each comes with the name to register under, its SIREN and the commune of its seat (an EPCI's most populous member commune). Reference data: cacheable for an hour.",
      parameters: [
        { name: "level", in: "query", required: true, schema: { type: "string", enum: [...COLLECTIVITE_LEVELS] } },
        {
          name: "q",
          in: "query",
          required: true,
          schema: { type: "string", minLength: 1, maxLength: MAX_PLACE_QUERY_LENGTH },
          examples: { name: { value: "muretain" }, siren: { value: "243100518" }, departement: { value: "31" } },
        },
        { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 20, default: 8 } },
      ],
      responses: {
        "200": {
          description: "Matching collectivités, best first (possibly none).",
          content: json({ type: "object", required: ["collectivites"], properties: { collectivites: { type: "array", items: ref("Collectivite") } } }),
        },
        "400": badRequest,
      },
    },
  },
  "/api/catalysts/nearest": {
    get: {
      summary: "The catalysts for a place: those covering it, then the nearest others",
      description: [
        "Give one place, by precedence: `commune` (INSEE code), else `lat` + `lon`, else `postcode`, else `q` (a name, a postcode or an INSEE code as typed).",
        "",
        "The answer lists the catalysts whose coverage contains the commune (the commune itself, its EPCI, its EPT or its département; overlapping coverages are all listed, each with every level at which it covers the place, most local first), then the `limit` nearest other catalysts with their great-circle distance in km (exact: equal to a full scan). `whiteZone` is true when no catalyst covers the commune.",
        "",
        `A point is attached to the commune whose reference point is nearest (communes have no outlines here; estimated points are weighed by their typical error); \`resolution\` gives that distance and the point's precision, and distances are measured from the point itself. A point more than ${MAX_POINT_TO_COMMUNE_KM} km from any commune answers 404.`,
        "",
        "**Several communes match** (a postcode shared by several communes, such as 01400, or a common name): the answer is still 200, in the manner of HTTP 300 Multiple Choices, with `ambiguous: true` and the candidate `communes`; ask again with `commune=<code>` of the one meant.",
        "",
        "No personal data: a catalyst's contact person, e-mail and phone are never included; people reach a catalyst through its profile page.",
      ].join("\n"),
      parameters: [
        { name: "commune", in: "query", schema: { type: "string", pattern: "^(\\d{5}|2[ABab]\\d{3})$" }, example: "69123", description: "INSEE code of the commune." },
        { name: "lat", in: "query", schema: { type: "number", minimum: -90, maximum: 90 }, example: 45.758, description: "Latitude (WGS84); requires `lon`. A decimal comma is accepted." },
        { name: "lon", in: "query", schema: { type: "number", minimum: -180, maximum: 180 }, example: 4.832, description: "Longitude (WGS84); requires `lat`." },
        { name: "postcode", in: "query", schema: { type: "string", pattern: "^\\d{5}$" }, example: "01400" },
        { name: "q", in: "query", schema: { type: "string", maxLength: MAX_PLACE_QUERY_LENGTH }, example: "Besançon", description: "What a person typed: a name, a postcode or an INSEE code." },
        {
          name: "limit",
          in: "query",
          schema: { type: "integer", minimum: 1, maximum: MAX_NEAREST_COUNT, default: DEFAULT_NEAREST_COUNT },
          description: "How many non-covering nearest catalysts to list.",
        },
      ],
      responses: {
        "200": {
          description: "The catalysts for the place, or (`ambiguous: true`) the communes to choose from.",
          content: json({ oneOf: [ref("CatalystFinderAnswer"), ref("AmbiguousPlace")] }),
        },
        "400": badRequest,
        "404": notFound,
      },
    },
  },
};

const namedTerritory: OpenApiObject = {
  type: "object",
  required: ["code", "name"],
  properties: { code: { type: "string" }, name: { type: "string" } },
};

const pointPrecision: OpenApiObject = {
  enum: ["geonames", "postcode", "epci", "chef_lieu"],
  description:
    "How the commune's reference point was obtained: a GeoNames point, or an estimate from its postcode neighbours (~5 km median error), its EPCI (~8 km) or its département's chef-lieu (coarse).",
};

const publicCatalyst: OpenApiObject = {
  type: "object",
  required: ["id", "slug", "name", "hostName", "hostKind", "trades", "communeCode", "communeName", "departementCode", "lat", "lon", "distanceKm"],
  properties: {
    id: { type: "string", format: "uuid" },
    slug: { type: "string", description: "Profile page: /catalysts/{slug}" },
    name: { type: "string" },
    hostName: { type: "string", description: "The structure hosting the catalyst." },
    hostKind: { enum: ["collectivite", "association", "entreprise", "reseau", "universite", "ptce"] },
    trades: { type: "array", items: { enum: ["territorial_dialogue", "collective_experiments", "support", "venue"] } },
    communeCode: { type: "string", description: "INSEE code of the commune where the catalyst is based." },
    communeName: { type: "string" },
    departementCode: { type: "string" },
    lat: { type: "number" },
    lon: { type: "number" },
    distanceKm: { type: "number", description: "Great-circle distance from the origin, in km." },
  },
};

export const catalystSchemas: OpenApiObject = {
  Collectivite: {
    type: "object",
    required: ["level", "code", "name", "siren", "territoryName", "seatCommuneCode", "detail"],
    properties: {
      level: { type: "string", enum: [...COLLECTIVITE_LEVELS] },
      code: { type: "string", description: "INSEE code (commune, département, région) or SIREN (EPCI, EPT)." },
      name: { type: "string", examples: ["Commune de Muret", "Département de la Haute-Garonne"] },
      siren: { type: ["string", "null"], pattern: "^\\d{9}$" },
      territoryName: { type: "string", description: "The territory's own name, as people type it.", examples: ["Muret", "Haute-Garonne"] },
      seatCommuneCode: { type: ["string", "null"], description: "INSEE code of the commune where it sits." },
      detail: { type: "string", description: "What tells similar names apart: postcode and département, the départements of an EPCI, the région." },
    },
  },
  CommuneSuggestion: {
    type: "object",
    required: ["code", "name", "postcodes", "departementCode", "departementName", "regionCode", "regionName", "lat", "lon", "precision"],
    properties: {
      code: { type: "string", description: "INSEE code" },
      name: { type: "string" },
      postcodes: { type: "array", items: { type: "string" } },
      population: { type: ["integer", "null"] },
      departementCode: { type: "string" },
      departementName: { type: "string" },
      regionCode: { type: "string" },
      regionName: { type: "string" },
      epciCode: { type: ["string", "null"], description: "SIREN of the EPCI" },
      epciName: { type: ["string", "null"] },
      lat: { type: "number" },
      lon: { type: "number" },
      precision: pointPrecision,
    },
  },
  FinderCommune: {
    type: "object",
    required: ["code", "name", "postcodes", "departement", "region", "epci", "ept", "lat", "lon", "precision"],
    properties: {
      code: { type: "string" },
      name: { type: "string" },
      postcodes: { type: "array", items: { type: "string" } },
      population: { type: ["integer", "null"] },
      departement: namedTerritory,
      region: namedTerritory,
      epci: { oneOf: [namedTerritory, { type: "null" }], description: "Code is the EPCI's SIREN." },
      ept: { oneOf: [namedTerritory, { type: "null" }], description: "Établissement public territorial (Grand Paris only); code is its SIREN." },
      lat: { type: "number" },
      lon: { type: "number" },
      precision: pointPrecision,
    },
  },
  CoveringCatalyst: {
    allOf: [
      publicCatalyst,
      {
        type: "object",
        required: ["coverages"],
        properties: {
          coverages: {
            type: "array",
            minItems: 1,
            description: "Every level at which the catalyst covers the commune, most local first.",
            items: {
              type: "object",
              required: ["level", "territory"],
              properties: { level: { enum: ["commune", "ept", "epci", "departement"] }, territory: namedTerritory },
            },
          },
        },
      },
    ],
  },
  NearbyCatalyst: publicCatalyst,
  CatalystFinderAnswer: {
    type: "object",
    required: ["ambiguous", "commune", "origin", "resolution", "covering", "nearest", "whiteZone"],
    properties: {
      ambiguous: { const: false },
      commune: { $ref: "#/components/schemas/FinderCommune" },
      origin: {
        type: "object",
        required: ["lat", "lon"],
        properties: { lat: { type: "number" }, lon: { type: "number" } },
        description: "Where distances are measured from: the given point, else the commune's reference point.",
      },
      resolution: {
        oneOf: [
          { type: "null" },
          {
            type: "object",
            required: ["method", "point", "distanceKm", "precision"],
            properties: {
              method: { const: "nearest_commune_point" },
              point: { type: "object", properties: { lat: { type: "number" }, lon: { type: "number" } } },
              distanceKm: { type: "number", description: "From the given point to the commune's reference point." },
              precision: pointPrecision,
            },
          },
        ],
        description: "Set when the place was given as a point: how it was attached to a commune.",
      },
      covering: { type: "array", items: { $ref: "#/components/schemas/CoveringCatalyst" }, description: "Most local coverage first, then nearest first." },
      nearest: { type: "array", items: { $ref: "#/components/schemas/NearbyCatalyst" }, description: "Other catalysts, nearest first." },
      whiteZone: { type: "boolean", description: "True when no catalyst covers the commune yet." },
    },
  },
  AmbiguousPlace: {
    type: "object",
    required: ["ambiguous", "reason", "query", "message", "communes"],
    properties: {
      ambiguous: { const: true },
      reason: { enum: ["postcode", "name"] },
      query: { type: "string" },
      message: { type: "string" },
      communes: {
        type: "array",
        items: {
          type: "object",
          required: ["code", "name", "postcodes", "departementCode", "departementName"],
          properties: {
            code: { type: "string" },
            name: { type: "string" },
            postcodes: { type: "array", items: { type: "string" } },
            departementCode: { type: "string" },
            departementName: { type: "string" },
          },
        },
      },
    },
  },
};
