// GET /admin/exports/{file}: one of the back-office's downloads (catalysts.csv, organisations.json...). Route
// handlers don't go through the admin layout: lib/admin/exports checks the admin itself; anyone else gets 404.
import { getDatabase } from "@/lib/server/db";
import { adminExport, isAdminExportFile } from "@/lib/admin/exports";
import { streamedDownload } from "@/lib/server/http/streamed-download";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";
import { ForbiddenError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Introuvable / not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export const GET = withDatabaseOutage(async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const viewer = await getViewer();
  if (!isAdminExportFile(file)) return notFound();
  let download;
  try {
    download = adminExport(await getDatabase(), viewer, file);
  } catch (error) {
    logIfRefused(error);
    if (error instanceof ForbiddenError) return notFound();
    throw error;
  }
  return streamedDownload(download.chunks, {
    "Content-Type": download.contentType,
    "Content-Disposition": `attachment; filename="${download.filename}"`,
    "Cache-Control": "private, no-store",
  });
});
