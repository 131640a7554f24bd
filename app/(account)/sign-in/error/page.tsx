import Link from "next/link";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const t = getAccountMessages(await getLocale()).signIn;
  // Auth.js sends AccessDenied when the signIn callback refuses a link that was valid: the account is disabled
  // (only when the link is used, so this page tells nothing to someone who merely typed the address). A new link
  // would not help.
  const refused = (await searchParams).error === "AccessDenied";
  return (
    <section className="container narrow account-page">
      <h1>{t.errorTitle}</h1>
      <p>{refused ? t.refusedText : t.errorText}</p>
      {refused ? null : (
        <p>
          <Link className="button" href="/sign-in">
            {t.again}
          </Link>
        </p>
      )}
    </section>
  );
}
