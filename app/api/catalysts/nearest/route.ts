// The catalysts for a place (INSEE code, postcode, name or point): those covering it, then the nearest others.
import { resolvePlace } from "@/lib/catalysts/finder";
import { finderQuerySchema, placeRequestOf } from "@/lib/catalysts/finder-query";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { getDatabase } from "@/lib/server/db";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

const NOT_FOUND_MESSAGES = {
  commune: "Aucune commune n'a ce code INSEE / no commune has this INSEE code",
  postcode: "Aucune commune n'a ce code postal / no commune has this postcode",
  name: "Aucune commune ne porte un nom proche ; essayez le code postal / no commune has a similar name; try the postcode",
  point: "Aucune commune française à moins de 100 km de ce point / no French commune within 100 km of this point",
} as const;

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "Adresse mal encodée / malformed URL", [{ parameter: "(query)", message: "encodage invalide / invalid encoding" }]);
  const parsed = parseQuery(finderQuerySchema, params);
  if (!parsed.ok) return parsed.response;
  const place = placeRequestOf(parsed.data);
  if (place.kind === "none") {
    return apiError(400, "Indiquez un lieu / a place is required", [
      { parameter: "commune", message: "commune, postcode, q, ou lat et lon / commune, postcode, q, or lat and lon" },
    ]);
  }
  const result = await resolvePlace(await getDatabase(), place, { nearestCount: parsed.data.limit });
  const headers = { "Cache-Control": "public, max-age=60" };
  switch (result.status) {
    case "found":
      return Response.json({ ambiguous: false, ...result.answer }, { headers });
    case "ambiguous":
      return Response.json(
        {
          ambiguous: true,
          reason: result.reason,
          query: result.query,
          message: "Plusieurs communes correspondent : relancez avec commune=<code INSEE> / several communes match: ask again with commune=<INSEE code>",
          communes: result.communes,
        },
        { headers },
      );
    case "not_found":
      return apiError(404, NOT_FOUND_MESSAGES[result.reason], [
        { parameter: parameterOf(result.reason, place.kind), message: NOT_FOUND_MESSAGES[result.reason] },
      ]);
    case "empty":
      return apiError(400, "Indiquez un lieu / a place is required");
  }
});

function parameterOf(reason: "commune" | "postcode" | "name" | "point", kind: string): string {
  if (reason === "point") return "lat";
  if (kind === "text") return "q";
  return reason;
}
