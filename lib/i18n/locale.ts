// The visitor's language: a cookie set by the language switch, else French.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, getMessages, isLocale, type Locale } from "./messages";

export const LOCALE_COOKIE = "locale";

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

export async function getRequestMessages() {
  const locale = await getLocale();
  return { locale, messages: getMessages(locale) };
}
