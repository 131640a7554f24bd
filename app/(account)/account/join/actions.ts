"use server";
// Asking to join an organisation, and its owners' (or catalyst's) answer. lib/organisations/membership-requests.ts checks who
// may do what for this very organisation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getLocale } from "@/lib/i18n/locale";
import { getMembershipMessages } from "@/lib/organisations/membership-messages";
import { decideJoinRequest, requestToJoin } from "@/lib/organisations/membership-requests";
import { SLUG_MAX_LENGTH } from "@/lib/organisations/schemas";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";

export interface JoinFormState {
  message: string;
  error?: string;
  attempt?: number;
}

export async function requestToJoinAction(previous: JoinFormState, formData: FormData): Promise<JoinFormState> {
  assertState(previous);
  assertFormData(formData);
  const locale = await getLocale();
  const slug = String(formData.get("slug") ?? "").slice(0, SLUG_MAX_LENGTH);
  const message = String(formData.get("message") ?? "");
  // lib parses the request with the form's schema (lib/organisations/schemas.ts) and names what it refuses.
  const result = await requestToJoin(await getDatabase(), await getViewer(), { organisationSlug: slug, message }, getEnv().PUBLIC_URL);
  if (!result.ok) return { message, error: getMembershipMessages(locale).errors[result.error], attempt: (previous.attempt ?? 0) + 1 };
  redirect(`/account/join/${encodeURIComponent(slug)}?sent=1`);
}

// Where to come back to: one of our own pages only (a path of plain segments, never "//host" or "/\\host").
const decision = z.object({
  requestId: z.uuid(),
  decision: z.enum(["accept", "refuse"]),
  back: z
    .string()
    .regex(/^\/[a-z0-9][a-z0-9/_-]*$/i)
    .max(300),
});

export async function decideJoinAction(formData: FormData): Promise<void> {
  assertFormData(formData);
  const parsed = decision.safeParse({ requestId: formData.get("requestId"), decision: formData.get("decision"), back: formData.get("back") });
  if (!parsed.success) redirect("/account");
  const result = await decideJoinRequest(
    await getDatabase(),
    await getViewer(),
    { requestId: parsed.data.requestId, accept: parsed.data.decision === "accept" },
    getEnv().PUBLIC_URL,
  );
  const back = parsed.data.back;
  revalidatePath(back);
  redirect(`${back}?join=${result.ok ? parsed.data.decision : "error"}#join-requests`);
}
