"use server";
// "Contact this catalyst". lib/catalysts/contact.ts checks the sender is signed in and limits the rate.
import { contactCatalyst } from "@/lib/catalysts/contact";
import { catalystContactSchema } from "@/lib/catalysts/schemas";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";

export interface ContactFormState {
  message: string;
  error?: string;
  sent?: boolean;
  attempt?: number;
}

export async function contactCatalystAction(previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  assertState(previous);
  assertFormData(formData);
  const t = getDirectoryMessages(await getLocale()).catalysts.contactForm;
  const parsed = catalystContactSchema.safeParse({ catalystSlug: formData.get("catalystSlug"), message: formData.get("message") ?? "" });
  const message = String(formData.get("message") ?? "");
  const attempt = (previous.attempt ?? 0) + 1;
  if (!parsed.success) return { message, error: t.tooShort, attempt };
  const result = await contactCatalyst(await getDatabase(), await getViewer(), parsed.data, getEnv().PUBLIC_URL);
  if (result.ok) return { message: "", sent: true, attempt };
  const error = result.error === "rateLimited" ? t.rateLimited : result.error === "message" ? t.tooShort : t.signIn;
  return { message, error, attempt };
}
