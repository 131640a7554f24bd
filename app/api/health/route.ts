import { checkHealth } from "@/lib/server/health";
import { RETRY_AFTER_SECONDS } from "@/lib/server/http/unavailable";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(report.status === "ok" ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS.database) }) },
  });
}
