import Link from "next/link";
import { getAccountMessages } from "@/lib/i18n/account-messages";
import { getLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export default async function SignInErrorPage() {
  const t = getAccountMessages(await getLocale()).signIn;
  return (
    <section className="container narrow account-page">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorText}</p>
      <p>
        <Link className="button" href="/sign-in">
          {t.again}
        </Link>
      </p>
    </section>
  );
}
