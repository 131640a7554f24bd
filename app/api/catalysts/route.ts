import { searchCatalysts } from "@/lib/catalysts/catalysts";
import { catalystSearchSchema } from "@/lib/catalysts/schemas";
import { getDatabase } from "@/lib/server/db";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "URL mal encodée / badly encoded URL");
  const parsed = parseQuery(catalystSearchSchema, params);
  if (!parsed.ok) return parsed.response;
  const result = await searchCatalysts(await getDatabase(), parsed.data);
  return Response.json(result, { headers: { "Cache-Control": "public, max-age=60" } });
});
