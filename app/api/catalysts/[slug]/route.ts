import { getPublicCatalyst } from "@/lib/catalysts/catalysts";
import { getDatabase } from "@/lib/server/db";
import { apiError } from "@/lib/server/http/api";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const catalyst = await getPublicCatalyst(await getDatabase(), (await params).slug);
  if (!catalyst) return apiError(404, "Catalyseur introuvable / catalyst not found");
  return Response.json(catalyst, { headers: { "Cache-Control": "public, max-age=60" } });
});
