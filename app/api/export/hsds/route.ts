// GET /api/export/hsds: published organisations, their locations and open offers (as services) in the Open
// Referral HSDS 3.0 shape, one JSON file streamed page by page. Takes no parameter.
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { streamHsdsExport } from "@/lib/open-data/hsds";
import { OPEN_DATA_MAX_AGE_SECONDS } from "@/lib/open-data/licence";
import { streamedDownload } from "@/lib/server/http/streamed-download";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET() {
  const db = await getDatabase();
  return streamedDownload(streamHsdsExport(db, getEnv().PUBLIC_URL), {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Disposition": 'attachment; filename="alliances-hsds.json"',
    "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`,
  });
});
