// The e-mails of an organisation's life in the network (registration, moderation, suspension, watched changes), in
// French (reference) and English, each written in its recipient's language (users.locale). Plain text: the callers
// pass the links, this module knows no address.
import type { WatchedField } from "./profile-changes";
import type { Locale } from "../i18n/messages";

type Mail = { subject: string; text: string };

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
  /** To its members: the moderator's decision. */
  approved: (name: string, profileUrl: string): Mail => ({
    subject: `${name} est publiée`,
    text: `Bonne nouvelle : ${name} a été validée et figure désormais dans l'annuaire.\n\n${profileUrl}\n`,
  }),
  changesRequested: (name: string, message: string, accountUrl: string): Mail => ({
    subject: `${name} : des modifications sont demandées`,
    text: `Le catalyseur de votre territoire demande des modifications avant de publier ${name} :\n\n« ${message} »\n\nVotre compte : ${accountUrl}\n`,
  }),
  rejected: (name: string, message: string): Mail => ({
    subject: `${name} n'a pas été validée`,
    text: `L'inscription de ${name} n'a pas été validée, pour la raison suivante :\n\n« ${message} »\n`,
  }),
  /** To its members: taken out of the directory by a catalyst or an admin. */
  suspended: (name: string, reason: string, accountUrl: string): Mail => ({
    subject: `${name} est suspendue`,
    text: `${name} n'apparaît plus dans l'annuaire, sur la carte ni dans les propositions de partenaires, pour la raison suivante :\n\n« ${reason} »\n\nSes demandes de mise en relation en attente sont closes. Pour en parler, répondez au catalyseur de votre territoire.\n\nVotre compte : ${accountUrl}\n`,
  }),
  /** To the moderators: a new registration in their territory. */
  submitted: (name: string, communeName: string, queueUrl: string): Mail => ({
    subject: `Nouvelle organisation à valider : ${name}`,
    text: `${name} (${communeName}) demande à rejoindre le réseau.\n\nFile de modération : ${queueUrl}\n`,
  }),
  /** To the person who registered it. */
  received: (name: string, accountUrl: string): Mail => ({
    subject: `Inscription reçue : ${name}`,
    text: `Merci ! L'inscription de ${name} est en attente de validation par le catalyseur de votre territoire. Vous recevrez un e-mail à chaque étape.\n\nVotre compte : ${accountUrl}\n`,
  }),
  /** To the moderators: completed after they asked for changes. */
  resubmitted: (name: string, queueUrl: string): Mail => ({
    subject: `Organisation modifiée, à valider : ${name}`,
    text: `${name} a été complétée après votre demande de modifications.\n\nFile de modération : ${queueUrl}\n`,
  }),
  /** To the moderators: a published profile's kind or identifiers changed, so it awaits them again. */
  changed: (name: string, fields: readonly WatchedField[], queueUrl: string): Mail => ({
    subject: `Organisation modifiée, à valider : ${name}`,
    text: `${name} a changé ${fields.map((field) => FIELD_NAMES_FR[field]).join(", ")} : sa fiche attend de nouveau votre validation avant de revenir dans l'annuaire.\n\nFile de modération : ${queueUrl}\n`,
  }),
  /** To its members: a moderator put back the values a change replaced. */
  reverted: (name: string, fields: readonly WatchedField[], editUrl: string): Mail => ({
    subject: `${name} : une modification a été annulée`,
    text: `Le catalyseur de votre territoire a annulé une modification de ${name} : ${fields.map((field) => FIELD_NAMES_FR[field]).join(", ")} ${fields.length > 1 ? "reprennent leur" : "reprend sa"} valeur d'avant.\n\nSi c'est une erreur, contactez-le ou modifiez la fiche : ${editUrl}\n`,
  }),
};

export type OrganisationMails = typeof fr;

const en: OrganisationMails = {
  approved: (name, profileUrl) => ({
    subject: `${name} is published`,
    text: `Good news: ${name} was approved and is now in the directory.\n\n${profileUrl}\n`,
  }),
  changesRequested: (name, message, accountUrl) => ({
    subject: `${name}: changes are requested`,
    text: `Your territory's catalyst asks for changes before publishing ${name}:\n\n"${message}"\n\nYour account: ${accountUrl}\n`,
  }),
  rejected: (name, message) => ({
    subject: `${name} was not approved`,
    text: `The registration of ${name} was not approved, for the following reason:\n\n"${message}"\n`,
  }),
  suspended: (name, reason, accountUrl) => ({
    subject: `${name} is suspended`,
    text: `${name} no longer shows in the directory, on the map or in partner proposals, for the following reason:\n\n"${reason}"\n\nIts pending introduction requests are closed. To talk it over, answer your territory's catalyst.\n\nYour account: ${accountUrl}\n`,
  }),
  submitted: (name, communeName, queueUrl) => ({
    subject: `New organisation to approve: ${name}`,
    text: `${name} (${communeName}) asks to join the network.\n\nModeration queue: ${queueUrl}\n`,
  }),
  received: (name, accountUrl) => ({
    subject: `Registration received: ${name}`,
    text: `Thank you! The registration of ${name} awaits approval by your territory's catalyst. You will receive an e-mail at each step.\n\nYour account: ${accountUrl}\n`,
  }),
  resubmitted: (name, queueUrl) => ({
    subject: `Changed organisation to approve: ${name}`,
    text: `${name} was completed after you asked for changes.\n\nModeration queue: ${queueUrl}\n`,
  }),
  changed: (name, fields, queueUrl) => ({
    subject: `Changed organisation to approve: ${name}`,
    text: `${name} changed ${fields.map((field) => FIELD_NAMES_EN[field]).join(", ")}: its profile awaits your approval again before it comes back to the directory.\n\nModeration queue: ${queueUrl}\n`,
  }),
  reverted: (name, fields, editUrl) => ({
    subject: `${name}: a change was undone`,
    text: `Your territory's catalyst undid a change to ${name}: ${fields.map((field) => FIELD_NAMES_EN[field]).join(", ")} ${fields.length > 1 ? "are back to their previous values" : "is back to its previous value"}.\n\nIf this is a mistake, contact them or edit the profile: ${editUrl}\n`,
  }),
};

/** The mails in a recipient's language, as stored on their account: anything but English reads French. */
export function getOrganisationMails(locale: Locale | string): OrganisationMails {
  return locale === "en" ? en : fr;
}
