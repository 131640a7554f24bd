// OpenAPI paths and schemas of the map endpoints (assembled by lib/open-data/openapi.ts).
import { ACTOR_KINDS, OBJECTIVES, RESOURCE_KINDS, THEMES } from "@/lib/shared/vocabulary";
import { MAX_RADIUS_KM } from "@/lib/organisations/filters";
import { CLUSTER_RADIUS_PX, MAP_LAYERS, MAX_VIEWPORT_PX, MAX_ZOOM, MIN_ZOOM, STACK_DETAIL_ZOOM, STACK_ITEMS_LIMIT } from "@/lib/map/cluster-layout";
import type { OpenApiObject } from "./openapi";

export const errorResponse = {
  description: "Invalid parameters: each one is named with a message (French / English).",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

const list = (name: string, values: readonly (string | number)[], description: string) => ({
  name,
  in: "query",
  description: `${description} Repeat the parameter or separate values with commas; any of them matches.`,
  schema: { type: "array", items: typeof values[0] === "number" ? { type: "integer", enum: values } : { type: "string", enum: values }, maxItems: 20 },
  style: "form",
  explode: true,
});

const code = (name: string, pattern: string, description: string) => ({ name, in: "query", description, schema: { type: "string", pattern } });

/** The directory's filters, under the same names as on /organisations. */
const filterParameters = [
  list("kind", ACTOR_KINDS, "Actor kinds."),
  list("theme", THEMES, "Themes."),
  list("odd", Array.from({ length: 17 }, (_, index) => index + 1), "Sustainable Development Goals (1–17)."),
  list("offers", RESOURCE_KINDS, "Resources the organisation offers (open offers)."),
  list("needs", RESOURCE_KINDS, "Resources the organisation needs (open needs)."),
  list("objective", OBJECTIVES, "Alliance objectives."),
  code("region", "^\\d{2}$", "INSEE region code."),
  code("departement", "^(\\d{2,3}|2[ABab])$", "INSEE département code."),
  code("epci", "^\\d{9}$", "SIREN of an EPCI or EPT."),
  code("commune", "^(\\d{5}|2[ABab]\\d{3})$", "INSEE commune code."),
  { name: "q", in: "query", description: "Words in the name or description.", schema: { type: "string", maxLength: 100 } },
  code("near", "^(\\d{5}|2[ABab]\\d{3})$", "Only within `radius` km of this commune (INSEE code)."),
  { name: "lat", in: "query", description: "With lon: only within `radius` km of this point.", schema: { type: "number", minimum: -90, maximum: 90 } },
  { name: "lon", in: "query", description: "With lat.", schema: { type: "number", minimum: -180, maximum: 180 } },
  { name: "radius", in: "query", description: "Radius in km for near or lat/lon.", schema: { type: "number", minimum: 1, maximum: MAX_RADIUS_KM, default: 10 } },
];

export const point = { type: "object", required: ["type", "coordinates"], properties: { type: { const: "Point" }, coordinates: { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2, description: "[longitude, latitude] (WGS 84)" } } };
const kinds = { type: "object", description: "Organisations per actor kind (kinds with none are left out).", properties: Object.fromEntries(ACTOR_KINDS.map((kind) => [kind, { type: "integer" }])) };

export const mapPaths: OpenApiObject = {
  "/api/map/clusters": {
    get: {
      summary: "Clusters and markers of published organisations and catalysts in a map viewport",
      description: `Points are grouped within ${CLUSTER_RADIUS_PX} screen pixels at the given zoom (256-pixel tiles). A cluster gives its count, its bounds (to zoom onto) and, for organisations, a count per actor kind. A lone point gives public fields only. From zoom ${STACK_DETAIL_ZOOM}, a cluster whose points all sit at one place (a commune's centre) lists its first ${STACK_ITEMS_LIMIT} members in \`stack\`. Catalysts are a separate layer; of the filters, only the territorial ones (region, departement, epci, commune, near) apply to them.`,
      parameters: [
        {
          name: "bbox",
          in: "query",
          required: true,
          description: `The viewport: west,south,east,north in degrees (WGS 84), at most ${MAX_VIEWPORT_PX} pixels per side at the given zoom.`,
          schema: { type: "string", pattern: "^-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?){3}$" },
          example: "-5.5,41.2,9.8,51.2",
        },
        { name: "zoom", in: "query", required: true, description: "Map zoom level.", schema: { type: "integer", minimum: MIN_ZOOM, maximum: MAX_ZOOM }, example: 6 },
        {
          name: "layers",
          in: "query",
          description: "Layers to return (comma-separated); both by default.",
          schema: { type: "array", items: { enum: MAP_LAYERS } },
          style: "form",
          explode: false,
        },
        ...filterParameters,
      ],
      responses: {
        "200": { description: "The viewport's clusters and markers.", content: { "application/json": { schema: { $ref: "#/components/schemas/MapClusters" } } } },
        "400": errorResponse,
      },
    },
  },
};

export const mapSchemas: OpenApiObject = {
  MapClusters: {
    type: "object",
    required: ["type", "zoom", "bbox", "totals", "features"],
    properties: {
      type: { const: "FeatureCollection" },
      zoom: { type: "integer" },
      bbox: { type: "array", items: { type: "number" }, minItems: 4, maxItems: 4, description: "The viewport asked for: [west, south, east, north]." },
      totals: {
        type: "object",
        description: "Points of each requested layer inside the viewport (features may also include neighbours just outside, for stable edge clusters).",
        properties: { organisations: { type: "integer" }, catalysts: { type: "integer" } },
      },
      features: { type: "array", items: { oneOf: [{ $ref: "#/components/schemas/MapCluster" }, { $ref: "#/components/schemas/MapMarker" }] } },
    },
  },
  MapCluster: {
    type: "object",
    required: ["type", "geometry", "properties"],
    properties: {
      type: { const: "Feature" },
      geometry: point,
      properties: {
        type: "object",
        required: ["layer", "cluster", "count", "bounds"],
        properties: {
          layer: { enum: MAP_LAYERS },
          cluster: { const: true },
          count: { type: "integer", minimum: 2 },
          bounds: { type: "array", items: { type: "number" }, minItems: 4, maxItems: 4, description: "[west, south, east, north] of the points inside." },
          kinds,
          stack: {
            type: "object",
            description: "Set when every point sits at one place: zooming in will not split the cluster.",
            required: ["communeCode", "communeName", "items"],
            properties: {
              communeCode: { type: "string" },
              communeName: { type: "string" },
              items: {
                type: "array",
                maxItems: STACK_ITEMS_LIMIT,
                items: {
                  type: "object",
                  required: ["id", "slug", "name", "kind"],
                  properties: { id: { type: "string", format: "uuid" }, slug: { type: "string" }, name: { type: "string" }, kind: { enum: [...ACTOR_KINDS, "catalyst"] } },
                },
              },
            },
          },
        },
      },
    },
  },
  MapMarker: {
    type: "object",
    required: ["type", "geometry", "properties"],
    properties: {
      type: { const: "Feature" },
      geometry: point,
      properties: {
        type: "object",
        required: ["layer", "cluster", "id", "slug", "name", "kind", "communeName"],
        properties: {
          layer: { enum: MAP_LAYERS },
          cluster: { const: false },
          id: { type: "string", format: "uuid" },
          slug: { type: "string", description: "Profile page: /organisations/{slug} or /catalysts/{slug}." },
          name: { type: "string" },
          kind: { enum: [...ACTOR_KINDS, "catalyst"] },
          communeName: { type: "string" },
        },
      },
    },
  },
};
