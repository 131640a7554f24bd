"use server";
// The language switch. Public on purpose: it only sets the visitor's own language cookie.
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { LOCALES } from "@/lib/i18n/messages";
import { assertFormData } from "@/lib/server/http/action-arguments";

const localeForm = z.object({ locale: z.enum(LOCALES) });

export async function setLocale(formData: FormData): Promise<void> {
  assertFormData(formData);
  const parsed = localeForm.safeParse({ locale: formData.get("locale") });
  // An unknown language is ignored: the page simply stays in the current one.
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && process.env.PUBLIC_URL?.startsWith("https://") === true,
  });
}
