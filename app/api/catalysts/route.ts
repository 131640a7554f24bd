import { z } from "zod";
import { searchCatalysts } from "@/lib/catalysts/catalysts";
import { getDatabase } from "@/lib/server/db";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().trim().max(100, "100 caractères au plus / at most 100 characters").optional(),
  region: z.string().regex(/^\d{2}$/, "code région INSEE / INSEE region code").optional(),
  departement: z.string().regex(/^(\d{2,3}|2[AB])$/, "code département INSEE / INSEE département code").optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const params = safeSearchParams(request);
  if (!params) return apiError(400, "URL mal encodée / badly encoded URL");
  const parsed = parseQuery(querySchema, params);
  if (!parsed.ok) return parsed.response;
  const result = await searchCatalysts(await getDatabase(), parsed.data);
  return Response.json(result, { headers: { "Cache-Control": "public, max-age=60" } });
});
