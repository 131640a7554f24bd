// GET /api/export/geojson?type=organisations|catalysts: the whole public layer as one RFC 7946 FeatureCollection,
// streamed page by page.
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { OPEN_DATA_MAX_AGE_SECONDS } from "@/lib/open-data/licence";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { streamedDownload } from "@/lib/server/http/streamed-download";
import { EXPORT_TYPES, streamGeoJsonExport } from "@/lib/open-data/geojson";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

const exportQuerySchema = z.object({
  type: z.enum(EXPORT_TYPES, { error: "organisations ou catalysts / organisations or catalysts" }).default("organisations"),
});

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "Paramètres invalides / invalid parameters", [{ parameter: "(query)", message: "encodage invalide / malformed encoding" }]);
  const parsed = parseQuery(exportQuerySchema, params);
  if (!parsed.ok) return parsed.response;
  const db = await getDatabase();
  return streamedDownload(streamGeoJsonExport(db, parsed.data.type, getEnv().PUBLIC_URL), {
    "Content-Type": "application/geo+json; charset=utf-8",
    "Content-Disposition": `attachment; filename="alliances-${parsed.data.type}.geojson"`,
    "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`,
  });
});
