// The OpenAPI 3.1 description of the public API, served at /api/openapi.json. Each domain describes its own
// endpoints in its own fragment; this module only assembles them.
import { catalystPaths, catalystSchemas } from "./openapi-catalysts";
import { directoryPaths, directorySchemas } from "./openapi-directory";
import { introductionPaths } from "./openapi-introductions";
import { mapPaths, mapSchemas } from "./openapi-map";
import { matchPaths, matchSchemas } from "./openapi-matches";
import { openDataPaths, openDataSchemas } from "./openapi-open-data";

export type OpenApiObject = Record<string, unknown>;

export const errorResponse: OpenApiObject = {
  description: "Invalid parameters: each one is named with a message (French / English).",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

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
            "200": { description: "The database answers.", content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } } },
            "503": { description: "The database is unreachable.", content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } } },
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
        Error: {
          type: "object",
          required: ["error", "fields"],
          properties: {
            error: { type: "string" },
            fields: {
              type: "array",
              items: { type: "object", required: ["parameter", "message"], properties: { parameter: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
        Health: {
          type: "object",
          required: ["status", "database", "checkedAt"],
          properties: {
            status: { enum: ["ok", "unavailable"] },
            database: { type: "object", properties: { engine: { enum: ["pglite", "postgres", "unknown"] }, ok: { type: "boolean" }, latencyMs: { type: ["number", "null"] } } },
            checkedAt: { type: "string", format: "date-time" },
          },
        },
        ...directorySchemas,
        ...mapSchemas,
        ...catalystSchemas,
        ...matchSchemas,
        ...openDataSchemas,
      },
    },
  };
}
