// Moves an introduction along its workflow: forward, reject, accept, decline, withdraw, record_meeting,
// start_alliance, close. An action the status does not allow answers 409; one the caller may not take, 403.
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { apiError } from "@/lib/server/http/api";
import { crossOriginRefused, readJsonObject, sameOrigin, signInRequired } from "@/lib/server/http/session-api";
import { transitionIntroduction } from "@/lib/introductions/transitions";
import { introductionFieldErrors } from "@/lib/introductions/errors";
import { introductionTransitionBodySchema } from "@/lib/introductions/schemas";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";
import { apiErrorResponse } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export const POST = withDatabaseOutage(async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!sameOrigin(request)) return crossOriginRefused();
  const viewer = await getViewer();
  if (!viewer) return signInRequired();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return apiError(404, "Mise en relation introuvable / no such introduction");
  const json = await readJsonObject(request);
  if (!json.ok) return json.response;
  const parsed = introductionTransitionBodySchema.safeParse(json.data);
  if (!parsed.success) {
    const fields = introductionFieldErrors(parsed.error, json.data.lang === "en" ? "en" : "fr");
    return apiError(
      422,
      "Action invalide / invalid action",
      fields.map(({ field, message }) => ({ parameter: field, message })),
    );
  }
  const { action, lang, ...input } = parsed.data;
  try {
    const result = await transitionIntroduction(await getDatabase(), viewer, id, action, input, getEnv().PUBLIC_URL);
    return Response.json({ id, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return apiErrorResponse(error, lang);
  }
});
