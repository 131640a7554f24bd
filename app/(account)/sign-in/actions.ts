"use server";
// Asking for a sign-in link. Public by nature; limited per address and per client in Postgres.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { getDatabase } from "@/lib/server/db";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";
import { admitSignInLinkRequest } from "@/lib/server/rate-limit";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";

export interface SignInState {
  email: string;
  error?: string;
}

const signInForm = z.object({
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
  const email = String(formData.get("email") ?? "")
    .trim()
    .slice(0, 300);
  const { callbackUrl } = signInForm.parse({ callbackUrl: formData.get("callbackUrl") ?? "/account" });
  const verdict = await admitSignInLinkRequest(await getDatabase(), { email, headers: await headers() });
  if (!verdict.allowed) {
    return { email, error: verdict.reason === "invalid_email" ? t.invalidEmail : t.tooMany(Math.ceil(verdict.retryAfterSeconds / 60)) };
  }
  try {
    await signIn("email", { email: verdict.identifier, redirect: false, redirectTo: callbackUrl });
  } catch {
    return { email, error: t.failed };
  }
  redirect("/sign-in/check-email");
}
