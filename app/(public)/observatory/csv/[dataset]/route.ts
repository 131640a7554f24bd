// GET /observatory/csv/{dataset}: one of the observatory's datasets as a CSV download (Licence Ouverte 2.0).
import { getDatabase } from "@/lib/server/db";
import { isObservatoryDataset, observatoryCsv } from "@/lib/observatory/observatory";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(_request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset } = await params;
  if (!isObservatoryDataset(dataset)) {
    return new Response("Jeu de données inconnu / unknown dataset\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { filename, body } = await observatoryCsv(await getDatabase(), dataset);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
});
