// OpenAPI path of partner proposals (assembled by lib/open-data/openapi.ts): parameters from the schema the route
// parses (lib/matching/schemas.ts), answers from lib/open-data/api-responses.ts.
import { COMPONENT_WEIGHTS, RETRIEVAL, SCORE_COMPONENTS } from "@/lib/matching/weights";
import { matchesQuerySchema, MAX_PROPOSALS } from "@/lib/matching/schemas";
import { errorResponse, partnerProposals } from "./api-responses";
import { jsonResponse, queryParameters } from "./openapi-zod";
import type { OpenApiObject } from "./openapi";

export const matchPaths: OpenApiObject = {
  "/api/organisations/{slug}/matches": {
    get: {
      summary: "Partners proposed to a published organisation, with the reasons for each",
      description: [
        `Published organisations near this one (first within ${RETRIEVAL.radiiKm[0]} km, widened step by step up to ${RETRIEVAL.radiiKm.at(-1)} km where fewer than ${RETRIEVAL.minCandidates} are found), scored by weighted components: `,
        SCORE_COMPONENTS.map((component) => `${component} ×${COMPONENT_WEIGHTS[component]}`).join(", "),
        '. The top ten are kept diverse in kinds of actors. Signed-in members of the organisation, the catalysts covering it and admins get a personal list (audience "member"): ',
        'their own organisations and the organisations already introduced to it are left out. Anyone else gets the same computation on public data only (audience "public").',
      ].join(""),
      parameters: [
        { name: "slug", in: "path", required: true, schema: { type: "string", maxLength: 200 } },
        ...queryParameters(matchesQuerySchema, {
          focus: { description: "Id of one of the organisation's open needs (who could meet it?) or offers (who needs it?)." },
          limit: { description: `Number of proposals (members: up to ${MAX_PROPOSALS}; public: up to 10).` },
          lang: { description: "Language of the reasons." },
        }),
      ],
      responses: {
        "200": jsonResponse("The proposals", partnerProposals),
        "400": jsonResponse("Invalid parameters", errorResponse),
        "404": jsonResponse("No such published organisation, or the focus is not one of its open needs or offers", errorResponse),
      },
    },
  },
};
