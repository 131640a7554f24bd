// Texts of the members' page to edit their organisation, in French (reference) and English.
import type { Locale } from "../i18n/messages";

const fr = {
  account: "Mon compte",
  title: (name: string) => `Modifier ${name}`,
  updated: (date: string) => `Dernière mise à jour le ${date}`,
  seeProfile: "Voir la fiche publique",
  saved: "Modifications enregistrées.",
  itemError: "Ce besoin ou cette offre n'a pas pu être modifié : actualisez la page et réessayez.",
  resubmitError: "Cette organisation ne peut pas être soumise à nouveau dans son état actuel.",
  changesRequested: "Le catalyseur demande des modifications",
  resubmitText: "Complétez la fiche ci-dessous, puis soumettez-la à nouveau : le catalyseur de votre territoire sera prévenu.",
  resubmit: "Soumettre à nouveau",
  items: "Besoins et offres",
  itemsLead: (max: number) => `Ce sont eux qui font les meilleures propositions de partenaires. ${max} ouverts au plus ; clôturez ceux qui sont satisfaits.`,
  noItems: "Aucun besoin ni offre ouvert : ajoutez-en un pour recevoir des propositions de partenaires.",
  need: "Besoin",
  offer: "Offre",
  addItem: "Ajouter un besoin ou une offre",
  addItemLegend: "Nouveau besoin ou nouvelle offre",
  addItemSubmit: "Ajouter",
  markFulfilled: "Satisfait",
  markClosed: "Clore",
  reopen: "Rouvrir",
  closedItems: (count: number) => `Besoins et offres clos (${count})`,
  about: "Présentation",
  saveAbout: "Enregistrer la présentation",
  aboutLead: "Une nouvelle adresse de site web est visible tout de suite ; le catalyseur de votre territoire en est informé.",
  identity: "Nom et identifiants",
  identityLead:
    "Un nouveau nom est visible tout de suite et signalé au catalyseur de votre territoire. Changer le SIREN, le SIRET ou le numéro RNA renvoie la fiche en validation : elle quitte l'annuaire jusqu'à la décision du catalyseur, et les demandes de mise en relation en attente sont closes.",
  saveIdentity: "Enregistrer le nom et les identifiants",
  sentToReview:
    "Identifiants modifiés : la fiche attend de nouveau la validation du catalyseur de votre territoire, qui a été prévenu. Elle revient dans l'annuaire dès qu'il l'approuve.",
  edit: "Modifier",
};

export type EditMessages = typeof fr;

const en: EditMessages = {
  account: "My account",
  title: (name: string) => `Edit ${name}`,
  updated: (date: string) => `Last updated on ${date}`,
  seeProfile: "See the public profile",
  saved: "Changes saved.",
  itemError: "This need or offer could not be changed: reload the page and try again.",
  resubmitError: "This organisation cannot be submitted again in its current state.",
  changesRequested: "The catalyst asks for changes",
  resubmitText: "Complete the profile below, then submit it again: your territory's catalyst will be told.",
  resubmit: "Submit again",
  items: "Needs and offers",
  itemsLead: (max: number) => `They make the best partner proposals. At most ${max} open; close those that are met.`,
  noItems: "No open need or offer: add one to receive partner proposals.",
  need: "Need",
  offer: "Offer",
  addItem: "Add a need or an offer",
  addItemLegend: "New need or offer",
  addItemSubmit: "Add",
  markFulfilled: "Met",
  markClosed: "Close",
  reopen: "Reopen",
  closedItems: (count: number) => `Closed needs and offers (${count})`,
  about: "Presentation",
  saveAbout: "Save the presentation",
  aboutLead: "A new website address shows at once; your territory's catalyst is told.",
  identity: "Name and identifiers",
  identityLead:
    "A new name shows at once and is reported to your territory's catalyst. Changing the SIREN, SIRET or RNA number sends the profile back for approval: it leaves the directory until the catalyst decides, and pending introduction requests are closed.",
  saveIdentity: "Save the name and identifiers",
  sentToReview:
    "Identifiers changed: the profile awaits your territory's catalyst's approval again; they have been told. It comes back to the directory as soon as they approve it.",
  edit: "Edit",
};

export function getEditMessages(locale: Locale): EditMessages {
  return locale === "en" ? en : fr;
}
