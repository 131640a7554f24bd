"use server";
// Back-office actions on one organisation: suspend or restore it, and merge it, as a duplicate, into the
// organisation that stays (find it, see what moves, confirm). lib/admin/organisations.ts checks the caller is an
// admin; here, only parsing and French/English messages. Every outcome carries back what was typed.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getAdminMessages, type AdminMessages } from "@/lib/admin/messages";
import { findMergeCandidates, mergeOrganisations, previewOrganisationMerge, setOrganisationStatusByAdmin, type MergePreview } from "@/lib/admin/organisations";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { ORGANISATION_STATUS_LABELS } from "@/lib/shared/vocabulary";
import { labelOf } from "@/lib/i18n/labels";
import { getLocale } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";
import { isTooLong, restoreReasonSchema, SUSPENSION_REASON_LENGTH, suspensionReasonSchema } from "@/lib/organisations/schemas";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

export interface StatusFormState {
  organisationId: string;
  reason: string;
  error?: string;
  done?: string;
}

export interface MergeCandidate {
  id: string;
  name: string;
  place: string;
  status: string;
}

export interface MergeFormState {
  duplicateId: string;
  kept: string;
  error?: string;
  candidates?: MergeCandidate[];
  /** The organisation to keep, once chosen, with what the merge would move (one sentence a line). */
  preview?: { keptId: string; keptName: string; lines: string[] };
  done?: string;
}

type Messages = AdminMessages["organisationActions"];

/** The message for what lib/admin/organisations.ts refused, or the error itself when it is no refusal. */
function refusal(error: unknown, t: Messages, locale: Locale, action: "suspend" | "restore" | "merge"): string {
  logIfRefused(error);
  if (error instanceof ForbiddenError) return t.forbidden;
  if (error instanceof NotFoundError) return t.notFound;
  if (error instanceof InvalidInputError) return error.code === "reason" ? t.reason(SUSPENSION_REASON_LENGTH.min) : t.same;
  if (error instanceof ConflictError) {
    if (error.message === "merged" || action === "merge") return t.alreadyMerged;
    if (error.message === "suspended") return t.alreadySuspended;
    const status = labelOf(ORGANISATION_STATUS_LABELS, error.message, locale);
    return action === "restore" ? t.notSuspended(status) : t.cannotSuspend(status);
  }
  throw error;
}

const statusForm = z.object({
  organisationId: z.uuid(),
  operation: z.enum(["suspend", "restore"]),
  reason: z.string().default(""),
});

export async function setStatusAction(previous: StatusFormState, formData: FormData): Promise<StatusFormState> {
  assertState(previous);
  assertFormData(formData);
  const locale = await getLocale();
  const messages = getAdminMessages(locale);
  const t = messages.organisationActions;
  const reason = typeof formData.get("reason") === "string" ? (formData.get("reason") as string) : "";
  const parsed = statusForm.safeParse({ organisationId: formData.get("organisationId"), operation: formData.get("operation"), reason });
  if (!parsed.success) return { ...previous, reason, error: messages.invalid };
  const { organisationId, operation } = parsed.data;
  // Too long is said here; too short, by lib, after it checked the caller may act (the same schema either way).
  const checked = (operation === "suspend" ? suspensionReasonSchema : restoreReasonSchema).safeParse(reason);
  if (!checked.success && isTooLong(checked.error)) return { organisationId, reason, error: t.reasonTooLong(SUSPENSION_REASON_LENGTH.max) };
  try {
    await setOrganisationStatusByAdmin(await getDatabase(), await getViewer(), { organisationId, action: operation, reason }, getEnv().PUBLIC_URL);
  } catch (error) {
    return { organisationId, reason, error: refusal(error, t, locale, operation) };
  }
  revalidatePath("/admin/organisations");
  return { organisationId, reason: "", done: operation === "suspend" ? t.suspended : t.restored };
}

const mergeForm = z.discriminatedUnion("step", [
  z.object({ step: z.literal("find"), duplicateId: z.uuid(), kept: z.string().max(200) }),
  z.object({ step: z.enum(["choose", "confirm"]), duplicateId: z.uuid(), keptId: z.uuid() }),
]);

function describePreview(preview: MergePreview, t: Messages): NonNullable<MergeFormState["preview"]> {
  return {
    keptId: preview.kept.id,
    keptName: preview.kept.name,
    lines: [
      t.members(preview.members),
      t.items(preview.openItems),
      t.identifiers(preview.identifiers.map((field) => t.identifierNames[field])),
      t.address(preview.duplicate.slug, preview.kept.slug, preview.kept.status === "published"),
    ],
  };
}

/** Three steps in one form: find the organisation to keep (by slug or name), see what would move, confirm. */
export async function mergeAction(previous: MergeFormState, formData: FormData): Promise<MergeFormState> {
  assertState(previous);
  assertFormData(formData);
  const locale = await getLocale();
  const messages = getAdminMessages(locale);
  const t = messages.organisationActions;
  const kept = typeof formData.get("kept") === "string" ? (formData.get("kept") as string) : previous.kept;
  const parsed = mergeForm.safeParse({ step: formData.get("step"), duplicateId: formData.get("duplicateId"), kept, keptId: formData.get("keptId") });
  if (!parsed.success) return { duplicateId: previous.duplicateId, kept, error: messages.invalid };
  const input = parsed.data;
  const state: MergeFormState = { duplicateId: input.duplicateId, kept };
  const db = await getDatabase();
  const viewer = await getViewer();
  try {
    if (input.step === "find") {
      if (!input.kept.trim()) return { ...state, error: t.keptMissing };
      const candidates = await findMergeCandidates(db, viewer, { duplicateId: input.duplicateId, text: input.kept });
      if (candidates.length === 0) return { ...state, error: t.notFound };
      if (candidates.length > 1) {
        return {
          ...state,
          candidates: candidates.map((row) => ({
            id: row.id,
            name: row.name,
            place: `${row.communeName} (${row.departementCode})`,
            status: labelOf(ORGANISATION_STATUS_LABELS, row.status, locale),
          })),
        };
      }
      return {
        ...state,
        preview: describePreview(await previewOrganisationMerge(db, viewer, { duplicateId: input.duplicateId, keptId: candidates[0]!.id }), t),
      };
    }
    if (input.step === "choose") {
      return { ...state, preview: describePreview(await previewOrganisationMerge(db, viewer, { duplicateId: input.duplicateId, keptId: input.keptId }), t) };
    }
    const preview = await previewOrganisationMerge(db, viewer, { duplicateId: input.duplicateId, keptId: input.keptId });
    await mergeOrganisations(db, viewer, { duplicateId: input.duplicateId, keptId: input.keptId }, getEnv().PUBLIC_URL);
    // From the list of duplicates, the page is not refreshed: the merged pair's row keeps its confirmation until the
    // admin reloads the list (which then no longer holds it).
    if (formData.get("from") !== "duplicates") revalidatePath("/admin/organisations");
    return {
      duplicateId: input.duplicateId,
      kept: "",
      done: `${t.merged(preview.duplicate.name, preview.kept.name)} ${t.address(preview.duplicate.slug, preview.kept.slug, preview.kept.status === "published")}`,
    };
  } catch (error) {
    return { ...state, error: refusal(error, t, locale, "merge") };
  }
}
