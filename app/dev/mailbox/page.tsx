import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getDatabase } from "@/lib/server/db";
import { getAccountMessages } from "@/lib/accounts/messages";
import { getLocale } from "@/lib/i18n/locale";
import { canReadDevMailbox } from "@/lib/server/mail/dev-mailbox";
import { listRecentMails } from "@/lib/server/mail/outbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mailbox", robots: { index: false } };

// Links are the only thing people need from a mail here; make them clickable in the plain text.
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function DevMailboxPage() {
  // Every mail of the instance, sign-in links included: never to a remote visitor (see lib/server/mail/dev-mailbox.ts).
  if (!canReadDevMailbox(await headers())) notFound();
  const t = getAccountMessages(await getLocale()).mailbox;
  const mails = await listRecentMails(await getDatabase());
  return (
    <section className="container account-page">
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      {mails.length === 0 ? <p className="empty-state">{t.empty}</p> : null}
      <ol className="mail-list">
        {mails.map((mail) => (
          <li key={mail.id} className="card">
            <p className="item-meta">
              {t.to} {mail.toAddress} · {mail.createdAt.replace("T", " ").replace("Z", " UTC")} · {mail.status}
            </p>
            <h2 className="card-title">{mail.subject}</h2>
            <pre className="mail-body">{linkify(mail.textBody)}</pre>
            {mail.htmlBody ? (
              <details>
                <summary>{t.html}</summary>
                {/* An empty sandbox: the mail's HTML can run no script, reach no cookie and navigate nowhere. */}
                <iframe
                  sandbox=""
                  srcDoc={mail.htmlBody}
                  title={t.htmlFrame(mail.subject)}
                  style={{ width: "100%", height: "32rem", border: "1px solid #cbd5e0" }}
                />
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
