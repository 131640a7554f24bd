import Link from "next/link";
import { getEnv } from "@/lib/server/env";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";
import { isDevMailboxEnabled } from "@/lib/server/mail/dev-mailbox";

export const dynamic = "force-dynamic";

export default async function CheckEmailPage() {
  const t = getAccountMessages(await getLocale()).signIn;
  const showMailbox = isDevMailboxEnabled() && !getEnv().SMTP_URL;
  return (
    <section className="container narrow account-page">
      <h1>{t.checkTitle}</h1>
      <p>{t.checkText}</p>
      {showMailbox ? (
        <p className="notice">
          {t.checkDev} <Link href="/dev/mailbox">{t.openMailbox}</Link>
        </p>
      ) : null}
    </section>
  );
}
