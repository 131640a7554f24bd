// GET /api/export/hsds: published organisations, their locations and open offers (as services) in the Open
// Referral HSDS 3.0 shape, one JSON file, served from its stored build (lib/open-data/stored-files.ts: ETag, 304,
// gzip). Takes no parameter.
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { streamHsdsExport } from "@/lib/open-data/hsds";
import { buildStoredFileIfDue, storedFileResponse } from "@/lib/open-data/stored-files";
import { OPEN_DATA_MAX_AGE_SECONDS } from "@/lib/open-data/licence";
import { streamedDownload } from "@/lib/server/http/streamed-download";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const db = await getDatabase();
  const cacheControl = { "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}` };
  const stored = await storedFileResponse(db, "hsds", request, cacheControl);
  if (stored) return stored;
  // No stored file yet (a first start): built now in the background, streamed meanwhile.
  void buildStoredFileIfDue(db, "hsds", getEnv().PUBLIC_URL).catch(() => undefined);
  return streamedDownload(streamHsdsExport(db, getEnv().PUBLIC_URL), {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Disposition": 'attachment; filename="alliances-hsds.json"',
    ...cacheControl,
  });
});
