import { getDatabase } from "@/lib/db";
import { apiError } from "@/lib/http/api";
import { getPublicOrganisation } from "@/lib/organisations";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const profile = await getPublicOrganisation(await getDatabase(), (await params).slug);
  if (!profile) return apiError(404, "Organisation introuvable ou non publiée / organisation not found or not published");
  return Response.json(profile, { headers: { "Cache-Control": "public, max-age=60" } });
}
