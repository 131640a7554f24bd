// The signed-in user's introductions (GET) and a new request (POST). lib/introductions/ (requests.ts, reads.ts) checks who may do what.
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { INTRODUCTION_STATUSES, OBJECTIVES, PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { getEnv } from "@/lib/server/env";
import { apiError, parseQuery, safeSearchParams } from "@/lib/server/http/api";
import { introductionErrorResponse } from "@/lib/introductions/api-errors";
import { crossOriginRefused, readJsonObject, sameOrigin, signInRequired } from "@/lib/server/http/session-api";
import { INTRODUCTION_BOXES } from "@/lib/introductions/workflow";
import { listIntroductions } from "@/lib/introductions/reads";
import { requestIntroduction } from "@/lib/introductions/requests";
import { getViewer } from "@/lib/auth/session";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

const listQuery = z.object({
  box: z.enum(INTRODUCTION_BOXES).default("sent"),
  status: z.enum(INTRODUCTION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const GET = withDatabaseOutage(async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return signInRequired();
  const searchParams = safeSearchParams(request);
  if (!searchParams) return apiError(400, "Paramètres mal encodés / badly encoded parameters", [{ parameter: "(query)", message: "Encodage invalide" }]);
  const parsed = parseQuery(listQuery, searchParams);
  if (!parsed.ok) return parsed.response;
  const result = await listIntroductions(await getDatabase(), viewer, parsed.data);
  return Response.json({ ...parsed.data, ...result }, { headers: { "Cache-Control": "private, no-store" } });
});

const requestBody = z.object({
  from: z.uuid(),
  to: z.string().min(1).max(200),
  needOfferId: z.uuid().nullish(),
  objective: z.enum(OBJECTIVES).nullish(),
  partnershipType: z.enum(PARTNERSHIP_TYPES).nullish(),
  message: z.string().max(2_000),
  lang: z.enum(["fr", "en"]).default("fr"),
});

export const POST = withDatabaseOutage(async function POST(request: Request) {
  if (!sameOrigin(request)) return crossOriginRefused();
  const viewer = await getViewer();
  if (!viewer) return signInRequired();
  const body = await readJsonObject(request);
  if (!body.ok) return body.response;
  const parsed = requestBody.safeParse(body.data);
  if (!parsed.success) {
    return apiError(
      422,
      "Demande invalide / invalid request",
      parsed.error.issues.map((issue) => ({ parameter: issue.path.length ? String(issue.path[0]) : "(body)", message: issue.message })),
    );
  }
  const { from, to, lang, ...rest } = parsed.data;
  try {
    const { id } = await requestIntroduction(await getDatabase(), viewer, { fromOrganisationId: from, toSlug: to, ...rest }, getEnv().PUBLIC_URL);
    return Response.json({ id, status: "submitted" }, { status: 201, headers: { Location: `/api/introductions/${id}`, "Cache-Control": "no-store" } });
  } catch (error) {
    return introductionErrorResponse(error, lang);
  }
});
