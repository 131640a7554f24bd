// GET /api/export/hsds: published organisations, their locations and open offers (as services) in the Open
// Referral HSDS 3.0 shape, one JSON file streamed page by page. Takes no parameter.
import { getDatabase } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { streamHsdsExport } from "@/lib/exports/hsds";
import { OPEN_DATA_MAX_AGE_SECONDS } from "@/lib/exports/licence";
import { streamedDownload } from "@/lib/http/streamed-download";
import { withDatabaseOutage } from "@/lib/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET() {
  const db = await getDatabase();
  return streamedDownload(streamHsdsExport(db, getEnv().PUBLIC_URL), {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Disposition": 'attachment; filename="alliances-hsds.json"',
    "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`,
  });
});
