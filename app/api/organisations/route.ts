import { getDatabase } from "@/lib/server/db";
import { organisationFiltersSchema } from "@/lib/organisations/filters";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { searchOrganisations, UnknownPlaceError } from "@/lib/organisations/directory";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "URL mal encodée / badly encoded URL");
  const parsed = parseQuery(organisationFiltersSchema, params);
  if (!parsed.ok) return parsed.response;
  try {
    const result = await searchOrganisations(await getDatabase(), parsed.data);
    return Response.json(result, { headers: { "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    if (error instanceof UnknownPlaceError) {
      return apiError(404, "Lieu inconnu / unknown place", [
        { parameter: error.parameter, message: "aucune commune avec ce code INSEE / no commune with this INSEE code" },
      ]);
    }
    throw error;
  }
});
