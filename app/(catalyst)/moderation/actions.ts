"use server";
// Moderation decisions. lib/organisations/moderation.ts checks that the caller may moderate this very organisation.
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getLocale } from "@/lib/i18n/locale";
import { getRegisterMessages } from "@/lib/organisations/registration/messages";
import { moderateOrganisation } from "@/lib/organisations/moderation";
import { moderationDecisionSchema } from "@/lib/organisations/schemas";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

export interface ModerationState {
  organisationId: string;
  message: string;
  error?: string;
  done?: boolean;
}

export async function moderateAction(previous: ModerationState, formData: FormData): Promise<ModerationState> {
  assertState(previous);
  assertFormData(formData);
  const t = getRegisterMessages(await getLocale()).moderation;
  const parsed = moderationDecisionSchema.safeParse({
    organisationId: formData.get("organisationId"),
    decision: formData.get("decision"),
    message: formData.get("message") ?? "",
  });
  // What was typed comes back with the error (a decision other than approval needs its few words).
  if (!parsed.success)
    return { ...previous, message: typeof formData.get("message") === "string" ? (formData.get("message") as string) : "", error: t.messageNeeded };
  try {
    await moderateOrganisation(await getDatabase(), await getViewer(), parsed.data, getEnv().PUBLIC_URL);
  } catch (error) {
    logIfRefused(error);
    if (error instanceof InvalidInputError) return { ...parsed.data, error: t.messageNeeded };
    if (error instanceof ConflictError || error instanceof NotFoundError) return { ...parsed.data, error: t.alreadyDecided };
    if (error instanceof ForbiddenError) return { ...parsed.data, error: t.forbidden };
    throw error;
  }
  // No revalidation: the card stays to show the confirmation; the queue is read afresh on the next visit.
  return { organisationId: parsed.data.organisationId, message: "", done: true };
}
