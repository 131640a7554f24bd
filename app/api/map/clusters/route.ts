// GET /api/map/clusters: clusters and markers of one viewport, with the directory's filters (same names).
import { organisationFiltersSchema } from "@/lib/organisations/filters";
import { getDatabase } from "@/lib/server/db";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { getMapClusters } from "@/lib/map/clusters";
import { mapViewportSchema } from "@/lib/map/cluster-layout";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "Paramètres invalides / invalid parameters", [{ parameter: "(query)", message: "encodage invalide / malformed encoding" }]);
  const viewport = parseQuery(mapViewportSchema, params);
  const filters = parseQuery(organisationFiltersSchema, params);
  if (!viewport.ok || !filters.ok) {
    // Report every bad parameter at once, the viewport's and the filters'.
    const fields = [];
    for (const parsed of [viewport, filters]) {
      if (!parsed.ok) fields.push(...((await parsed.response.json()) as { fields: { parameter: string; message: string }[] }).fields);
    }
    return apiError(400, "Paramètres invalides / invalid parameters", fields);
  }
  const result = await getMapClusters(await getDatabase(), {
    bbox: viewport.data.bbox,
    zoom: viewport.data.zoom,
    layers: viewport.data.layers,
    filters: filters.data,
  });
  // Public data that changes when an organisation is published: short shared caching is harmless.
  return Response.json(result, { headers: { "Cache-Control": "public, max-age=60" } });
});
