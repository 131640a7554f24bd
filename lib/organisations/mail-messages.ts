// The e-mails of an organisation's life in the network (registration, moderation, suspension, watched changes), in
// French (reference) and English, each written in its recipient's language (users.locale). Each says what happens
// next and links to where to act; the callers pass the links, this module knows no address. Both parts (text and
// HTML) come from lib/server/mail/templates.ts.
import { de } from "../shared/french";
import { composeMail, type MailContent } from "../server/mail/templates";
import type { WatchedField } from "./profile-changes";
import type { Locale } from "../i18n/messages";

type Mail = { subject: string; text: string; html: string };
const fromFr = (content: Omit<MailContent, "locale">): Mail => composeMail({ locale: "fr", ...content });
const fromEn = (content: Omit<MailContent, "locale">): Mail => composeMail({ locale: "en", ...content });

const FIELD_NAMES_FR: Record<WatchedField, string> = {
  name: "son nom",
  website: "son site web",
  kind: "son type",
  siren: "son SIREN",
  siret: "son SIRET",
  rna: "son numéro RNA",
};
const FIELD_NAMES_EN: Record<WatchedField, string> = {
  name: "its name",
  website: "its website",
  kind: "its kind",
  siren: "its SIREN",
  siret: "its SIRET",
  rna: "its RNA number",
};

const fr = {
  /** To its members: the moderator's decision, with their note when they wrote one. */
  approved: (name: string, profileUrl: string, partnersUrl: string, note: string): Mail =>
    fromFr({
      subject: `${name} est publiée`,
      paragraphs: [
        `Bonne nouvelle : ${name} a été validée par le catalyseur de votre territoire. Elle figure désormais dans l'annuaire, sur la carte et dans les propositions de partenaires.`,
      ],
      ...(note.trim() ? { quote: { label: "Le mot du catalyseur", text: note.trim() } } : {}),
      next: "découvrez les organisations proches et complémentaires que nous vous proposons, puis demandez une mise en relation : le catalyseur la transmet, et vous êtes prévenu à chaque étape.",
      action: { label: "Voir vos partenaires proposés", url: partnersUrl },
      links: [{ label: "Votre fiche publique", url: profileUrl }],
    }),
  changesRequested: (name: string, message: string, accountUrl: string): Mail =>
    fromFr({
      subject: `${name} : des modifications sont demandées`,
      paragraphs: [`Le catalyseur de votre territoire demande des modifications avant de publier ${name}.`],
      quote: { label: "Son message", text: message },
      next: "complétez la fiche depuis votre compte et soumettez-la de nouveau. Le catalyseur en est prévenu, et vous recevrez un e-mail à sa décision.",
      action: { label: "Compléter la fiche", url: accountUrl },
    }),
  rejected: (name: string, message: string, accountUrl: string): Mail =>
    fromFr({
      subject: `${name} n'a pas été validée`,
      paragraphs: [`L'inscription ${de(name)} n'a pas été validée par le catalyseur de votre territoire.`],
      quote: { label: "La raison", text: message },
      next: "elle n'apparaît pas dans l'annuaire. Si vous pensez qu'il s'agit d'une erreur, écrivez au catalyseur de votre territoire depuis sa fiche.",
      action: { label: "Votre compte", url: accountUrl },
    }),
  /** To its members: taken out of the directory by a catalyst or an admin. */
  suspended: (name: string, reason: string, accountUrl: string): Mail =>
    fromFr({
      subject: `${name} est suspendue`,
      paragraphs: [`${name} n'apparaît plus dans l'annuaire, sur la carte ni dans les propositions de partenaires.`],
      quote: { label: "La raison", text: reason },
      next: "ses demandes de mise en relation en attente sont closes. Pour en parler, répondez au catalyseur de votre territoire.",
      action: { label: "Votre compte", url: accountUrl },
    }),
  /** To the moderators: a new registration in their territory. */
  submitted: (name: string, communeName: string, queueUrl: string): Mail =>
    fromFr({
      subject: `Nouvelle organisation à valider : ${name}`,
      paragraphs: [`${name} (${communeName}) demande à rejoindre le réseau.`],
      next: "vérifiez sa fiche, puis validez-la, demandez des modifications ou refusez-la. L'organisation est prévenue de votre décision par e-mail.",
      action: { label: "Ouvrir la file de modération", url: queueUrl },
    }),
  /** To the person who registered it. */
  received: (name: string, accountUrl: string): Mail =>
    fromFr({
      subject: `Inscription reçue : ${name}`,
      paragraphs: [`Merci ! L'inscription ${de(name)} est en attente de validation par le catalyseur de votre territoire.`],
      next: "le catalyseur vérifie la fiche avant de la publier. Vous recevrez un e-mail à chaque étape : publiée, modifications demandées ou non validée.",
      action: { label: "Suivre l'inscription depuis votre compte", url: accountUrl },
    }),
  /** To the moderators: completed after they asked for changes. */
  resubmitted: (name: string, queueUrl: string): Mail =>
    fromFr({
      subject: `Organisation modifiée, à valider : ${name}`,
      paragraphs: [`${name} a été complétée après votre demande de modifications.`],
      next: "elle attend de nouveau votre décision dans la file de modération.",
      action: { label: "Ouvrir la file de modération", url: queueUrl },
    }),
  /** To the moderators: a published profile's kind or identifiers changed, so it awaits them again. */
  changed: (name: string, fields: readonly WatchedField[], queueUrl: string): Mail =>
    fromFr({
      subject: `Organisation modifiée, à valider : ${name}`,
      paragraphs: [
        `${name} a changé ${fields.map((field) => FIELD_NAMES_FR[field]).join(", ")} : sa fiche attend de nouveau votre validation avant de revenir dans l'annuaire.`,
      ],
      next: "validez la modification, ou annulez-la depuis la file de modération.",
      action: { label: "Ouvrir la file de modération", url: queueUrl },
    }),
  /** To its members: a moderator put back the values a change replaced. */
  reverted: (name: string, fields: readonly WatchedField[], editUrl: string): Mail =>
    fromFr({
      subject: `${name} : une modification a été annulée`,
      paragraphs: [
        `Le catalyseur de votre territoire a annulé une modification ${de(name)} : ${fields.map((field) => FIELD_NAMES_FR[field]).join(", ")} ${fields.length > 1 ? "reprennent leur" : "reprend sa"} valeur d'avant.`,
      ],
      next: "si c'est une erreur, contactez le catalyseur ou modifiez de nouveau la fiche.",
      action: { label: "Modifier la fiche", url: editUrl },
    }),
};

export type OrganisationMails = typeof fr;

const en: OrganisationMails = {
  approved: (name, profileUrl, partnersUrl, note) =>
    fromEn({
      subject: `${name} is published`,
      paragraphs: [`Good news: ${name} was approved by your territory's catalyst. It now shows in the directory, on the map and in partner proposals.`],
      ...(note.trim() ? { quote: { label: "The catalyst's note", text: note.trim() } } : {}),
      next: "discover the nearby, complementary organisations we propose to you, then request an introduction: the catalyst forwards it, and you are told at each step.",
      action: { label: "See your proposed partners", url: partnersUrl },
      links: [{ label: "Your public profile", url: profileUrl }],
    }),
  changesRequested: (name, message, accountUrl) =>
    fromEn({
      subject: `${name}: changes are requested`,
      paragraphs: [`Your territory's catalyst asks for changes before publishing ${name}.`],
      quote: { label: "Their message", text: message },
      next: "complete the profile from your account and submit it again. The catalyst is told, and you will receive an e-mail with their decision.",
      action: { label: "Complete the profile", url: accountUrl },
    }),
  rejected: (name, message, accountUrl) =>
    fromEn({
      subject: `${name} was not approved`,
      paragraphs: [`The registration of ${name} was not approved by your territory's catalyst.`],
      quote: { label: "The reason", text: message },
      next: "it does not show in the directory. If you think this is a mistake, write to your territory's catalyst from its page.",
      action: { label: "Your account", url: accountUrl },
    }),
  suspended: (name, reason, accountUrl) =>
    fromEn({
      subject: `${name} is suspended`,
      paragraphs: [`${name} no longer shows in the directory, on the map or in partner proposals.`],
      quote: { label: "The reason", text: reason },
      next: "its pending introduction requests are closed. To talk it over, answer your territory's catalyst.",
      action: { label: "Your account", url: accountUrl },
    }),
  submitted: (name, communeName, queueUrl) =>
    fromEn({
      subject: `New organisation to approve: ${name}`,
      paragraphs: [`${name} (${communeName}) asks to join the network.`],
      next: "check its profile, then approve it, ask for changes or reject it. The organisation is told of your decision by e-mail.",
      action: { label: "Open the moderation queue", url: queueUrl },
    }),
  received: (name, accountUrl) =>
    fromEn({
      subject: `Registration received: ${name}`,
      paragraphs: [`Thank you! The registration of ${name} awaits approval by your territory's catalyst.`],
      next: "the catalyst checks the profile before publishing it. You will receive an e-mail at each step: published, changes requested or not approved.",
      action: { label: "Follow the registration from your account", url: accountUrl },
    }),
  resubmitted: (name, queueUrl) =>
    fromEn({
      subject: `Changed organisation to approve: ${name}`,
      paragraphs: [`${name} was completed after you asked for changes.`],
      next: "it awaits your decision again in the moderation queue.",
      action: { label: "Open the moderation queue", url: queueUrl },
    }),
  changed: (name, fields, queueUrl) =>
    fromEn({
      subject: `Changed organisation to approve: ${name}`,
      paragraphs: [
        `${name} changed ${fields.map((field) => FIELD_NAMES_EN[field]).join(", ")}: its profile awaits your approval again before it comes back to the directory.`,
      ],
      next: "approve the change, or undo it from the moderation queue.",
      action: { label: "Open the moderation queue", url: queueUrl },
    }),
  reverted: (name, fields, editUrl) =>
    fromEn({
      subject: `${name}: a change was undone`,
      paragraphs: [
        `Your territory's catalyst undid a change to ${name}: ${fields.map((field) => FIELD_NAMES_EN[field]).join(", ")} ${fields.length > 1 ? "are back to their previous values" : "is back to its previous value"}.`,
      ],
      next: "if this is a mistake, contact the catalyst or edit the profile again.",
      action: { label: "Edit the profile", url: editUrl },
    }),
};

/** The mails in a recipient's language, as stored on their account: anything but English reads French. */
export function getOrganisationMails(locale: Locale | string): OrganisationMails {
  return locale === "en" ? en : fr;
}
