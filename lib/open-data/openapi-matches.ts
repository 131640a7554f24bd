// OpenAPI path and schemas of partner proposals (assembled by lib/open-data/openapi.ts).
import { ACTOR_KINDS, PARTNERSHIP_TYPES, RESOURCE_KINDS } from "@/lib/shared/vocabulary";
import { MATCH_REASON_CODES } from "@/lib/matching/score";
import { COMPONENT_WEIGHTS, RETRIEVAL, SCORE_COMPONENTS } from "@/lib/matching/weights";
import type { OpenApiObject } from "./openapi";

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

export const matchPaths: OpenApiObject = {
  "/api/organisations/{slug}/matches": {
    get: {
      summary: "Partners proposed to a published organisation, with the reasons for each",
      description: [
        `Published organisations near this one (first within ${RETRIEVAL.radiiKm[0]} km, widened step by step up to ${RETRIEVAL.radiiKm.at(-1)} km where fewer than ${RETRIEVAL.minCandidates} are found), scored by weighted components: `,
        SCORE_COMPONENTS.map((component) => `${component} ×${COMPONENT_WEIGHTS[component]}`).join(", "),
        ". The top ten are kept diverse in kinds of actors. Signed-in members of the organisation, the catalysts covering it and admins get a personal list (audience \"member\"): ",
        "their own organisations and the organisations already introduced to it are left out. Anyone else gets the same computation on public data only (audience \"public\").",
      ].join(""),
      parameters: [
        { name: "slug", in: "path", required: true, schema: { type: "string", maxLength: 200 } },
        { name: "focus", in: "query", description: "Id of one of the organisation's open needs (who could meet it?) or offers (who needs it?).", schema: { type: "string", format: "uuid" } },
        { name: "limit", in: "query", description: "Number of proposals (members: up to 50; public: up to 10).", schema: { type: "integer", minimum: 1, maximum: 50, default: 10 } },
        { name: "lang", in: "query", description: "Language of the reasons.", schema: { enum: ["fr", "en"], default: "fr" } },
      ],
      responses: {
        "200": { description: "The proposals", content: { "application/json": { schema: { $ref: "#/components/schemas/PartnerProposals" } } } },
        "400": error("Invalid parameters"),
        "404": error("No such published organisation, or the focus is not one of its open needs or offers"),
      },
    },
  },
};

const item = {
  type: "object",
  required: ["id", "direction", "resourceKind", "title"],
  properties: { id: { type: "string", format: "uuid" }, direction: { enum: ["need", "offer"] }, resourceKind: { enum: RESOURCE_KINDS }, title: { type: "string" } },
};

export const matchSchemas: OpenApiObject = {
  PartnerProposals: {
    type: "object",
    required: ["audience", "subject", "focus", "items", "radiusKm", "widened", "candidatesConsidered", "proposals"],
    properties: {
      audience: { enum: ["member", "public"] },
      subject: {
        type: "object",
        required: ["slug", "name", "kind", "communeName", "lat", "lon"],
        properties: { id: { type: "string", format: "uuid" }, slug: { type: "string" }, name: { type: "string" }, kind: { enum: ACTOR_KINDS }, communeName: { type: "string" }, lat: { type: "number" }, lon: { type: "number" } },
      },
      focus: { oneOf: [item, { type: "null" }] },
      items: { type: "array", items: item, description: "The open needs and offers one may focus on." },
      radiusKm: { type: "number", description: "The search radius finally used." },
      widened: { type: "boolean" },
      candidatesConsidered: { type: "integer" },
      proposals: { type: "array", items: { $ref: "#/components/schemas/PartnerProposal" } },
    },
  },
  PartnerProposal: {
    type: "object",
    required: ["slug", "name", "kind", "communeName", "distanceKm", "score", "components", "partnershipType", "reasons"],
    properties: {
      id: { type: "string", format: "uuid" },
      slug: { type: "string", description: "Profile page: /organisations/{slug}." },
      name: { type: "string" },
      kind: { enum: ACTOR_KINDS },
      communeName: { type: "string" },
      departementCode: { type: "string" },
      lat: { type: "number" },
      lon: { type: "number" },
      distanceKm: { type: "number" },
      score: { type: "number", minimum: 0, maximum: 1, description: "Weighted sum of the components." },
      components: { type: "object", required: SCORE_COMPONENTS, properties: Object.fromEntries(SCORE_COMPONENTS.map((component) => [component, { type: "number", minimum: 0, maximum: 1 }])) },
      partnershipType: { enum: PARTNERSHIP_TYPES },
      reasons: {
        type: "array",
        items: { type: "object", required: ["code", "text"], properties: { code: { enum: MATCH_REASON_CODES }, text: { type: "string" } } },
      },
    },
  },
};
