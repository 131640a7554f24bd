// E-mail texts (plain text + HTML), French first with the English version below, since we may not know the
// recipient's language yet (sign-in links are asked for before any account exists).
import { escapeHtml } from "@/lib/shared/html";
import type { OutgoingMail } from "./outbox";

export function signInMail(to: string, url: string, minutes: number): OutgoingMail {
  const text = [
    "Bonjour,",
    "",
    `Pour vous connecter à Alliances, ouvrez ce lien (valable ${minutes} minutes, une seule fois) :`,
    url,
    "",
    "Si vous n'avez rien demandé, ignorez ce message : personne ne pourra se connecter sans ce lien.",
    "",
    "—",
    `To sign in to Alliances, open the link above (valid for ${minutes} minutes, once). If you did not ask for it, ignore this message.`,
  ].join("\n");
  const html = `<p>Bonjour,</p>
<p>Pour vous connecter à Alliances, cliquez sur le bouton ci-dessous (lien valable ${minutes} minutes, utilisable une seule fois).</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#1d4e89;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Se connecter</a></p>
<p style="color:#4a5568">Si vous n'avez rien demandé, ignorez ce message.</p>
<hr><p lang="en" style="color:#4a5568">To sign in to Alliances, use the button above (valid for ${minutes} minutes, once). If you did not ask for it, ignore this message.</p>`;
  return { to, subject: "Votre lien de connexion à Alliances / Your sign-in link", text, html, template: "sign-in" };
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
  const fr = input.locale !== "en";
  const open = input.linkLabel ?? (fr ? "Voir la mise en relation" : "See the introduction");
  const settings =
    input.footer ??
    (fr
      ? "Vous recevez ce message parce que vous participez à une mise en relation sur Alliances. Pour ne plus recevoir ces e-mails (les notifications restent visibles sur le site) :"
      : "You receive this message because you take part in an introduction on Alliances. To stop these e-mails (notifications stay visible on the site):");
  const text = [fr ? "Bonjour," : "Hello,", "", input.body, "", `${open} : ${input.link}`, "", "—", settings, input.settingsLink].join("\n");
  const paragraphs = input.body
    .split("\n\n")
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join("\n");
  const html = `<p>${fr ? "Bonjour," : "Hello,"}</p>
${paragraphs}
<p><a href="${escapeHtml(input.link)}" style="display:inline-block;background:#1d4e89;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${open}</a></p>
<hr><p style="color:#4a5568;font-size:13px">${escapeHtml(settings)} <a href="${escapeHtml(input.settingsLink)}">${fr ? "paramètres de notification" : "notification settings"}</a></p>`;
  return { to: input.to, subject: input.subject, text, html, template: input.template };
}

/** Warning before an inactive account is deleted: signing in once is enough to keep it. */
export function inactivityWarningMail(input: { to: string; locale: "fr" | "en"; deletionDate: string; publicUrl: string }): OutgoingMail {
  const fr = input.locale !== "en";
  return notificationMail({
    to: input.to,
    locale: input.locale,
    subject: fr ? "Votre compte Alliances sera supprimé faute d'utilisation" : "Your Alliances account will be deleted for inactivity",
    body: fr
      ? `Vous ne vous êtes pas connecté à Alliances depuis deux ans. Comme l'annonce notre politique de données personnelles, votre compte et vos données seront supprimés le ${input.deletionDate}.\n\nPour garder votre compte, il suffit de vous connecter avant cette date. Les organisations dont vous êtes membre restent dans l'annuaire dans tous les cas.`
      : `You have not signed in to Alliances for two years. As our personal-data policy states, your account and your data will be deleted on ${input.deletionDate}.\n\nTo keep your account, just sign in before that date. The organisations you are a member of stay in the directory either way.`,
    link: `${input.publicUrl}/sign-in`,
    linkLabel: fr ? "Me connecter pour garder mon compte" : "Sign in to keep my account",
    settingsLink: `${input.publicUrl}/privacy`,
    footer: fr ? "Ce message vous est envoyé une seule fois. Nos règles de conservation des données :" : "This message is sent once. How long we keep data:",
    template: "account.inactivity-warning",
  });
}
