"use server";
// Introductions from the pages. lib/introductions/ (requests.ts, transitions.ts) checks who the caller is for this very introduction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { OBJECTIVES, PARTNERSHIP_TYPES } from "@/lib/shared/vocabulary";
import { getEnv } from "@/lib/server/env";
import { getLocale } from "@/lib/i18n/locale";
import { IntroductionError } from "@/lib/introductions/errors";
import { requestIntroduction } from "@/lib/introductions/requests";
import { transitionIntroduction } from "@/lib/introductions/transitions";
import { markNotificationsRead, setEmailNotifications } from "@/lib/accounts/notifications";
import { INTRODUCTION_ACTIONS } from "@/lib/introductions/workflow";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState, assertText } from "@/lib/server/http/action-arguments";

export interface RequestFormState {
  values: Record<string, string>;
  /** Counts refused submissions: the form remounts with what was typed (React resets forms after an action). */
  attempt?: number;
  errors?: Record<string, string>;
  formError?: string;
}

const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), z.enum(values).optional());

const requestForm = z.object({
  fromOrganisationId: z.uuid(),
  toSlug: z.string().min(1).max(200),
  needOfferId: z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid().optional()),
  objective: optional(OBJECTIVES),
  partnershipType: optional(PARTNERSHIP_TYPES),
  message: z.string().max(20_000),
});

export async function requestIntroductionAction(previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  assertState(previous);
  assertFormData(formData);
  const locale = await getLocale();
  const values = Object.fromEntries(
    ["fromOrganisationId", "toSlug", "needOfferId", "objective", "partnershipType", "message"].map((key) => [key, String(formData.get(key) ?? "")]),
  );
  const parsed = requestForm.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] = locale === "en" ? "Invalid value." : "Valeur invalide.";
    return { values, errors, attempt: (previous.attempt ?? 0) + 1 };
  }
  let id: string;
  try {
    ({ id } = await requestIntroduction(await getDatabase(), await getViewer(), parsed.data, getEnv().PUBLIC_URL));
  } catch (error) {
    if (!(error instanceof IntroductionError)) throw error;
    const message = error.messageIn(locale);
    const attempt = (previous.attempt ?? 0) + 1;
    return error.field ? { values, attempt, errors: { [error.field]: message } } : { values, attempt, formError: message };
  }
  revalidatePath("/introductions");
  redirect(`/introductions/${id}?sent=1`);
}

export interface TransitionFormState {
  error?: string;
  field?: string;
  note?: string;
}

const transitionForm = z.object({
  introductionId: z.uuid(),
  action: z.enum(INTRODUCTION_ACTIONS),
  note: z.string().max(2_000).optional(),
  partnershipType: optional(PARTNERSHIP_TYPES),
});

export async function transitionAction(previous: TransitionFormState, formData: FormData): Promise<TransitionFormState> {
  assertState(previous);
  assertFormData(formData);
  const locale = await getLocale();
  const note = String(formData.get("note") ?? "");
  const parsed = transitionForm.safeParse({
    introductionId: formData.get("introductionId"),
    action: formData.get("action"),
    note,
    partnershipType: formData.get("partnershipType") ?? "",
  });
  if (!parsed.success) return { error: locale === "en" ? "This action is not valid." : "Cette action n'est pas valide.", note };
  const { introductionId, action, ...input } = parsed.data;
  try {
    await transitionIntroduction(await getDatabase(), await getViewer(), introductionId, action, input, getEnv().PUBLIC_URL);
  } catch (error) {
    if (!(error instanceof IntroductionError)) throw error;
    return { error: error.messageIn(locale), field: error.field, note };
  }
  revalidatePath(`/introductions/${introductionId}`);
  redirect(`/introductions/${introductionId}?done=${action}`);
}

export async function markAllReadAction(): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/notifications");
  await markNotificationsRead(await getDatabase(), viewer);
  revalidatePath("/", "layout");
}

export async function setEmailNotificationsAction(formData: FormData): Promise<void> {
  assertFormData(formData);
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account");
  await setEmailNotifications(await getDatabase(), viewer, formData.get("enabled") === "on");
  revalidatePath("/account");
  redirect("/account?notifications=saved#notifications");
}

export async function markIntroductionReadAction(introductionId: string): Promise<void> {
  assertText(introductionId);
  const viewer = await getViewer();
  if (!viewer || !z.uuid().safeParse(introductionId).success) return;
  await markNotificationsRead(await getDatabase(), viewer, { introductionId });
}
