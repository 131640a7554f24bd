// GET /api/map/places: the commune names a map without tiles writes over its background (lib/map/place-labels.ts),
// from the commune table held in memory. Reference data: cached a day by anyone.
import { getDatabase } from "@/lib/server/db";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { placeLabels, placesQuerySchema } from "@/lib/map/place-labels";
import { getCommuneTable } from "@/lib/territories/commune-index";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "Paramètres invalides / invalid parameters", [{ parameter: "(query)", message: "encodage invalide / malformed encoding" }]);
  const query = parseQuery(placesQuerySchema, params);
  if (!query.ok) return query.response;
  const table = await getCommuneTable(await getDatabase());
  const places = placeLabels(table.byCode.values(), query.data.bbox, query.data.zoom);
  return Response.json({ places }, { headers: { "Cache-Control": "public, max-age=86400" } });
});
