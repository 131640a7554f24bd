"use server";
// Asking for a sign-in link. Public by nature; limited per address and per client in Postgres.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { getDatabase } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { getLocale } from "@/lib/i18n/locale";
import { consumeRateLimit, SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP } from "@/lib/rate-limit";
import { assertFormData, assertState } from "@/lib/http/action-arguments";

export interface SignInState {
  email: string;
  error?: string;
}

const signInForm = z.object({
  email: z.email().max(254),
  callbackUrl: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/)
    .max(500)
    .catch("/account"),
});

export async function requestSignInLink(_previous: SignInState, formData: FormData): Promise<SignInState> {
  assertState(_previous);
  assertFormData(formData);
  const t = getAccountMessages(await getLocale()).signIn;
  const email = String(formData.get("email") ?? "").trim().slice(0, 300);
  const parsed = signInForm.safeParse({ email, callbackUrl: formData.get("callbackUrl") ?? "/account" });
  if (!parsed.success) return { email, error: t.invalidEmail };
  const db = await getDatabase();
  for (const [rule, subject] of [
    [SIGN_IN_PER_IP, clientAddress(await headers())],
    [SIGN_IN_PER_EMAIL, parsed.data.email],
  ] as const) {
    const verdict = await consumeRateLimit(db, rule, subject);
    if (!verdict.allowed) return { email, error: t.tooMany(Math.ceil(verdict.retryAfterSeconds / 60)) };
  }
  try {
    await signIn("email", { email: parsed.data.email, redirect: false, redirectTo: parsed.data.callbackUrl });
  } catch {
    return { email, error: t.failed };
  }
  redirect("/sign-in/check-email");
}
