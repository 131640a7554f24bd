// OpenAPI paths and schemas of the open-data downloads (assembled by lib/open-data/openapi.ts); /open-data explains them
// in words.
import { OPEN_DATA_ATTRIBUTION, OPEN_DATA_LICENCE, OPEN_DATA_MAX_AGE_SECONDS, REBUILD_AFTER_MS } from "@/lib/open-data/licence";
import type { OpenApiObject } from "./openapi";
import { errorResponse, point } from "./openapi-map";

const licenceNote = `Licence: ${OPEN_DATA_LICENCE.name} (${OPEN_DATA_LICENCE.url}). Attribution: "${OPEN_DATA_ATTRIBUTION}". Built in the background a few minutes at most after a change to the directory (${REBUILD_AFTER_MS / 60_000} minutes at most between two builds) and served from that build with an ETag and a Last-Modified date: a conditional request (If-None-Match or If-Modified-Since) for an unchanged file gets 304 Not Modified. Cache-Control: public, ${OPEN_DATA_MAX_AGE_SECONDS / 60} minutes. Before the first build of a new installation, the file is streamed from the database. No personal data: no contact person, e-mail or phone, not even a catalyst's published contact; only published organisations.`;

const uuid = { type: "string", format: "uuid" };
const conditionalParameters = [
  { name: "If-None-Match", in: "header", required: false, schema: { type: "string" }, description: "An ETag received before: 304 when it is the current one." },
  { name: "If-Modified-Since", in: "header", required: false, schema: { type: "string" }, description: "A date: 304 when the build is not newer." },
];
/** The stored build's validators (absent from a first download streamed before any build). */
const conditionalHeaders = {
  ETag: { description: "The build's tag: the directory's version and a hash of the content.", schema: { type: "string" } },
  "Last-Modified": { description: "When the build finished.", schema: { type: "string" } },
};
const text = { type: "string" };

export const openDataPaths: OpenApiObject = {
  "/api/export/geojson": {
    get: {
      summary: "Every published organisation, or every catalyst, as a GeoJSON FeatureCollection (RFC 7946)",
      description: `Points in WGS 84, [longitude, latitude], six decimals; each Feature has the row's UUID as id; no crs member. The licence and attribution are top-level members. ${licenceNote}`,
      parameters: [{ name: "type", in: "query", schema: { enum: ["organisations", "catalysts"], default: "organisations" } }, ...conditionalParameters],
      responses: {
        "200": {
          description: "The FeatureCollection.",
          headers: conditionalHeaders,
          content: { "application/geo+json": { schema: { $ref: "#/components/schemas/GeoJsonExport" } } },
        },
        "304": { description: "Not modified: the client's copy (by its ETag or date) is the current build.", headers: conditionalHeaders },
        "400": errorResponse,
      },
    },
  },
  "/api/export/hsds": {
    get: {
      summary: "Published organisations, their locations and open offers in the Open Referral HSDS 3.0 shape",
      parameters: conditionalParameters,
      description: `One JSON object with flat arrays linked by ids, as in HSDS's tabular data package: organizations, locations (one physical location per organisation: its commune, or the point it chose), services (open offers; the resource kind as a taxonomy attribute). Ids of objects the directory has no row for (locations, links, identifiers) are stable name-based UUIDs. ${licenceNote}`,
      responses: {
        "200": {
          description: "The HSDS file.",
          headers: conditionalHeaders,
          content: { "application/json": { schema: { $ref: "#/components/schemas/HsdsExport" } } },
        },
        "304": { description: "Not modified: the client's copy (by its ETag or date) is the current build.", headers: conditionalHeaders },
      },
    },
  },
};

export const openDataSchemas: OpenApiObject = {
  GeoJsonExport: {
    type: "object",
    required: ["type", "licence", "attribution", "features"],
    properties: {
      type: { const: "FeatureCollection" },
      name: { enum: ["organisations", "catalysts"] },
      licence: text,
      licenceUrl: { type: "string", format: "uri" },
      attribution: text,
      features: {
        type: "array",
        items: {
          type: "object",
          required: ["type", "id", "geometry", "properties"],
          properties: {
            type: { const: "Feature" },
            id: uuid,
            geometry: point,
            properties: {
              type: "object",
              description:
                "Organisations: id, slug, name, kind, collectiviteLevel, companySize, isEss, isSiae, isMissionCompany, siren, themes, odd, objectives, website, communeCode, communeName, departementCode, regionCode, url. Catalysts: id, slug, name, hostName, hostKind, trades, website, charterSignedOn, communeCode, communeName, departementCode, regionCode, coverage ([{ kind: commune | intercommunality | departement, code, name }]), url.",
            },
          },
        },
      },
    },
  },
  HsdsExport: {
    type: "object",
    required: ["hsds_version", "license", "attribution", "generated_at", "organizations", "locations", "services"],
    properties: {
      title: text,
      hsds_version: { const: "3.0" },
      publisher: { type: "object", properties: { name: text, url: { type: "string", format: "uri" } } },
      license: { type: "object", required: ["name", "url"], properties: { name: text, url: { type: "string", format: "uri" } } },
      attribution: text,
      documentation: { type: "string", format: "uri" },
      generated_at: { type: "string", format: "date-time" },
      personal_data: text,
      organizations: { type: "array", items: { $ref: "#/components/schemas/HsdsOrganization" } },
      locations: { type: "array", items: { $ref: "#/components/schemas/HsdsLocation" } },
      services: { type: "array", items: { $ref: "#/components/schemas/HsdsService" } },
    },
  },
  HsdsOrganization: {
    type: "object",
    required: ["id", "name", "description"],
    properties: {
      id: uuid,
      name: text,
      description: { type: "string", description: "The organisation's own, or its kind and place when it wrote none." },
      website: { type: ["string", "null"] },
      uri: { type: "string", format: "uri", description: "Its public profile on this site." },
      legal_status: { type: "string", description: "Actor kind (French label)." },
      organization_identifiers: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "identifier_type", "identifier"],
          properties: { id: uuid, organization_id: uuid, identifier_type: text, identifier: text },
        },
      },
    },
  },
  HsdsLocation: {
    type: "object",
    required: ["id", "location_type"],
    properties: {
      id: uuid,
      location_type: { const: "physical" },
      organization_id: uuid,
      name: { type: "string", description: "The commune's name." },
      description: text,
      latitude: { type: "number" },
      longitude: { type: "number" },
      external_identifier: { type: "string", description: "INSEE code of the commune." },
      external_identifier_type: text,
    },
  },
  HsdsService: {
    type: "object",
    required: ["id", "organization_id", "name", "status"],
    properties: {
      id: uuid,
      organization_id: uuid,
      name: text,
      description: text,
      url: { type: "string", format: "uri" },
      status: { enum: ["active", "inactive", "defunct", "temporarily closed"], description: "Only open offers are exported: always active." },
      last_modified: { type: "string", format: "date-time" },
      service_at_locations: {
        type: "array",
        items: { type: "object", required: ["id", "service_id", "location_id"], properties: { id: uuid, service_id: uuid, location_id: uuid } },
      },
      attributes: { type: "array", description: "The resource offered, as a taxonomy term (code: one of the resource kinds).", items: { type: "object" } },
    },
  },
};
