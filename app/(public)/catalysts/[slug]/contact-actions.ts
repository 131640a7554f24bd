"use server";
// "Contact this catalyst", signed in or not. lib/catalysts/contact.ts checks who sends, the visitor's anti-abuse checks
// and the rate limits.
import { headers } from "next/headers";
import { contactCatalyst, issueCatalystContactToken } from "@/lib/catalysts/contact";
import { catalystContactSchema } from "@/lib/catalysts/schemas";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { getDirectoryMessages } from "@/lib/organisations/directory-messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";
import { clientAddress } from "@/lib/server/http/client-address";

export interface ContactFormState {
  message: string;
  name?: string;
  email?: string;
  error?: string;
  /** Which field the error is about: the message's box, or the visitor's address. */
  errorField?: "message" | "email";
  sent?: boolean;
  attempt?: number;
  /** A fresh form-time token when the one sent was missing or too old (the form without JavaScript). */
  formToken?: string;
}

/** The token a visitor's form carries; asked for by the form once shown (the page itself may come from a cache). */
export async function contactFormTokenAction(): Promise<string> {
  return issueCatalystContactToken(await getDatabase());
}

const text = (formData: FormData, name: string, max: number) => String(formData.get(name) ?? "").slice(0, max);

export async function contactCatalystAction(previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  assertState(previous);
  assertFormData(formData);
  const t = getDirectoryMessages(await getLocale()).catalysts.contactForm;
  const message = text(formData, "message", 5000);
  const name = text(formData, "name", 200);
  const email = text(formData, "email", 300);
  const attempt = (previous.attempt ?? 0) + 1;
  const kept = { message, name, email, attempt };
  const parsed = catalystContactSchema.safeParse({ catalystSlug: formData.get("catalystSlug"), message });
  if (!parsed.success) return { ...kept, error: t.tooShort, errorField: "message" };
  const db = await getDatabase();
  const viewer = await getViewer();
  const visitor = viewer
    ? undefined
    : {
        email,
        name,
        client: clientAddress(await headers(), getEnv().TRUSTED_PROXIES),
        formToken: text(formData, "formToken", 200),
        trap: text(formData, "website", 200),
      };
  const result = await contactCatalyst(db, viewer, { ...parsed.data, visitor }, getEnv().PUBLIC_URL);
  if (result.ok) return { message: "", sent: true, attempt };
  switch (result.error) {
    case "rateLimited":
      return { ...kept, error: t.rateLimited, errorField: "message" };
    case "message":
      return { ...kept, error: t.tooShort, errorField: "message" };
    case "email":
      return { ...kept, error: t.invalidEmail, errorField: "email" };
    case "too_fast":
    case "expired":
      return { ...kept, error: t.tryAgain, errorField: "message", formToken: await issueCatalystContactToken(db) };
    default:
      return { ...kept, error: t.notFound, errorField: "message" };
  }
}
