import { getDatabase } from "@/lib/server/db";
import { mergedOrganisationTarget } from "@/lib/admin/organisations";
import { apiError } from "@/lib/server/http/api";
import { getPublicOrganisation } from "@/lib/organisations/directory";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = await getDatabase();
  const profile = await getPublicOrganisation(db, slug);
  if (profile) return Response.json(profile, { headers: { "Cache-Control": "public, max-age=60" } });
  // A duplicate merged into another organisation: 301 to the one that stayed, as the public page does.
  const target = await mergedOrganisationTarget(db, slug);
  // A relative Location (RFC 9110) stays right behind a proxy that rewrites the host.
  if (target)
    return new Response(null, {
      status: 301,
      headers: { Location: `/api/organisations/${encodeURIComponent(target)}`, "Cache-Control": "public, max-age=3600" },
    });
  return apiError(404, "Organisation introuvable ou non publiée / organisation not found or not published");
});
