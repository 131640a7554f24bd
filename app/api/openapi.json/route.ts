import { buildOpenApiDocument } from "@/lib/open-data/openapi";
import { getEnv } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(getEnv().PUBLIC_URL), { headers: { "Cache-Control": "public, max-age=300" } });
}
