// OpenAPI path of the map endpoint (assembled by lib/open-data/openapi.ts): parameters from the schemas the route
// parses (the viewport's, lib/map/cluster-layout.ts, and the directory's filters), answers from api-responses.ts.
import { organisationFiltersSchema } from "@/lib/organisations/filters";
import { CLUSTER_RADIUS_PX, mapViewportSchema, MAX_VIEWPORT_PX, STACK_DETAIL_ZOOM, STACK_ITEMS_LIMIT } from "@/lib/map/cluster-layout";
import { errorResponse as errorSchema, mapClusters } from "./api-responses";
import { organisationFilterDocs } from "./openapi-directory";
import { jsonResponse, queryParameters } from "./openapi-zod";
import type { OpenApiObject } from "./openapi";

export const errorResponse = jsonResponse("Invalid parameters: each one is named with a message (French / English).", errorSchema);

/** A GeoJSON point (the open-data downloads describe theirs with it). */
export const point = {
  type: "object",
  required: ["type", "coordinates"],
  properties: {
    type: { const: "Point" },
    coordinates: { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2, description: "[longitude, latitude] (WGS 84)" },
  },
};

export const mapPaths: OpenApiObject = {
  "/api/map/clusters": {
    get: {
      summary: "Clusters and markers of published organisations and catalysts in a map viewport",
      description: `Points are grouped within ${CLUSTER_RADIUS_PX} screen pixels at the given zoom (256-pixel tiles). A cluster gives its count, its bounds (to zoom onto) and, for organisations, a count per actor kind. A lone point gives public fields only. From zoom ${STACK_DETAIL_ZOOM}, a cluster whose points all sit at one place (a commune's centre) lists its first ${STACK_ITEMS_LIMIT} members in \`stack\`. Catalysts are a separate layer; of the filters, only the territorial ones (region, departement, epci, commune, near) apply to them.`,
      parameters: [
        ...queryParameters(mapViewportSchema, {
          bbox: {
            description: `The viewport: west,south,east,north in degrees (WGS 84), at most ${MAX_VIEWPORT_PX} pixels per side at the given zoom.`,
            example: "-5.5,41.2,9.8,51.2",
          },
          zoom: { description: "Map zoom level.", example: 6 },
          layers: { description: "Layers to return (comma-separated); both by default." },
        }),
        // The directory's filters, under the same names as on /organisations.
        ...queryParameters(organisationFiltersSchema, {
          ...organisationFilterDocs,
          near: { description: "Only within `radius` km of this commune (INSEE code)." },
          lat: { description: "With lon: only within `radius` km of this point." },
          lon: { description: "With lat." },
          radius: { description: "Radius in km for near or lat/lon." },
        }),
      ],
      responses: {
        "200": jsonResponse("The viewport's clusters and markers.", mapClusters),
        "400": errorResponse,
      },
    },
  },
};
