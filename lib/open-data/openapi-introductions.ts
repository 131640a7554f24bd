// OpenAPI paths and schemas of introductions (assembled by lib/open-data/openapi.ts). These endpoints act for the
// signed-in user (session cookie); state-changing calls must carry this site's Origin.
import { INTRODUCTION_STATUSES, OBJECTIVES, PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { EXPIRY_DAYS, INTRODUCTION_ACTIONS, INTRODUCTION_BOXES, MAX_PENDING_PER_ORGANISATION, REMINDER_DAYS, TRANSITIONS } from "@/lib/introductions/workflow";
import type { OpenApiObject } from "./openapi";

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const common = {
  "401": error("Not signed in"),
  "403": error("Not allowed: not a party to it, or a cross-origin / Origin-less state-changing request"),
};
const workflow = INTRODUCTION_ACTIONS.filter((action) => action !== "expire")
  .map((action) => `\`${action}\`: ${TRANSITIONS[action].from.join(" or ")} → ${TRANSITIONS[action].to} (by ${TRANSITIONS[action].by.join(", ")})`)
  .join("; ");

export const introductionPaths: OpenApiObject = {
  "/api/introductions": {
    get: {
      summary: "The signed-in user's introductions: sent by their organisations, received, or to handle as catalyst",
      parameters: [
        { name: "box", in: "query", schema: { enum: INTRODUCTION_BOXES, default: "sent" } },
        { name: "status", in: "query", schema: { enum: INTRODUCTION_STATUSES } },
        { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
      ],
      responses: { "200": { description: "A page of 20 introductions, with the count of each box" }, "400": error("Invalid parameters"), "401": common["401"] },
    },
    post: {
      summary: "Request an introduction to a published organisation",
      description: `The request goes to a catalyst whose coverage contains the target's commune (else the requester's; else the network's admins). At most ${MAX_PENDING_PER_ORGANISATION} pending requests per requesting organisation, no two pending requests for the same pair, and a per-user rate limit (429 with Retry-After). Reminders at days ${REMINDER_DAYS.join(" and ")}, expiry at day ${EXPIRY_DAYS}.`,
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["from", "to", "message"],
              properties: {
                from: { type: "string", format: "uuid", description: "Id of one of the user's published organisations" },
                to: { type: "string", description: "Slug of the organisation to meet" },
                needOfferId: { type: ["string", "null"], format: "uuid", description: "An open need or offer of either organisation" },
                objective: { enum: [...OBJECTIVES, null] },
                partnershipType: { enum: [...PARTNERSHIP_TYPES, null] },
                message: { type: "string", minLength: 20, maxLength: 2000 },
                lang: { enum: ["fr", "en"], default: "fr", description: "Language of error messages" },
              },
            },
          },
        },
      },
      responses: {
        "201": { description: "Created: `{ id, status: \"submitted\" }`" },
        ...common,
        "409": error("Too many pending requests, or one already pending for this pair"),
        "413": error("Body too large"),
        "422": error("Invalid field (named in `fields`)"),
        "429": error("Too many requests; see Retry-After"),
      },
    },
  },
  "/api/introductions/{id}": {
    get: {
      summary: "One introduction, with its history and the actions the user may take",
      description: "`contacts` is null until the requested organisation accepted; then it holds both contact persons, for the two parties and the catalyst only.",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: { "200": { description: "The introduction" }, "401": common["401"], "404": error("No such introduction, or not one the user takes part in") },
    },
  },
  "/api/introductions/{id}/transitions": {
    post: {
      summary: "Move an introduction along its workflow",
      description: `Actions: ${workflow}. \`reject\` needs a \`note\` (the reason); \`start_alliance\` needs a \`partnershipType\`.`,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["action"],
              properties: {
                action: { enum: INTRODUCTION_ACTIONS.filter((action) => action !== "expire") },
                note: { type: ["string", "null"], maxLength: 2000 },
                partnershipType: { enum: [...PARTNERSHIP_TYPES, null] },
                lang: { enum: ["fr", "en"], default: "fr" },
              },
            },
          },
        },
      },
      responses: {
        "200": { description: "Done: `{ id, status }` with the new status" },
        ...common,
        "404": error("No such introduction, or not one the user takes part in"),
        "409": error("The action is not possible in the current status"),
        "422": error("Missing reason or partnership type"),
      },
    },
  },
};
