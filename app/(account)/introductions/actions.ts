"use server";
// Introductions from the pages. lib/introductions/ (requests.ts, transitions.ts) checks who the caller is for this very introduction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getLocale } from "@/lib/i18n/locale";
import { IntroductionError, introductionFieldErrors } from "@/lib/introductions/errors";
import { getIntroductionMessages } from "@/lib/introductions/messages";
import { introductionRequestSchema, introductionTransitionFormSchema, noneIfEmpty } from "@/lib/introductions/schemas";
import { requestIntroduction } from "@/lib/introductions/requests";
import { transitionIntroduction } from "@/lib/introductions/transitions";
import { markNotificationsRead, setEmailNotifications } from "@/lib/accounts/notifications";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState, assertText } from "@/lib/server/http/action-arguments";
import { logIfRefused } from "@/lib/server/http/answers";

export interface RequestFormState {
  values: Record<string, string>;
  /** Counts refused submissions: the form remounts with what was typed (React resets forms after an action). */
  attempt?: number;
  errors?: Record<string, string>;
  formError?: string;
}

export async function requestIntroductionAction(previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  assertState(previous);
  assertFormData(formData);
  const locale = await getLocale();
  const values = Object.fromEntries(
    ["fromOrganisationId", "toSlug", "needOfferId", "objective", "partnershipType", "message"].map((key) => [key, String(formData.get(key) ?? "")]),
  );
  const parsed = introductionRequestSchema.safeParse({
    ...values,
    needOfferId: noneIfEmpty(values.needOfferId),
    objective: noneIfEmpty(values.objective),
    partnershipType: noneIfEmpty(values.partnershipType),
  });
  if (!parsed.success) {
    // Every bad field at once, each with the message lib gives for it.
    const errors = Object.fromEntries(introductionFieldErrors(parsed.error, locale).map(({ field, message }) => [field, message]));
    return { values, errors, attempt: (previous.attempt ?? 0) + 1 };
  }
  let id: string;
  try {
    ({ id } = await requestIntroduction(await getDatabase(), await getViewer(), parsed.data, getEnv().PUBLIC_URL));
  } catch (error) {
    logIfRefused(error);
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

export async function transitionAction(previous: TransitionFormState, formData: FormData): Promise<TransitionFormState> {
  assertState(previous);
  assertFormData(formData);
  const locale = await getLocale();
  const note = String(formData.get("note") ?? "");
  const parsed = introductionTransitionFormSchema.safeParse({
    introductionId: formData.get("introductionId"),
    action: formData.get("action"),
    note,
    partnershipType: noneIfEmpty(formData.get("partnershipType")),
  });
  if (!parsed.success) {
    // A note too long is the person's to fix; anything else is not what the page sent.
    const noteError = introductionFieldErrors(parsed.error, locale).find((item) => item.field === "note");
    if (noteError) return { error: noteError.message, field: "note", note };
    return { error: getIntroductionMessages(locale).invalidAction, note };
  }
  const { introductionId, action, ...input } = parsed.data;
  // Only the confirmation step's button carries confirm=1: a first click (with or without JavaScript) lands there.
  const confirmed = formData.get("confirm") === "1";
  try {
    await transitionIntroduction(await getDatabase(), await getViewer(), introductionId, action, { ...input, confirmed }, getEnv().PUBLIC_URL);
  } catch (error) {
    if (error instanceof IntroductionError && error.code === "unconfirmed") redirect(`/introductions/${introductionId}?confirm=${action}#actions`);
    logIfRefused(error);
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
