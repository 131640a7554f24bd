// The signed-in user's introductions (GET) and a new request (POST). lib/introductions/ (requests.ts, reads.ts) checks who may do what.
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { crossOriginRefused, readJsonObject, sameOrigin, signInRequired } from "@/lib/server/http/session-api";
import { introductionFieldErrors } from "@/lib/introductions/errors";
import { introductionListQuerySchema, introductionRequestBodySchema } from "@/lib/introductions/schemas";
import { listIntroductions } from "@/lib/introductions/reads";
import { requestIntroduction } from "@/lib/introductions/requests";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";
import { apiErrorResponse } from "@/lib/server/http/answers";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return signInRequired();
  const searchParams = safeSearchParams(request);
  if (!searchParams) return apiError(400, "Paramètres mal encodés / badly encoded parameters", [{ parameter: "(query)", message: "Encodage invalide" }]);
  const parsed = parseQuery(introductionListQuerySchema, searchParams);
  if (!parsed.ok) return parsed.response;
  const result = await listIntroductions(await getDatabase(), viewer, parsed.data);
  return Response.json({ ...parsed.data, ...result }, { headers: { "Cache-Control": "private, no-store" } });
});

export const POST = withDatabaseOutage(async function POST(request: Request) {
  if (!sameOrigin(request)) return crossOriginRefused();
  const viewer = await getViewer();
  if (!viewer) return signInRequired();
  const body = await readJsonObject(request);
  if (!body.ok) return body.response;
  const parsed = introductionRequestBodySchema.safeParse(body.data);
  if (!parsed.success) {
    const fields = introductionFieldErrors(parsed.error, body.data.lang === "en" ? "en" : "fr");
    return apiError(
      422,
      "Demande invalide / invalid request",
      fields.map(({ field, message }) => ({ parameter: field, message })),
    );
  }
  const { from, to, lang, ...rest } = parsed.data;
  try {
    const { id } = await requestIntroduction(await getDatabase(), viewer, { fromOrganisationId: from, toSlug: to, ...rest }, getEnv().PUBLIC_URL);
    return Response.json({ id, status: "submitted" }, { status: 201, headers: { Location: `/api/introductions/${id}`, "Cache-Control": "no-store" } });
  } catch (error) {
    return apiErrorResponse(error, lang);
  }
});
