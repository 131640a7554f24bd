"use server";
// Registration actions: thin wrappers that parse the form, call lib/ (which checks the caller) and move on.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { formDataToObject, withoutBlankRows } from "@/lib/organisations/registration/form-data";
import { saveRegistrationStep, submitRegistration, type DuplicateCandidate } from "@/lib/organisations/registration/registration";
import { MAX_NEEDS_OFFERS, REGISTRATION_STEPS, type EditableStep, type RegistrationStep } from "@/lib/organisations/registration/steps";
import { getViewer } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { ADD_ROW_FIELD } from "./field-spec";
import type { StepState } from "./step-form";
import { assertFormData, assertState, assertText } from "@/lib/server/http/action-arguments";
import { NotSignedInError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

export async function saveStepAction(step: EditableStep, _previous: StepState, formData: FormData): Promise<StepState> {
  assertText(step);
  assertState(_previous);
  assertFormData(formData);
  if (!REGISTRATION_STEPS.includes(step) || step === ("review" as RegistrationStep)) return { errors: { form: "Étape inconnue" }, values: {} };
  const values = formDataToObject(formData.entries());
  if (step === "needs-offers") {
    // "Add another": one more empty block, nothing saved nor checked yet (the button works without JavaScript).
    if (formData.get(ADD_ROW_FIELD) === "items") {
      const rows = Array.isArray(values.items) ? values.items : [];
      return { errors: {}, values: { ...values, items: [...rows, {}].slice(0, MAX_NEEDS_OFFERS) } };
    }
    values.items = withoutBlankRows(values.items, ["title"]);
  }
  try {
    const result = await saveRegistrationStep(await getDatabase(), await getViewer(), step, values, await getLocale());
    if (!result.ok) return { errors: result.errors, values };
  } catch (error) {
    logIfRefused(error);
    if (error instanceof NotSignedInError) redirect("/sign-in?callbackUrl=/register");
    throw error;
  }
  const next = REGISTRATION_STEPS[REGISTRATION_STEPS.indexOf(step) + 1] ?? "review";
  redirect(`/register?step=${next}`);
}

export interface SubmitState {
  message?: string;
  duplicates?: DuplicateCandidate[];
  /** The duplicates are look-alikes: the applicant may confirm theirs is another organisation. */
  confirmDistinct?: boolean;
}

// The look-alikes' ids the review step showed, ticked as "not the same organisation" (a handful at most).
const distinctFromField = z.array(z.uuid()).max(10).catch([]);

export async function submitRegistrationAction(_previous: SubmitState, _formData: FormData): Promise<SubmitState> {
  assertState(_previous);
  assertFormData(_formData);
  let slug: string;
  try {
    const distinctFrom = distinctFromField.parse(_formData.getAll("distinctFrom").flatMap((value) => String(value).split(",").filter(Boolean)));
    const result = await submitRegistration(await getDatabase(), await getViewer(), getEnv().PUBLIC_URL, { distinctFrom });
    if (!result.ok) {
      if ("step" in result) redirect(`/register?step=${result.step}&incomplete=1`);
      return { message: result.message, duplicates: result.duplicates, confirmDistinct: result.confirmDistinct };
    }
    slug = result.slug;
  } catch (error) {
    logIfRefused(error);
    if (error instanceof NotSignedInError) redirect("/sign-in?callbackUrl=/register");
    throw error;
  }
  redirect(`/account?registered=${encodeURIComponent(slug)}`);
}
