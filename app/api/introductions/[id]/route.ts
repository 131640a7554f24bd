// One introduction, for the people who take part in it (contacts only once both sides agreed).
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { apiError } from "@/lib/server/http/api";
import { signInRequired } from "@/lib/server/http/session-api";
import { getIntroduction } from "@/lib/introductions/reads";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";
import { apiErrorResponse } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return signInRequired();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return apiError(404, "Mise en relation introuvable / no such introduction");
  try {
    return Response.json(await getIntroduction(await getDatabase(), viewer, id), { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return apiErrorResponse(error, "fr");
  }
});
