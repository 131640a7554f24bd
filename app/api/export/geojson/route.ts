// GET /api/export/geojson?type=organisations|catalysts: the whole public layer as one RFC 7946 FeatureCollection,
// streamed page by page.
import { z } from "zod";
import { getDatabase } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { apiError, parseQuery, safeSearchParams } from "@/lib/http/api";
import { EXPORT_TYPES, streamGeoJsonExport } from "@/lib/map";

export const dynamic = "force-dynamic";

const exportQuerySchema = z.object({
  type: z.enum(EXPORT_TYPES, { error: "organisations ou catalysts / organisations or catalysts" }).default("organisations"),
});

export async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "Paramètres invalides / invalid parameters", [{ parameter: "(query)", message: "encodage invalide / malformed encoding" }]);
  const parsed = parseQuery(exportQuerySchema, params);
  if (!parsed.ok) return parsed.response;
  const db = await getDatabase();
  const chunks = streamGeoJsonExport(db, parsed.data.type, getEnv().PUBLIC_URL);
  // Read the opening and the first page before answering, so an unreachable database becomes an error page
  // rather than a stream cut after a 200.
  const head: string[] = [];
  for (let index = 0; index < 2; index++) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head.join("")));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="alliances-${parsed.data.type}.geojson"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
