import { headers } from "next/headers";
import Link from "next/link";
import { getEnv } from "@/lib/server/env";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";
import { canReadDevMailbox, mailDelivery } from "@/lib/server/mail/dev-mailbox";

export const dynamic = "force-dynamic";

export default async function CheckEmailPage() {
  const t = getAccountMessages(await getLocale()).signIn;
  const env = getEnv();
  const delivery = mailDelivery(env);
  const showMailbox = delivery !== "smtp" && canReadDevMailbox(await headers());
  return (
    <section className="container narrow account-page">
      <h1>{t.checkTitle}</h1>
      <p>{t.checkText}</p>
      {showMailbox ? (
        <p className="notice">
          {t.checkDev} <Link href="/dev/mailbox">{t.openMailbox}</Link>
        </p>
      ) : delivery !== "smtp" ? (
        <p className="error-summary" role="alert">
          {t.noMail}
        </p>
      ) : null}
    </section>
  );
}
