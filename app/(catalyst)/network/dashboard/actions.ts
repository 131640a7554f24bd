"use server";
// A catalyst's answer to a recent change of a published profile of its territory: put the old values back, or
// suspend the organisation. lib/organisations/profile-review.ts and lib/organisations/moderation.ts check that the caller moderates it.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getLocale } from "@/lib/i18n/locale";
import { getCatalystMessages } from "@/lib/catalysts/messages";
import { suspendOrganisation } from "@/lib/organisations/moderation";
import { isTooLong, SUSPENSION_REASON_LENGTH, suspensionReasonSchema } from "@/lib/organisations/schemas";
import { revertProfileChange } from "@/lib/organisations/profile-review";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

export interface ChangeAnswerState {
  entryId: string;
  organisationId: string;
  reason: string;
  error?: string;
  done?: string;
}

const answerForm = z.object({ entryId: z.coerce.number().int().positive(), organisationId: z.uuid(), operation: z.enum(["revert", "suspend"]) });

export async function answerProfileChangeAction(previous: ChangeAnswerState, formData: FormData): Promise<ChangeAnswerState> {
  assertState(previous);
  assertFormData(formData);
  const t = getCatalystMessages(await getLocale()).dashboardActions;
  const reason = typeof formData.get("reason") === "string" ? (formData.get("reason") as string) : "";
  const parsed = answerForm.safeParse({
    entryId: formData.get("entryId"),
    organisationId: formData.get("organisationId"),
    operation: formData.get("operation"),
  });
  if (!parsed.success) return { ...previous, reason, error: t.invalid };
  const state = { entryId: String(parsed.data.entryId), organisationId: parsed.data.organisationId, reason };
  // Too long is said here; too short, by lib, after it checked the caller may act (the same schema either way).
  const checked = suspensionReasonSchema.safeParse(reason);
  if (!checked.success && isTooLong(checked.error)) return { ...state, error: t.reasonTooLong(SUSPENSION_REASON_LENGTH.max) };
  const db = await getDatabase();
  const viewer = await getViewer();
  try {
    if (parsed.data.operation === "revert") {
      await revertProfileChange(db, viewer, parsed.data.entryId, getEnv().PUBLIC_URL);
    } else {
      await suspendOrganisation(db, viewer, { organisationId: parsed.data.organisationId, reason }, getEnv().PUBLIC_URL);
    }
  } catch (error) {
    logIfRefused(error);
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { ...state, error: t.forbidden };
    if (error instanceof InvalidInputError) return { ...state, error: t.reason(SUSPENSION_REASON_LENGTH.min) };
    if (error instanceof ConflictError) {
      return { ...state, error: parsed.data.operation === "suspend" ? t.notPublished : error.message === "reverted" ? t.alreadyReverted : t.changed };
    }
    throw error;
  }
  revalidatePath("/network/dashboard");
  return { ...state, reason: "", done: parsed.data.operation === "revert" ? t.reverted : t.suspended };
}
