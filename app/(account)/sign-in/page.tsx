import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: getAccountMessages(await getLocale()).signIn.title, robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const safeCallback = typeof callbackUrl === "string" && /^\/(?!\/)/.test(callbackUrl) ? callbackUrl : "/account";
  if (await getViewer()) redirect(safeCallback);
  const t = getAccountMessages(await getLocale()).signIn;
  return (
    <section className="container narrow account-page">
      <h1>{t.title}</h1>
      {safeCallback === "/register" || safeCallback.startsWith("/register?") ? (
        <p className="notice" role="note">
          {t.forRegister}
        </p>
      ) : null}
      <p>{t.lead}</p>
      <p>{t.newAccount}</p>
      <SignInForm labels={{ email: t.email, submit: t.submit }} callbackUrl={safeCallback} />
    </section>
  );
}
