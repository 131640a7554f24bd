import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(getEnv().PUBLIC_URL), { headers: { "Cache-Control": "public, max-age=300" } });
}
