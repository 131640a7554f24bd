// Moves an introduction along its workflow: forward, reject, accept, decline, withdraw, record_meeting,
// start_alliance, close. An action the status does not allow answers 409; one the caller may not take, 403.
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { getEnv } from "@/lib/server/env";
import { apiError } from "@/lib/server/http/api";
import { introductionErrorResponse } from "@/lib/introductions/api-errors";
import { crossOriginRefused, readJsonObject, sameOrigin, signInRequired } from "@/lib/server/http/session-api";
import { transitionIntroduction } from "@/lib/introductions/transitions";
import { INTRODUCTION_ACTIONS } from "@/lib/introductions/workflow";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

const body = z.object({
  action: z.enum(INTRODUCTION_ACTIONS.filter((action) => action !== "expire") as [string, ...string[]]),
  note: z.string().max(2_000).nullish(),
  partnershipType: z.enum(PARTNERSHIP_TYPES).nullish(),
  lang: z.enum(["fr", "en"]).default("fr"),
});

export const POST = withDatabaseOutage(async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!sameOrigin(request)) return crossOriginRefused();
  const viewer = await getViewer();
  if (!viewer) return signInRequired();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return apiError(404, "Mise en relation introuvable / no such introduction");
  const json = await readJsonObject(request);
  if (!json.ok) return json.response;
  const parsed = body.safeParse(json.data);
  if (!parsed.success) {
    return apiError(
      422,
      "Action invalide / invalid action",
      parsed.error.issues.map((issue) => ({ parameter: issue.path.length ? String(issue.path[0]) : "(body)", message: issue.message })),
    );
  }
  const { action, lang, ...input } = parsed.data;
  try {
    const result = await transitionIntroduction(await getDatabase(), viewer, id, action as (typeof INTRODUCTION_ACTIONS)[number], input, getEnv().PUBLIC_URL);
    return Response.json({ id, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return introductionErrorResponse(error, lang);
  }
});
