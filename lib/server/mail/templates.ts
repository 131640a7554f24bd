// E-mails' layout (plain text + HTML); their words are the accounts' (lib/accounts/messages.ts). The sign-in mail is
// French first with the English version below, since we may not know the recipient's language yet (sign-in links are
// asked for before any account exists); the others are in the recipient's language.
import { getAccountMessages } from "@/lib/accounts/messages";
import { escapeHtml } from "@/lib/shared/html";
import type { OutgoingMail } from "./outbox";

export function signInMail(to: string, url: string, minutes: number): OutgoingMail {
  const [fr, en] = [getAccountMessages("fr").mail, getAccountMessages("en").mail];
  const text = [
    fr.hello,
    "",
    fr.signIn.textOpen(minutes),
    url,
    "",
    fr.signIn.textIgnore,
    "",
    "—",
    `${en.signIn.textOpen(minutes)} ${en.signIn.textIgnore}`,
  ].join("\n");
  const html = `<p>${fr.hello}</p>
<p>${fr.signIn.htmlOpen(minutes)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#1d4e89;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${fr.signIn.button}</a></p>
<p style="color:#4a5568">${fr.signIn.htmlIgnore}</p>
<hr><p lang="en" style="color:#4a5568">${en.signIn.htmlOpen(minutes)} ${en.signIn.htmlIgnore}</p>`;
  return { to, subject: `${fr.signIn.subject} / ${en.signIn.subject}`, text, html, template: "sign-in" };
}

/** A notification e-mail (introductions…), in the recipient's language, with the page link and the settings link. */
export function notificationMail(input: {
  to: string;
  locale: "fr" | "en";
  subject: string;
  body: string;
  link: string;
  settingsLink: string;
  template: string;
  /** The button's text and the footer's reason, when the mail is not about an introduction. */
  linkLabel?: string;
  footer?: string;
}): OutgoingMail {
  const t = getAccountMessages(input.locale).mail;
  const open = input.linkLabel ?? t.notification.openIntroduction;
  const settings = input.footer ?? t.notification.footer;
  const text = [t.hello, "", input.body, "", `${open} : ${input.link}`, "", "—", settings, input.settingsLink].join("\n");
  const paragraphs = input.body
    .split("\n\n")
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join("\n");
  const html = `<p>${t.hello}</p>
${paragraphs}
<p><a href="${escapeHtml(input.link)}" style="display:inline-block;background:#1d4e89;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${open}</a></p>
<hr><p style="color:#4a5568;font-size:13px">${escapeHtml(settings)} <a href="${escapeHtml(input.settingsLink)}">${t.notification.settings}</a></p>`;
  return { to: input.to, subject: input.subject, text, html, template: input.template };
}

/** Warning before an inactive account is deleted: signing in once is enough to keep it. */
export function inactivityWarningMail(input: { to: string; locale: "fr" | "en"; deletionDate: string; publicUrl: string }): OutgoingMail {
  const t = getAccountMessages(input.locale).mail.inactivity;
  return notificationMail({
    to: input.to,
    locale: input.locale,
    subject: t.subject,
    body: t.body(input.deletionDate),
    link: `${input.publicUrl}/sign-in`,
    linkLabel: t.link,
    settingsLink: `${input.publicUrl}/privacy`,
    footer: t.footer,
    template: "account.inactivity-warning",
  });
}
