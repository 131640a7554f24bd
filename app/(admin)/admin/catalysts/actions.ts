"use server";
// Back-office actions on catalysts. Public endpoints like any server action: lib/admin/catalysts.ts checks that
// the caller is an admin; these only parse the form, call it and say what happened.
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { StepState } from "@/app/(account)/register/step-form";
import { addCoverage, addStaff, removeCoverage, removeStaff, saveCatalyst } from "@/lib/admin/catalysts";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { formDataToObject } from "@/lib/organisations/registration/form-data";
import { getViewer } from "@/lib/auth/session";
import { getAdminMessages } from "@/lib/admin/messages";
import { assertFormData, assertState, assertText } from "@/lib/server/http/action-arguments";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

export interface PanelState {
  error?: string;
  done?: string;
}

const UUID = /^[0-9a-f-]{36}$/i;

/** Runs an admin operation, turning refusals into a 404 (for non-admins) or a message (for a vanished catalyst). */
async function guarded<T>(operation: () => Promise<T>, gone: string): Promise<T | { error: string }> {
  try {
    return await operation();
  } catch (error) {
    logIfRefused(error);
    if (error instanceof ForbiddenError) notFound();
    if (error instanceof NotFoundError) return { error: gone };
    throw error;
  }
}

export async function saveCatalystAction(id: string | null, _previous: StepState, formData: FormData): Promise<StepState> {
  if (id !== null) assertText(id);
  assertState(_previous);
  assertFormData(formData);
  const t = getAdminMessages(await getLocale()).catalysts;
  if (id !== null && !UUID.test(id)) return { errors: { form: t.gone }, values: {} };
  const values = formDataToObject(formData.entries());
  const result = await guarded(async () => saveCatalyst(await getDatabase(), await getViewer(), id, values), t.gone);
  if ("error" in result) return { errors: { form: result.error }, values };
  if (!result.ok) return { errors: result.errors, values };
  revalidatePath("/admin/catalysts");
  redirect(`/admin/catalysts/${result.id}?${id ? "saved" : "created"}=1`);
}

export async function addCoverageAction(id: string, _previous: PanelState, formData: FormData): Promise<PanelState> {
  assertText(id);
  assertState(_previous);
  assertFormData(formData);
  const t = getAdminMessages(await getLocale()).catalysts;
  if (!UUID.test(id)) return { error: t.gone };
  const input = { level: String(formData.get("level") ?? ""), code: formData.get("territoryCode"), text: formData.get("territoryCodeText") };
  try {
    const result = await guarded(async () => addCoverage(await getDatabase(), await getViewer(), id, input), t.gone);
    if ("error" in result) return { error: result.error };
    revalidatePath(`/admin/catalysts/${id}`);
    return { done: t.coverage.added(result.name) };
  } catch (error) {
    logIfRefused(error);
    if (error instanceof ConflictError) return { error: t.coverage.already };
    throw error;
  }
}

export async function removeCoverageAction(id: string, kind: string, code: string): Promise<void> {
  assertText(id);
  assertText(kind);
  assertText(code);
  if (!UUID.test(id)) notFound();
  await guarded(async () => removeCoverage(await getDatabase(), await getViewer(), id, { kind, code }), "");
  revalidatePath(`/admin/catalysts/${id}`);
}

export async function addStaffAction(id: string, _previous: PanelState, formData: FormData): Promise<PanelState> {
  assertText(id);
  assertState(_previous);
  assertFormData(formData);
  const t = getAdminMessages(await getLocale()).catalysts;
  if (!UUID.test(id)) return { error: t.gone };
  const result = await guarded(async () => addStaff(await getDatabase(), await getViewer(), id, String(formData.get("email") ?? "")), t.gone);
  if ("error" in result) return { error: result.error };
  revalidatePath(`/admin/catalysts/${id}`);
  return { done: result.created ? t.staff.addedNew : t.staff.added };
}

export async function removeStaffAction(id: string, userId: string): Promise<void> {
  assertText(id);
  assertText(userId);
  if (!UUID.test(id)) notFound();
  await guarded(async () => removeStaff(await getDatabase(), await getViewer(), id, userId), "");
  revalidatePath(`/admin/catalysts/${id}`);
}
