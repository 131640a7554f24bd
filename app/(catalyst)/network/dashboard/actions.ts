"use server";
// A catalyst's answer to a recent change of a published profile of its territory: put the old values back, or
// suspend the organisation. lib/organisations/profile-review.ts and lib/organisations/moderation.ts check that the caller moderates it.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getLocale } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";
import { ConflictError, ForbiddenError, NotFoundError, suspendOrganisation } from "@/lib/organisations/moderation";
import { isTooLong, SUSPENSION_REASON_LENGTH, suspensionReasonSchema } from "@/lib/organisations/schemas";
import { revertProfileChange } from "@/lib/organisations/profile-review";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";

export interface ChangeAnswerState {
  entryId: string;
  organisationId: string;
  reason: string;
  error?: string;
  done?: string;
}

const MESSAGES: Record<Locale, Record<"invalid" | "forbidden" | "reverted" | "changed" | "alreadyReverted" | "reason" | "reasonTooLong" | "notPublished" | "suspended", string>> = {
  fr: {
    invalid: "Demande incomplète : rechargez la page et recommencez.",
    forbidden: "Vous ne pouvez pas agir sur cette organisation (elle n'est pas de votre territoire, ou vous en êtes membre).",
    reverted: "Modification annulée : les anciennes valeurs sont rétablies et les membres de l'organisation sont prévenus par e-mail.",
    changed: "Rien à rétablir : ces champs ont été modifiés de nouveau depuis.",
    alreadyReverted: "Cette modification est déjà annulée.",
    reason: `Indiquez la raison de la suspension (${SUSPENSION_REASON_LENGTH.min} caractères au moins) : les membres la reçoivent.`,
    reasonTooLong: `La raison tient en ${SUSPENSION_REASON_LENGTH.max} caractères au plus.`,
    notPublished: "Cette organisation n'est plus publiée : rien à suspendre.",
    suspended:
      "Organisation suspendue : elle a quitté l'annuaire, la carte et les propositions, ses demandes en attente sont closes et ses membres ont reçu la raison. Un administrateur peut la rétablir.",
  },
  en: {
    invalid: "Incomplete request: reload the page and try again.",
    forbidden: "You may not act on this organisation (it is not in your territory, or you are one of its members).",
    reverted: "Change undone: the old values are back and the organisation's members are told by e-mail.",
    changed: "Nothing to restore: these fields have been changed again since.",
    alreadyReverted: "This change is already undone.",
    reason: `Give the reason for the suspension (${SUSPENSION_REASON_LENGTH.min} characters at least): the members receive it.`,
    reasonTooLong: `The reason fits in ${SUSPENSION_REASON_LENGTH.max} characters at most.`,
    notPublished: "This organisation is no longer published: nothing to suspend.",
    suspended: "Organisation suspended: it left the directory, the map and proposals, its pending requests are closed and its members got the reason. An admin may restore it.",
  },
};

const answerForm = z.object({ entryId: z.coerce.number().int().positive(), organisationId: z.uuid(), operation: z.enum(["revert", "suspend"]) });

export async function answerProfileChangeAction(previous: ChangeAnswerState, formData: FormData): Promise<ChangeAnswerState> {
  assertState(previous);
  assertFormData(formData);
  const t = MESSAGES[await getLocale()];
  const reason = typeof formData.get("reason") === "string" ? (formData.get("reason") as string) : "";
  const parsed = answerForm.safeParse({ entryId: formData.get("entryId"), organisationId: formData.get("organisationId"), operation: formData.get("operation") });
  if (!parsed.success) return { ...previous, reason, error: t.invalid };
  const state = { entryId: String(parsed.data.entryId), organisationId: parsed.data.organisationId, reason };
  // Too long is said here; too short, by lib, after it checked the caller may act (the same schema either way).
  const checked = suspensionReasonSchema.safeParse(reason);
  if (!checked.success && isTooLong(checked.error)) return { ...state, error: t.reasonTooLong };
  const db = await getDatabase();
  const viewer = await getViewer();
  try {
    if (parsed.data.operation === "revert") {
      await revertProfileChange(db, viewer, parsed.data.entryId, getEnv().PUBLIC_URL);
    } else {
      await suspendOrganisation(db, viewer, { organisationId: parsed.data.organisationId, reason }, getEnv().PUBLIC_URL);
    }
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { ...state, error: t.forbidden };
    if (error instanceof RangeError) return { ...state, error: t.reason };
    if (error instanceof ConflictError) {
      return { ...state, error: parsed.data.operation === "suspend" ? t.notPublished : error.message === "reverted" ? t.alreadyReverted : t.changed };
    }
    throw error;
  }
  revalidatePath("/network/dashboard");
  return { ...state, reason: "", done: parsed.data.operation === "revert" ? t.reverted : t.suspended };
}
