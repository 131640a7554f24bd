// OpenAPI paths of introductions (assembled by lib/open-data/openapi.ts): parameters and bodies from the schemas
// the routes parse (lib/introductions/schemas.ts), answers from lib/open-data/api-responses.ts. These endpoints act
// for the signed-in user (session cookie); state-changing calls must carry this site's Origin.
import { EXPIRY_DAYS, MAX_PENDING_PER_ORGANISATION, REMINDER_DAYS, TRANSITIONS } from "@/lib/introductions/workflow";
import { introductionListQuerySchema, introductionRequestBodySchema, introductionTransitionBodySchema, USER_ACTIONS } from "@/lib/introductions/schemas";
import { errorResponse, introductionCreated, introductionDetail, introductionList, introductionMoved } from "./api-responses";
import { jsonRequestBody, jsonResponse, queryParameters } from "./openapi-zod";
import type { OpenApiObject } from "./openapi";

const error = (description: string) => jsonResponse(description, errorResponse);
const common = {
  "401": error("Not signed in"),
  "403": error("Not allowed: not a party to it, or a cross-origin / Origin-less state-changing request"),
};
const workflow = USER_ACTIONS.map(
  (action) => `\`${action}\`: ${TRANSITIONS[action].from.join(" or ")} → ${TRANSITIONS[action].to} (by ${TRANSITIONS[action].by.join(", ")})`,
).join("; ");
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const lang = { description: "Language of error messages" };

export const introductionPaths: OpenApiObject = {
  "/api/introductions": {
    get: {
      summary: "The signed-in user's introductions: sent by their organisations, received, or to handle as catalyst",
      parameters: queryParameters(introductionListQuerySchema, {
        box: {
          description:
            "`catalyst`: the requests of the user's territory awaiting their decision (submitted, the user on neither side), as its count; with `status`, the territory's introductions in that status",
        },
        status: {},
        page: {},
      }),
      responses: {
        "200": jsonResponse("A page of 20 introductions, with the count of each box", introductionList),
        "400": error("Invalid parameters"),
        "401": common["401"],
      },
    },
    post: {
      summary: "Request an introduction to a published organisation",
      description: `The request goes to a catalyst whose coverage contains the target's commune (else the requester's; else the network's admins). At most ${MAX_PENDING_PER_ORGANISATION} pending requests per requesting organisation, no two pending requests for the same pair, and a per-user rate limit (429 with Retry-After). Reminders at days ${REMINDER_DAYS.join(" and ")}, expiry at day ${EXPIRY_DAYS}. The message counts once trimmed.`,
      requestBody: jsonRequestBody(introductionRequestBodySchema, {
        from: { description: "Id of one of the user's published organisations" },
        to: { description: "Slug of the organisation to meet" },
        needOfferId: { description: "An open need or offer of either organisation" },
        lang,
      }),
      responses: {
        "201": jsonResponse("Created", introductionCreated),
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
      description:
        "`contacts` is null until the requested organisation accepted; then it holds both contact persons, for the two parties and the catalyst only.",
      parameters: [idParameter],
      responses: {
        "200": jsonResponse("The introduction", introductionDetail),
        "401": common["401"],
        "404": error("No such introduction, or not one the user takes part in"),
      },
    },
  },
  "/api/introductions/{id}/transitions": {
    post: {
      summary: "Move an introduction along its workflow",
      description: `Actions: ${workflow}. \`reject\` needs a \`note\` (the reason); \`start_alliance\` needs a \`partnershipType\`.`,
      parameters: [idParameter],
      requestBody: jsonRequestBody(introductionTransitionBodySchema, { lang: {} }),
      responses: {
        "200": jsonResponse("Done, with the new status", introductionMoved),
        ...common,
        "404": error("No such introduction, or not one the user takes part in"),
        "409": error("The action is not possible in the current status"),
        "422": error("Missing reason or partnership type, or a note too long"),
      },
    },
  },
};
