// The OpenAPI 3.1 description of the public API, served at /api/openapi.json. Each domain describes its own
// endpoints in its own fragment, from the zod schemas its routes parse (openapi-zod.ts); the answers' components
// come from api-responses.ts. This module only assembles them.
import { healthResponse } from "./api-responses";
import { catalystPaths } from "./openapi-catalysts";
import { directoryPaths } from "./openapi-directory";
import { introductionPaths } from "./openapi-introductions";
import { mapPaths } from "./openapi-map";
import { matchPaths } from "./openapi-matches";
import { openDataPaths, openDataSchemas } from "./openapi-open-data";
import { jsonResponse, responseComponents } from "./openapi-zod";

export type OpenApiObject = Record<string, unknown>;

export const errorResponse: OpenApiObject = {
  description: "Invalid parameters: each one is named with a message (French / English).",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

// The answers' components do not change while the server runs: converted once.
let components: OpenApiObject | undefined;

export function buildOpenApiDocument(publicUrl: string): OpenApiObject {
  return {
    openapi: "3.1.0",
    info: {
      title: "Alliances — API publique",
      version: "1.0.0",
      description:
        "Public, read-only data of the network of territorial catalysts: catalysts, published organisations, their needs and offers, and French territories (no personal data; Licence Ouverte 2.0). The /api/introductions endpoints act for the signed-in user (session cookie).",
      license: { name: "Licence Ouverte 2.0", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
    },
    servers: [{ url: publicUrl }],
    paths: {
      "/api/health": {
        get: {
          summary: "Service and database health",
          responses: {
            "200": jsonResponse("The database answers.", healthResponse),
            "503": jsonResponse("The database is unreachable.", healthResponse),
          },
        },
      },
      ...directoryPaths,
      ...mapPaths,
      ...catalystPaths,
      ...matchPaths,
      ...openDataPaths,
      ...introductionPaths,
    },
    components: {
      schemas: {
        ...(components ??= responseComponents()),
        ...openDataSchemas,
      },
    },
  };
}
