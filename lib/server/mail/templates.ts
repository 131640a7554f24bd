// E-mails' layout: a plain-text part and an HTML part saying the same thing, built from one description (paragraphs,
// a quoted message, what happens next, the main link), so the two never drift apart. The HTML is deliberately plain:
// inline styles only (mail clients drop <style> and classes), no remote image, a real link styled as a button with
// the address also written out (for clients that block buttons or readers who copy it), the document's language set,
// and every text that comes from a person escaped. The sign-in mail is French first with the English version below,
// since we may not know the recipient's language yet (sign-in links are asked for before any account exists); the
// others are in the recipient's language.
import { getAccountMessages } from "@/lib/accounts/messages";
import { escapeHtml } from "@/lib/shared/html";
import type { OutgoingMail } from "./outbox";

type MailLocale = "fr" | "en";

/** What a mail says, once, for both its parts. Every text here is plain text: the HTML part escapes it. */
export interface MailContent {
  locale: MailLocale;
  subject: string;
  /** Paragraphs of the body; a blank line inside one also separates paragraphs. */
  paragraphs: string[];
  /** A person's own words (a moderator's note, a visitor's message), shown apart and quoted. */
  quote?: { label: string; text: string };
  /** What happens next, or what the recipient may do now. */
  next?: string;
  /** The one thing to do: a button in HTML, the label and the address in text. */
  action: { label: string; url: string };
  /** Further useful links, written under the button. */
  links?: { label: string; url: string }[];
  /** Why this mail was received, with an optional link (settings, privacy policy). */
  footer?: { text: string; link?: { label: string; url: string } };
}

const COLORS = { text: "#1a202c", muted: "#4a5568", accent: "#1d4e89", rule: "#cbd5e0", page: "#f4f6f8" };

/** French puts a space before a colon; English does not. */
const colon = (locale: MailLocale) => (locale === "fr" ? " :" : ":");
const quoted = (locale: MailLocale, text: string) => (locale === "fr" ? `« ${text} »` : `"${text}"`);
const splitParagraphs = (texts: string[]) => texts.flatMap((text) => text.split(/\n{2,}/)).filter((text) => text.trim() !== "");
/** A plain-text paragraph in HTML: escaped, its single line breaks kept. */
const htmlText = (text: string) => escapeHtml(text).replace(/\n/g, "<br>");

function htmlDocument(locale: MailLocale, subject: string, inner: string): string {
  return `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:${COLORS.page}">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:${COLORS.text};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
${inner}
</div>
</body>
</html>`;
}

function buttonHtml(url: string, label: string): string {
  return `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:${COLORS.accent};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:underline;font-weight:bold">${escapeHtml(label)}</a></p>`;
}

function writtenLinkHtml(locale: MailLocale, url: string): string {
  const t = getAccountMessages(locale).mail;
  return `<p style="font-size:14px;color:${COLORS.muted}">${escapeHtml(t.copyLink)}<br><a href="${escapeHtml(url)}" style="color:${COLORS.accent};word-break:break-all">${escapeHtml(url)}</a></p>`;
}

/** The mail's two parts from its description. */
export function composeMail(content: MailContent): { subject: string; text: string; html: string } {
  const { locale } = content;
  const t = getAccountMessages(locale).mail;
  const paragraphs = splitParagraphs(content.paragraphs);
  const text = [
    t.hello,
    ...paragraphs,
    ...(content.quote ? [`${content.quote.label}${colon(locale)}\n${quoted(locale, content.quote.text)}`] : []),
    ...(content.next ? [`${t.next}${colon(locale)} ${content.next}`] : []),
    `${content.action.label}${colon(locale)}\n${content.action.url}`,
    ...(content.links ?? []).map((link) => `${link.label}${colon(locale)}\n${link.url}`),
    ...(content.footer ? [["—", content.footer.text, ...(content.footer.link ? [content.footer.link.url] : [])].join("\n")] : []),
  ].join("\n\n");
  const inner = [
    `<p>${escapeHtml(t.hello)}</p>`,
    ...paragraphs.map((paragraph) => `<p>${htmlText(paragraph)}</p>`),
    ...(content.quote
      ? [
          `<blockquote style="margin:16px 0;padding:8px 16px;border-left:4px solid ${COLORS.accent};background:${COLORS.page}"><p style="margin:0 0 4px;font-weight:bold">${escapeHtml(content.quote.label)}</p><p style="margin:0">${htmlText(content.quote.text)}</p></blockquote>`,
        ]
      : []),
    ...(content.next ? [`<p><strong>${escapeHtml(t.next)}${colon(locale)}</strong> ${htmlText(content.next)}</p>`] : []),
    buttonHtml(content.action.url, content.action.label),
    writtenLinkHtml(locale, content.action.url),
    ...(content.links ?? []).map(
      (link) =>
        `<p style="font-size:14px">${escapeHtml(link.label)}${colon(locale)} <a href="${escapeHtml(link.url)}" style="color:${COLORS.accent}">${escapeHtml(link.url)}</a></p>`,
    ),
    ...(content.footer
      ? [
          `<hr style="border:0;border-top:1px solid ${COLORS.rule};margin:24px 0"><p style="font-size:13px;color:${COLORS.muted}">${escapeHtml(content.footer.text)}${
            content.footer.link
              ? ` <a href="${escapeHtml(content.footer.link.url)}" style="color:${COLORS.accent}">${escapeHtml(content.footer.link.label)}</a>`
              : ""
          }</p>`,
        ]
      : []),
  ].join("\n");
  return { subject: content.subject, text: `${text}\n`, html: htmlDocument(locale, content.subject, inner) };
}

export function signInMail(to: string, url: string, minutes: number): OutgoingMail {
  const [fr, en] = [getAccountMessages("fr").mail, getAccountMessages("en").mail];
  const subject = `${fr.signIn.subject} / ${en.signIn.subject}`;
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
  const inner = [
    `<p>${escapeHtml(fr.hello)}</p>`,
    `<p>${escapeHtml(fr.signIn.htmlOpen(minutes))}</p>`,
    buttonHtml(url, fr.signIn.button),
    writtenLinkHtml("fr", url),
    `<p style="color:${COLORS.muted}">${escapeHtml(fr.signIn.htmlIgnore)}</p>`,
    `<hr style="border:0;border-top:1px solid ${COLORS.rule};margin:24px 0">`,
    `<div lang="en"><p style="color:${COLORS.muted}">${escapeHtml(en.signIn.htmlOpen(minutes))} ${escapeHtml(en.signIn.htmlIgnore)}</p></div>`,
  ].join("\n");
  return { to, subject, text, html: htmlDocument("fr", subject, inner), template: "sign-in" };
}

/** A notification e-mail (introductions…), in the recipient's language, with the page link and the settings link. */
export function notificationMail(input: {
  to: string;
  locale: MailLocale;
  subject: string;
  body: string;
  link: string;
  settingsLink: string;
  template: string;
  /** The button's text and the footer's reason, when the mail is not about an introduction. */
  linkLabel?: string;
  footer?: string;
  /** The footer link's text, when it is not the notification settings. */
  settingsLabel?: string;
  /** A person's own words, quoted apart from the body. */
  quote?: { label: string; text: string };
}): OutgoingMail {
  const t = getAccountMessages(input.locale).mail;
  const mail = composeMail({
    locale: input.locale,
    subject: input.subject,
    paragraphs: [input.body],
    ...(input.quote ? { quote: input.quote } : {}),
    action: { label: input.linkLabel ?? t.notification.openIntroduction, url: input.link },
    footer: { text: input.footer ?? t.notification.footer, link: { label: input.settingsLabel ?? t.notification.settings, url: input.settingsLink } },
  });
  return { to: input.to, ...mail, template: input.template };
}

/** Warning before an inactive account is deleted: signing in once is enough to keep it. */
export function inactivityWarningMail(input: { to: string; locale: MailLocale; deletionDate: string; publicUrl: string }): OutgoingMail {
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
    settingsLabel: t.privacy,
    template: "account.inactivity-warning",
  });
}
