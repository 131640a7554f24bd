// OpenAPI paths of the catalysts and places endpoints (assembled by lib/open-data/openapi.ts): parameters from the
// schemas the routes parse (lib/catalysts/finder-query.ts), answers from lib/open-data/api-responses.ts.
import { collectiviteSearchSchema, communeSearchSchema, finderQuerySchema } from "@/lib/catalysts/finder-query";
import { MAX_POINT_TO_COMMUNE_KM } from "@/lib/catalysts/distance-ranking";
import { ambiguousPlace, catalystFinderAnswer, collectiviteSuggestions, communeSuggestions, errorResponse } from "./api-responses";
import { jsonResponse, queryParameters, ref } from "./openapi-zod";
// Type only: openapi.ts imports this module, so a value import back from it would be read before it is set.
import type { OpenApiObject } from "./openapi";

const badRequest = jsonResponse("Invalid parameters: each one is named with a message (French / English).", errorResponse);
const notFound = jsonResponse("No such place: the message says what to try instead (French / English).", errorResponse);

export const catalystPaths: OpenApiObject = {
  "/api/communes": {
    get: {
      summary: "Commune autocomplete",
      description:
        "Communes for what a person types: a name (accents, hyphens and one typo tolerated; exact names first, then by population), a postcode or its first digits, or an INSEE code. Reference data: cacheable for an hour.",
      parameters: queryParameters(communeSearchSchema, {
        q: { examples: { name: { value: "saint etienne" }, postcode: { value: "6900" }, insee: { value: "2A004" } } },
        limit: {},
      }),
      responses: {
        "200": jsonResponse("Matching communes, best first (possibly none).", communeSuggestions),
        "400": badRequest,
      },
    },
  },
  "/api/collectivites": {
    get: {
      summary: "Collectivité autocomplete (to register one)",
      description:
        "Collectivités of one level from the official lists (COG for communes, EPCI and EPT; the SIRENE register for départements and régions), for what a person types: a name (accents and one typo tolerated), an INSEE code or a SIREN; communes also by postcode. Each comes with the name to register under, its SIREN and the commune of its seat (an EPCI's most populous member commune). Reference data: cacheable for an hour.",
      parameters: queryParameters(collectiviteSearchSchema, {
        level: {},
        q: { examples: { name: { value: "muretain" }, siren: { value: "243100518" }, departement: { value: "31" } } },
        limit: {},
      }),
      responses: {
        "200": jsonResponse("Matching collectivités, best first (possibly none).", collectiviteSuggestions),
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
      parameters: queryParameters(finderQuerySchema, {
        commune: { example: "69123", description: "INSEE code of the commune." },
        lat: { example: 45.758, description: "Latitude (WGS84); requires `lon`. A decimal comma is accepted." },
        lon: { example: 4.832, description: "Longitude (WGS84); requires `lat`." },
        postcode: { example: "01400" },
        q: { example: "Besançon", description: "What a person typed: a name, a postcode or an INSEE code." },
        limit: { description: "How many non-covering nearest catalysts to list." },
      }),
      responses: {
        "200": jsonResponse("The catalysts for the place, or (`ambiguous: true`) the communes to choose from.", {
          oneOf: [ref(catalystFinderAnswer), ref(ambiguousPlace)],
        }),
        "400": badRequest,
        "404": notFound,
      },
    },
  },
};
