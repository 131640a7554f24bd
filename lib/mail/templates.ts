// E-mail texts (plain text + HTML), French first with the English version below, since we may not know the
// recipient's language yet (sign-in links are asked for before any account exists).
import type { OutgoingMail } from "./outbox";

const escapeHtml = (value: string) =>
  value.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&#39;", '"': "&quot;" })[char] as string);

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
