// Collectivité autocomplete for registering one: communes, EPCI, EPT, départements or régions from the official
// lists, each with the name to register under, its SIREN and the commune of its seat.
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { collectiviteSearchSchema } from "@/lib/catalysts/finder-query";
import { getDatabase } from "@/lib/server/db";
import { searchCollectivites } from "@/lib/territories/collectivites";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "Adresse mal encodée / malformed URL", [{ parameter: "(query)", message: "encodage invalide / invalid encoding" }]);
  const parsed = parseQuery(collectiviteSearchSchema, params);
  if (!parsed.ok) return parsed.response;
  const collectivites = await searchCollectivites(await getDatabase(), parsed.data.level, parsed.data.q, parsed.data.limit);
  // Reference data that changes once a year.
  return Response.json({ collectivites }, { headers: { "Cache-Control": "public, max-age=3600" } });
});
