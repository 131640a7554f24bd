// GET /observatory/csv/{dataset}: one of the observatory's datasets as a CSV download (Licence Ouverte 2.0), counted
// at most once a minute, with its ETag (304 when the client holds it).
import { getDatabase } from "@/lib/server/db";
import { getCachedObservatoryCsv, isObservatoryDataset } from "@/lib/observatory/observatory";
import { isNotModified } from "@/lib/server/http/conditional";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset } = await params;
  if (!isObservatoryDataset(dataset)) {
    return new Response("Jeu de données inconnu / unknown dataset\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { filename, body, etag } = await getCachedObservatoryCsv(await getDatabase(), dataset);
  const headers = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "public, max-age=300",
    ETag: etag,
  };
  if (isNotModified(request.headers, { etag })) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
});
