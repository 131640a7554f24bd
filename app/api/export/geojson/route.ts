// GET /api/export/geojson?type=organisations|catalysts: the whole public layer as one RFC 7946 FeatureCollection,
// served from its stored build (lib/open-data/stored-files.ts: ETag, 304, gzip).
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { OPEN_DATA_MAX_AGE_SECONDS } from "@/lib/open-data/licence";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { streamedDownload } from "@/lib/server/http/streamed-download";
import { EXPORT_TYPES, streamGeoJsonExport } from "@/lib/open-data/geojson";
import { buildStoredFileIfDue, storedFileResponse } from "@/lib/open-data/stored-files";
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
  const name = parsed.data.type === "organisations" ? "geojson-organisations" : "geojson-catalysts";
  const cacheControl = { "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}` };
  const stored = await storedFileResponse(db, name, request, cacheControl);
  if (stored) return stored;
  // No stored file yet (a first start): built now in the background, streamed meanwhile.
  void buildStoredFileIfDue(db, name, getEnv().PUBLIC_URL).catch(() => undefined);
  return streamedDownload(streamGeoJsonExport(db, parsed.data.type, getEnv().PUBLIC_URL), {
    "Content-Type": "application/geo+json; charset=utf-8",
    "Content-Disposition": `attachment; filename="alliances-${parsed.data.type}.geojson"`,
    ...cacheControl,
  });
});
