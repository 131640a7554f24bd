"use server";
// Moderation decisions. lib/organisations/moderation.ts checks that the caller may moderate this very organisation.
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getLocale } from "@/lib/i18n/locale";
import { getRegisterMessages } from "@/lib/organisations/registration/messages";
import { ConflictError, ForbiddenError, MODERATION_DECISIONS, moderateOrganisation, NotFoundError } from "@/lib/organisations/moderation";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";

export interface ModerationState {
  organisationId: string;
  message: string;
  error?: string;
  done?: boolean;
}

const decisionForm = z.object({
  organisationId: z.uuid(),
  decision: z.enum(MODERATION_DECISIONS),
  message: z.string().max(2_000).default(""),
});

export async function moderateAction(previous: ModerationState, formData: FormData): Promise<ModerationState> {
  assertState(previous);
  assertFormData(formData);
  const t = getRegisterMessages(await getLocale()).moderation;
  const parsed = decisionForm.safeParse({
    organisationId: formData.get("organisationId"),
    decision: formData.get("decision"),
    message: formData.get("message") ?? "",
  });
  if (!parsed.success) return { ...previous, error: t.messageNeeded };
  try {
    await moderateOrganisation(await getDatabase(), await getViewer(), parsed.data, getEnv().PUBLIC_URL);
  } catch (error) {
    if (error instanceof RangeError) return { ...parsed.data, error: t.messageNeeded };
    if (error instanceof ConflictError || error instanceof NotFoundError) return { ...parsed.data, error: t.alreadyDecided };
    if (error instanceof ForbiddenError) return { ...parsed.data, error: "Vous ne pouvez pas modérer cette organisation." };
    throw error;
  }
  // No revalidation: the card stays to show the confirmation; the queue is read afresh on the next visit.
  return { organisationId: parsed.data.organisationId, message: "", done: true };
}
