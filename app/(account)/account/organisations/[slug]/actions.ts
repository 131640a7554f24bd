"use server";
// Editing one's organisation: thin wrappers that parse the form and call lib/, which checks who may do what.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import {
  addNeedOffer,
  resubmitOrganisation,
  setNeedOfferStatus,
  updateOrganisationAbout,
  updateOrganisationIdentity,
  type EditResult,
} from "@/lib/organisations/editing";
import { formDataToObject } from "@/lib/organisations/registration/form-data";
import { getViewer } from "@/lib/auth/session";
import type { StepState } from "@/app/(account)/register/step-form";
import { assertFormData, assertState, assertText } from "@/lib/server/http/action-arguments";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

/** Runs an edit; a caller who may not edit (or an unknown organisation) is sent away, never shown a server error. */
async function run<Result extends EditResult>(slug: string, edit: () => Promise<Result>): Promise<Result> {
  try {
    return await edit();
  } catch (error) {
    logIfRefused(error);
    if (error instanceof ForbiddenError || error instanceof NotFoundError) redirect(`/account?forbidden=${encodeURIComponent(slug)}`);
    throw error;
  }
}

function done(slug: string, saved: string): never {
  revalidatePath(`/organisations/${slug}`);
  redirect(`/account/organisations/${encodeURIComponent(slug)}?saved=${saved}`);
}

export async function updateAboutAction(slug: string, _previous: StepState, formData: FormData): Promise<StepState> {
  assertText(slug);
  assertState(_previous);
  assertFormData(formData);
  const values = formDataToObject(formData.entries());
  const result = await run(slug, async () => updateOrganisationAbout(await getDatabase(), await getViewer(), slug, values, getEnv().PUBLIC_URL));
  if (!result.ok) return { errors: result.errors, values };
  done(slug, "about");
}

export async function updateIdentityAction(slug: string, _previous: StepState, formData: FormData): Promise<StepState> {
  assertText(slug);
  assertState(_previous);
  assertFormData(formData);
  const values = formDataToObject(formData.entries());
  const result = await run(slug, async () => updateOrganisationIdentity(await getDatabase(), await getViewer(), slug, values, getEnv().PUBLIC_URL));
  if (!result.ok) return { errors: result.errors, values };
  done(slug, result.review ? "review" : "identity");
}

export async function addItemAction(slug: string, _previous: StepState, formData: FormData): Promise<StepState> {
  assertText(slug);
  assertState(_previous);
  assertFormData(formData);
  const raw = formDataToObject(formData.entries());
  // The shared row fields are named "items.0.*" (as at registration): one row here.
  const row = Array.isArray(raw.items) ? ((raw.items[0] as Record<string, unknown> | undefined) ?? {}) : {};
  const result = await run(slug, async () => addNeedOffer(await getDatabase(), await getViewer(), slug, row));
  if (!result.ok) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([key, message]) => [key === "form" ? key : `items.0.${key}`, message]));
    return { errors, values: raw };
  }
  done(slug, "item");
}

export async function setItemStatusAction(slug: string, formData: FormData): Promise<void> {
  assertText(slug);
  assertFormData(formData);
  const itemId = String(formData.get("item") ?? "");
  const status = String(formData.get("status") ?? "");
  const result = await run(slug, async () => setNeedOfferStatus(await getDatabase(), await getViewer(), slug, itemId, status));
  if (!result.ok) redirect(`/account/organisations/${encodeURIComponent(slug)}?error=item`);
  done(slug, "status");
}

export async function resubmitAction(slug: string): Promise<void> {
  assertText(slug);
  const result = await run(slug, async () => resubmitOrganisation(await getDatabase(), await getViewer(), slug, getEnv().PUBLIC_URL));
  if (!result.ok) redirect(`/account/organisations/${encodeURIComponent(slug)}?error=resubmit`);
  redirect(`/account?resubmitted=${encodeURIComponent(slug)}`);
}
