import { getDatabase } from "@/lib/server/db";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { proposePartners } from "@/lib/matching/proposals";
import { matchesQuerySchema } from "@/lib/matching/schemas";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const searchParams = safeSearchParams(request);
  if (!searchParams) return apiError(400, "Paramètres mal encodés / badly encoded parameters", [{ parameter: "(query)", message: "Encodage invalide" }]);
  const parsed = parseQuery(matchesQuerySchema, searchParams);
  if (!parsed.ok) return parsed.response;
  const { focus, limit, lang } = parsed.data;
  const result = await proposePartners(await getDatabase(), await getViewer(), (await params).slug, { focusId: focus, limit, locale: lang });
  if (!result) {
    return apiError(
      404,
      focus
        ? "Organisation introuvable, ou ce besoin / cette offre n'en est pas un élément ouvert / organisation not found, or focus is not one of its open needs or offers"
        : "Organisation introuvable ou non publiée / organisation not found or not published",
    );
  }
  // A member's list is personal (it leaves out their own introductions): never cached by a shared cache.
  const cacheControl = result.audience === "member" ? "private, no-store" : "public, max-age=60";
  return Response.json(result, { headers: { "Cache-Control": cacheControl, Vary: "Cookie" } });
});
