// Texts of introductions: notifications and e-mails (rendered in each recipient's language) and the pages.
import type { Locale } from "../i18n/messages";
import { de } from "../shared/french";
import { STEP_DUE_DAYS, type IntroductionAction } from "./workflow";

export const NOTIFICATION_KINDS = [
  "intro.submitted",
  "intro.forwarded",
  "intro.forwarded_requester",
  "intro.rejected",
  "intro.accepted",
  "intro.declined",
  "intro.withdrawn",
  "intro.outcome",
  "intro.reminder",
  "intro.expired",
  "intro.cancelled",
  "join.requested",
  "join.accepted",
  "join.refused",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification knows: public names (organisations, catalyst), the status reached, a person's name for joins. */
export interface NotificationData {
  requester?: string;
  target?: string;
  catalyst?: string;
  organisation?: string;
  person?: string;
  status?: string;
  note?: string;
  path?: string;
  [key: string]: string | undefined;
}

type Texts = Record<NotificationKind, (data: NotificationData, statusLabel: string) => { title: string; body: string }>;

const fr: Texts = {
  "intro.submitted": (d) => ({
    title: `Nouvelle demande de mise en relation : ${d.requester} → ${d.target}`,
    body: `${d.requester} souhaite rencontrer ${d.target}. En tant que catalyseur, transmettez la demande (avec un mot si vous le souhaitez) ou refusez-la en expliquant pourquoi.`,
  }),
  "intro.forwarded": (d) => ({
    title: `${d.catalyst} vous présente ${d.requester}`,
    body: `${d.requester} souhaite rencontrer ${d.target}. Acceptez pour échanger vos coordonnées, ou déclinez : rien n'est partagé sans votre accord.${d.note ? `\n\nLe mot du catalyseur : « ${d.note} »` : ""}`,
  }),
  "intro.forwarded_requester": (d) => ({
    title: `Votre demande à ${d.target} a été transmise`,
    body: `${d.catalyst} a transmis votre demande à ${d.target}. Vous serez prévenu de sa réponse.`,
  }),
  "intro.rejected": (d) => ({
    title: `Votre demande à ${d.target} n'a pas été transmise`,
    body: `${d.catalyst} n'a pas transmis votre demande de mise en relation avec ${d.target}.${d.note ? `\n\nRaison : « ${d.note} »` : ""}\n\nVous pouvez solliciter une autre organisation parmi vos partenaires proposés.`,
  }),
  "intro.accepted": (d) => ({
    title: `${d.target} accepte la mise en relation avec ${d.requester}`,
    body: `Les deux parties sont d'accord : leurs personnes contacts sont désormais visibles sur la page de la mise en relation.${d.note ? `\n\nLe message ${de(d.target ?? "")} : « ${d.note} »` : ""}\n\nPrenez contact directement. Quand une alliance est engagée, indiquez-le sur la page de la mise en relation. Bonne rencontre !`,
  }),
  "intro.declined": (d) => ({
    title: `${d.target} décline la mise en relation avec ${d.requester}`,
    body: `${d.target} ne donne pas suite pour le moment.${d.note ? `\n\nRaison : « ${d.note} »` : ""} Aucune coordonnée n'a été partagée.\n\nVous pouvez solliciter une autre organisation parmi vos partenaires proposés.`,
  }),
  "intro.withdrawn": (d) => ({
    title: `${d.requester} retire sa demande à ${d.target}`,
    body: `La demande de mise en relation ${de(d.requester ?? "")} avec ${d.target} a été retirée. Il n'y a rien à faire.`,
  }),
  "intro.outcome": (d, status) => ({
    title: `${d.requester} et ${d.target} : ${status.toLowerCase()}`,
    body: `La mise en relation entre ${d.requester} et ${d.target} a une suite : ${status.toLowerCase()}. Il n'y a rien à faire de votre côté.`,
  }),
  "intro.reminder": (d) => ({
    title: `Rappel : une mise en relation attend votre réponse (${d.requester} → ${d.target})`,
    body: `La demande ${de(d.requester ?? "")} pour rencontrer ${d.target} attend toujours une réponse : acceptez-la ou déclinez-la. Sans réponse, elle expirera 30 jours après son envoi.`,
  }),
  "intro.expired": (d) => ({
    title: `La demande ${de(d.requester ?? "")} à ${d.target} a expiré`,
    body: `Sans réponse au bout de 30 jours, la demande de mise en relation ${de(d.requester ?? "")} avec ${d.target} a expiré. Vous pouvez en faire une nouvelle.`,
  }),
  "intro.cancelled": (d) => ({
    title: `La demande ${de(d.requester ?? "")} à ${d.target} est close`,
    body: `${d.organisation} n'est plus publiée dans l'annuaire : la demande de mise en relation ${de(d.requester ?? "")} avec ${d.target} est close sans suite. Aucune coordonnée n'a été partagée. Il n'y a rien à faire.`,
  }),
  "join.requested": (d) => ({
    title: `${d.person} demande à rejoindre ${d.organisation}`,
    body: `${d.person} souhaite devenir membre ${de(d.organisation ?? "")} pour la faire vivre dans l'annuaire.${d.note ? `\n\nSon message : « ${d.note} »` : ""}\n\nAcceptez ou refusez depuis la page de l'organisation.`,
  }),
  "join.accepted": (d) => ({
    title: `Vous êtes membre ${de(d.organisation ?? "")}`,
    body: `Votre demande pour rejoindre ${d.organisation} est acceptée : vous pouvez modifier sa fiche, ses besoins et ses offres, et demander des mises en relation en son nom.`,
  }),
  "join.refused": (d) => ({
    title: `Votre demande pour rejoindre ${d.organisation} n'est pas acceptée`,
    body: `Votre demande pour rejoindre ${d.organisation} n'a pas été acceptée. Si c'est une erreur, contactez le catalyseur de votre territoire.`,
  }),
};

const en: Texts = {
  "intro.submitted": (d) => ({
    title: `New introduction request: ${d.requester} → ${d.target}`,
    body: `${d.requester} would like to meet ${d.target}. As the catalyst, forward the request (with a word if you wish) or reject it, saying why.`,
  }),
  "intro.forwarded": (d) => ({
    title: `${d.catalyst} introduces ${d.requester} to you`,
    body: `${d.requester} would like to meet ${d.target}. Accept to exchange contact details, or decline: nothing is shared without your consent.${d.note ? `\n\nThe catalyst's word: "${d.note}"` : ""}`,
  }),
  "intro.forwarded_requester": (d) => ({
    title: `Your request to ${d.target} was forwarded`,
    body: `${d.catalyst} forwarded your request to ${d.target}. You will hear of their answer.`,
  }),
  "intro.rejected": (d) => ({
    title: `Your request to ${d.target} was not forwarded`,
    body: `${d.catalyst} did not forward your introduction request to ${d.target}.${d.note ? `\n\nReason: "${d.note}"` : ""}\n\nYou may ask another organisation among your proposed partners.`,
  }),
  "intro.accepted": (d) => ({
    title: `${d.target} accepts the introduction to ${d.requester}`,
    body: `Both sides agree: their contact persons are now shown on the introduction's page.${d.note ? `\n\n${d.target}'s message: "${d.note}"` : ""}\n\nGet in touch directly. When an alliance starts, record it on the introduction's page. Enjoy the meeting!`,
  }),
  "intro.declined": (d) => ({
    title: `${d.target} declines the introduction to ${d.requester}`,
    body: `${d.target} does not follow up for now.${d.note ? `\n\nReason: "${d.note}"` : ""} No contact details were shared.\n\nYou may ask another organisation among your proposed partners.`,
  }),
  "intro.withdrawn": (d) => ({
    title: `${d.requester} withdraws its request to ${d.target}`,
    body: `The introduction request from ${d.requester} to ${d.target} was withdrawn. Nothing to do.`,
  }),
  "intro.outcome": (d, status) => ({
    title: `${d.requester} and ${d.target}: ${status.toLowerCase()}`,
    body: `The introduction between ${d.requester} and ${d.target} has an outcome: ${status.toLowerCase()}. Nothing to do on your side.`,
  }),
  "intro.reminder": (d) => ({
    title: `Reminder: an introduction awaits your answer (${d.requester} → ${d.target})`,
    body: `The request from ${d.requester} to meet ${d.target} still awaits an answer: accept or decline it. Without one, it expires 30 days after it was sent.`,
  }),
  "intro.expired": (d) => ({
    title: `The request from ${d.requester} to ${d.target} expired`,
    body: `With no answer after 30 days, the introduction request from ${d.requester} to ${d.target} expired. You may send a new one.`,
  }),
  "intro.cancelled": (d) => ({
    title: `The request from ${d.requester} to ${d.target} is closed`,
    body: `${d.organisation} is no longer published in the directory: the introduction request from ${d.requester} to ${d.target} is closed without follow-up. No contact details were shared. Nothing to do.`,
  }),
  "join.requested": (d) => ({
    title: `${d.person} asks to join ${d.organisation}`,
    body: `${d.person} would like to become a member of ${d.organisation} to keep it alive in the directory.${d.note ? `\n\nTheir message: "${d.note}"` : ""}\n\nAccept or refuse from the organisation's page.`,
  }),
  "join.accepted": (d) => ({
    title: `You are a member of ${d.organisation}`,
    body: `Your request to join ${d.organisation} was accepted: you may edit its profile, needs and offers, and request introductions on its behalf.`,
  }),
  "join.refused": (d) => ({
    title: `Your request to join ${d.organisation} was not accepted`,
    body: `Your request to join ${d.organisation} was not accepted. If this is a mistake, contact your territory's catalyst.`,
  }),
};

export function notificationText(kind: string, data: NotificationData, statusLabel: string, locale: Locale): { title: string; body: string } {
  const texts = locale === "en" ? en : fr;
  const render = texts[kind as NotificationKind];
  if (!render) return { title: kind, body: "" };
  return render(data, statusLabel);
}

const pagesFr = {
  title: "Mises en relation",
  lead: "Vos demandes, celles qui vous sont adressées et, pour les catalyseurs, celles de votre territoire.",
  boxes: { sent: "Envoyées", received: "Reçues", catalyst: "À traiter (catalyseur)" },
  empty: {
    sent: "Aucune demande envoyée. Parcourez les partenaires proposés de votre organisation pour en faire une.",
    received: "Aucune demande reçue pour le moment.",
    catalyst: "Aucune demande n'attend votre décision pour le moment.",
  },
  allStatuses: "Tous les statuts",
  /** The catalyst's box without a status: what waits for their decision (a status lists the territory's in it). */
  awaitingDecision: "À traiter : en attente de votre décision",
  filter: "Filtrer",
  status: "Statut",
  requestedOn: (date: string) => `demandée le ${date}`,
  from: "De",
  to: "À",
  via: "Par",
  networkAdmins: "les administrateurs du réseau",
  newTitle: (target: string) => `Demander une mise en relation avec ${target}`,
  newLead:
    "Le catalyseur du territoire, tiers de confiance, reçoit votre demande et la transmet. Vos coordonnées et celles de votre interlocuteur ne sont échangées que si les deux parties sont d'accord.",
  fromOrganisation: "Au nom de",
  objective: "Objectif",
  objectiveNone: "— Aucun en particulier —",
  partnershipType: "Type de partenariat espéré",
  partnershipNone: "— À définir ensemble —",
  needOffer: "Besoin ou offre concerné",
  needOfferNone: "— Aucun en particulier —",
  yourNeed: "Votre besoin",
  yourOffer: "Votre offre",
  theirNeed: "Son besoin",
  theirOffer: "Son offre",
  needOf: (organisation: string) => `Besoin ${de(organisation)}`,
  offerOf: (organisation: string) => `Offre ${de(organisation)}`,
  message: "Votre message",
  requesterMessage: "Le message du demandeur",
  messageHint: "Présentez-vous et dites ce que vous aimeriez faire ensemble (20 à 2 000 caractères).",
  send: "Envoyer la demande",
  sent: `Votre demande est envoyée au catalyseur : il a ${STEP_DUE_DAYS.submitted} jours pour la transmettre à l'organisation sollicitée (ou la refuser), et vous serez prévenu par e-mail à chaque étape.`,
  noOrganisation: "Pour demander une mise en relation, vous devez être membre d'une organisation publiée dans l'annuaire.",
  registerFirst: "Inscrire mon organisation",
  cannotSelf: "Vous êtes membre de cette organisation : choisissez-en une autre.",
  detailTitle: (requester: string, target: string) => `${requester} → ${target}`,
  purpose: "L'objet de la demande",
  catalystWord: "Le mot du catalyseur",
  acceptanceWord: (target: string) => `Le message ${de(target)} en acceptant`,
  reason: "Raison donnée",
  history: "Historique",
  delays: "Délais",
  delaySteps: (forwardDays: number, answerDays: number, expiryDays: number) => [
    `Le catalyseur transmet la demande (ou la refuse) dans les ${forwardDays} jours.`,
    `L'organisation sollicitée répond au plus tard ${answerDays} jours après l'envoi de la demande.`,
    `Un rappel part automatiquement à chaque échéance ; sans réponse, la demande expire ${expiryDays} jours après son envoi.`,
  ],
  waitingOn: { catalyst: "En attente du catalyseur", target: "En attente de l'organisation sollicitée" },
  dueOn: (date: string) => `échéance le ${date}`,
  expiresOn: (date: string) => `Sans réponse, la demande expirera le ${date}.`,
  overdue: {
    catalyst: (days: number, due: number) =>
      `Délai dépassé : la demande attend la décision du catalyseur depuis ${days} jours (délai prévu : ${due} jours). Un rappel lui est envoyé.`,
    target: (days: number, due: number) =>
      `Délai dépassé : la demande a été envoyée il y a ${days} jours et attend la réponse de l'organisation sollicitée (délai prévu : ${due} jours après l'envoi). Un rappel lui est envoyé.`,
  },
  contacts: "Personnes contacts",
  contactsHidden: "Les coordonnées des deux parties seront visibles ici quand l'organisation sollicitée aura accepté.",
  contactsShown: "Les deux parties ont accepté : voici leurs personnes contacts. Elles ne sont visibles que par elles et par le catalyseur.",
  noContact: "Aucune personne contact renseignée.",
  contactFields: { name: "Nom", email: "E-mail", phone: "Téléphone" },
  actions: "Que voulez-vous faire ?",
  heldBack:
    "Vous êtes à la fois du côté du catalyseur et de l'une des deux organisations : pour que l'accord de chacun reste indépendant, une autre personne transmet ou répond à cette mise en relation.",
  actionLabels: {
    forward: "Transmettre",
    reject: "Refuser",
    accept: "Accepter",
    decline: "Décliner",
    withdraw: "Retirer ma demande",
    record_meeting: "Rencontre réalisée",
    start_alliance: "Alliance engagée",
    close: "Clore sans suite",
    expire: "Expirer",
  },
  noteLabels: {
    forward: "Un mot pour l'organisation sollicitée (facultatif)",
    reject: "Raison du refus (transmise au demandeur)",
    accept: "Un message pour le demandeur (facultatif, visible des deux parties et du catalyseur)",
    decline: "Raison (facultatif, transmise au demandeur)",
  },
  outcomePartnership: "Type de partenariat",
  done: "C'est enregistré.",
  // What happens next, after each step (the page says it on arrival, as ?done=<action>).
  doneAfter: {
    forward: `Demande transmise : l'organisation sollicitée est prévenue par e-mail et a jusqu'au ${STEP_DUE_DAYS.forwarded}e jour après l'envoi pour répondre. Vous serez prévenu de sa réponse.`,
    reject: "Demande refusée : le demandeur est prévenu par e-mail, avec votre motif. Aucune coordonnée n'a été partagée.",
    accept:
      "Vous avez accepté : les coordonnées des deux parties sont maintenant visibles ci-dessous, et le demandeur comme le catalyseur sont prévenus par e-mail.",
    decline: "Vous avez décliné : le demandeur et le catalyseur sont prévenus. Vos coordonnées n'ont pas été partagées.",
    withdraw: "Demande retirée : le catalyseur et l'autre organisation n'ont plus rien à faire, et ils en sont prévenus.",
    record_meeting: "Rencontre notée : elle apparaît dans l'historique. Quand le partenariat démarre, indiquez-le ici.",
    start_alliance: "Alliance enregistrée : elle compte désormais dans les alliances du territoire et de l'observatoire.",
    close: "Mise en relation close : elle reste dans l'historique des deux organisations.",
    expire: "Demande expirée : plus personne n'a à y répondre.",
  } satisfies Record<IntroductionAction, string>,
  /** A step sent with what the page never offers (an unknown action, a partnership type not in the list…). */
  invalidAction: "Cette action n'est pas valide.",
  /** The confirmation step of what cannot be undone (CONFIRMED_ACTIONS), shown before anything changes. */
  confirmSteps: {
    withdraw: {
      question: "Confirmer le retrait ?",
      text: "Votre demande sera retirée et ne pourra pas être rouverte : le catalyseur, et l'organisation sollicitée si elle l'a reçue, en seront prévenus.",
      yes: "Oui, retirer ma demande",
    },
    close: {
      question: "Clore sans suite ?",
      text: "La mise en relation sera close : elle restera dans l'historique des deux organisations, mais plus aucune étape ne pourra y être notée.",
      yes: "Oui, clore sans suite",
    },
  },
  cancel: "Annuler",
  yourRole: { requester: "Vous êtes le demandeur", target: "Vous êtes sollicité", catalyst: "Vous êtes le catalyseur", admin: "Vous êtes administrateur" },
  roleNames: { requester: "le demandeur", target: "l'organisation sollicitée", catalyst: "le catalyseur", admin: "un administrateur", system: "automatique" },
  notifications: "Notifications",
  notificationsLead: "Ce qui s'est passé dans vos mises en relation.",
  noNotifications: "Aucune notification pour le moment.",
  markAllRead: "Tout marquer comme lu",
  unread: (count: number) => (count === 1 ? "1 non lue" : `${count} non lues`),
  open: "Ouvrir",
  back: "Toutes les mises en relation",
};

export type IntroductionPageMessages = typeof pagesFr;

const pagesEn: IntroductionPageMessages = {
  title: "Introductions",
  lead: "Your requests, those addressed to you and, for catalysts, those of your territory.",
  boxes: { sent: "Sent", received: "Received", catalyst: "To handle (catalyst)" },
  empty: {
    sent: "No request sent. Browse your organisation's proposed partners to make one.",
    received: "No request received yet.",
    catalyst: "No request awaits your decision for now.",
  },
  allStatuses: "All statuses",
  awaitingDecision: "To handle: awaiting your decision",
  filter: "Filter",
  status: "Status",
  requestedOn: (date: string) => `requested on ${date}`,
  from: "From",
  to: "To",
  via: "Through",
  networkAdmins: "the network's administrators",
  newTitle: (target: string) => `Request an introduction to ${target}`,
  newLead:
    "The territory's catalyst, a trusted third party, receives your request and forwards it. Your contact details and theirs are exchanged only if both sides agree.",
  fromOrganisation: "On behalf of",
  objective: "Objective",
  objectiveNone: "— None in particular —",
  partnershipType: "Hoped-for partnership type",
  partnershipNone: "— To define together —",
  needOffer: "Need or offer concerned",
  needOfferNone: "— None in particular —",
  yourNeed: "Your need",
  yourOffer: "Your offer",
  theirNeed: "Their need",
  theirOffer: "Their offer",
  needOf: (organisation: string) => `${organisation}'s need`,
  offerOf: (organisation: string) => `${organisation}'s offer`,
  message: "Your message",
  requesterMessage: "The requester's message",
  messageHint: "Introduce yourself and say what you would like to do together (20 to 2,000 characters).",
  send: "Send the request",
  sent: `Your request was sent to the catalyst: it has ${STEP_DUE_DAYS.submitted} days to forward it to the organisation asked (or refuse it), and you will be told by e-mail at each step.`,
  noOrganisation: "To request an introduction, you must be a member of an organisation published in the directory.",
  registerFirst: "Register my organisation",
  cannotSelf: "You are a member of this organisation: choose another one.",
  detailTitle: (requester: string, target: string) => `${requester} → ${target}`,
  purpose: "What the request is about",
  catalystWord: "The catalyst's word",
  acceptanceWord: (target: string) => `${target}'s message on accepting`,
  reason: "Reason given",
  history: "History",
  delays: "Delays",
  delaySteps: (forwardDays: number, answerDays: number, expiryDays: number) => [
    `The catalyst forwards the request (or rejects it) within ${forwardDays} days.`,
    `The requested organisation answers at the latest ${answerDays} days after the request was sent.`,
    `A reminder goes out automatically at each deadline; without an answer, the request expires ${expiryDays} days after it was sent.`,
  ],
  waitingOn: { catalyst: "Waiting for the catalyst", target: "Waiting for the requested organisation" },
  dueOn: (date: string) => `due on ${date}`,
  expiresOn: (date: string) => `Without an answer, the request will expire on ${date}.`,
  overdue: {
    catalyst: (days: number, due: number) =>
      `Overdue: the request has awaited the catalyst's decision for ${days} days (expected within ${due} days). A reminder is sent to them.`,
    target: (days: number, due: number) =>
      `Overdue: the request was sent ${days} days ago and awaits the requested organisation's answer (expected within ${due} days of sending). A reminder is sent to them.`,
  },
  contacts: "Contact persons",
  contactsHidden: "Both sides' contact details will show here once the requested organisation has accepted.",
  contactsShown: "Both sides agreed: here are their contact persons, visible only to them and to the catalyst.",
  noContact: "No contact person given.",
  contactFields: { name: "Name", email: "E-mail", phone: "Phone" },
  actions: "What would you like to do?",
  heldBack:
    "You stand both on the catalyst's side and on one of the two organisations': so that each side's consent stays independent, someone else forwards or answers this introduction.",
  actionLabels: {
    forward: "Forward",
    reject: "Reject",
    accept: "Accept",
    decline: "Decline",
    withdraw: "Withdraw my request",
    record_meeting: "Meeting held",
    start_alliance: "Alliance started",
    close: "Close without follow-up",
    expire: "Expire",
  },
  noteLabels: {
    forward: "A word for the requested organisation (optional)",
    reject: "Reason for rejecting (sent to the requester)",
    accept: "A message for the requester (optional, seen by both sides and the catalyst)",
    decline: "Reason (optional, sent to the requester)",
  },
  outcomePartnership: "Partnership type",
  done: "Saved.",
  doneAfter: {
    forward: `Request forwarded: the organisation asked is told by e-mail and has until day ${STEP_DUE_DAYS.forwarded} after the request to answer. You will be told of its answer.`,
    reject: "Request refused: the requester is told by e-mail, with your reason. No contact details were shared.",
    accept: "You accepted: both parties' contact details are now shown below, and the requester and the catalyst are told by e-mail.",
    decline: "You declined: the requester and the catalyst are told. Your contact details were not shared.",
    withdraw: "Request withdrawn: the catalyst and the other organisation have nothing left to do, and are told so.",
    record_meeting: "Meeting recorded: it shows in the history. When the partnership starts, say so here.",
    start_alliance: "Alliance recorded: it now counts among the territory's and the observatory's alliances.",
    close: "Introduction closed: it stays in both organisations' history.",
    expire: "Request expired: nobody has to answer it any more.",
  },
  invalidAction: "This action is not valid.",
  confirmSteps: {
    withdraw: {
      question: "Withdraw the request?",
      text: "Your request will be withdrawn and cannot be reopened: the catalyst, and the organisation asked if it received it, will be told.",
      yes: "Yes, withdraw my request",
    },
    close: {
      question: "Close without follow-up?",
      text: "The introduction will be closed: it stays in both organisations' history, but no further step can be recorded on it.",
      yes: "Yes, close without follow-up",
    },
  },
  cancel: "Cancel",
  yourRole: { requester: "You are the requester", target: "You are the requested party", catalyst: "You are the catalyst", admin: "You are an administrator" },
  roleNames: { requester: "the requester", target: "the requested organisation", catalyst: "the catalyst", admin: "an administrator", system: "automatic" },
  notifications: "Notifications",
  notificationsLead: "What happened in your introductions.",
  noNotifications: "No notifications yet.",
  markAllRead: "Mark all as read",
  unread: (count: number) => (count === 1 ? "1 unread" : `${count} unread`),
  open: "Open",
  back: "All introductions",
};

export function getIntroductionMessages(locale: Locale): IntroductionPageMessages {
  return locale === "en" ? pagesEn : pagesFr;
}

/** Errors of the workflow, shown to users and returned by the API (409/422/429). */
export const INTRODUCTION_ERRORS = {
  fr: {
    cap: (max: number) => `Votre organisation a déjà ${max} demandes en attente : attendez une réponse ou retirez-en une.`,
    duplicate: "Une demande entre ces deux organisations est déjà en attente.",
    status: (status: string) => `Cette action n'est plus possible : la mise en relation est au statut « ${status} ».`,
    role: "Vous ne pouvez pas faire cette action sur cette mise en relation.",
    conflict:
      "Vous êtes des deux côtés de cette mise en relation (catalyseur et organisation concernée) : une autre personne doit décider, pour que l'accord de chaque partie reste indépendant.",
    organisationUnavailable: "L'une des deux organisations n'est plus publiée dans l'annuaire : cette étape n'est plus possible.",
    note: "Expliquez la raison en quelques mots (5 caractères au moins).",
    noteTooLong: "Écrivez une note de 2 000 caractères au plus.",
    objective: "Choisissez l'objectif dans la liste.",
    partnershipType: "Choisissez le type de partenariat engagé.",
    message: "Écrivez un message de 20 à 2 000 caractères.",
    notPublished: "Votre organisation doit être publiée dans l'annuaire pour demander une mise en relation.",
    targetUnavailable: "Cette organisation n'est pas disponible pour une mise en relation.",
    self: "Une organisation ne peut pas demander à se rencontrer elle-même.",
    needOffer: "Ce besoin ou cette offre n'appartient à aucune des deux organisations, ou n'est plus ouvert.",
    unconfirmed: "Confirmez d'abord cette étape : elle est définitive.",
    rateLimited: "Trop de demandes en peu de temps : réessayez plus tard.",
  },
  en: {
    cap: (max: number) => `Your organisation already has ${max} pending requests: wait for an answer or withdraw one.`,
    duplicate: "A request between these two organisations is already pending.",
    status: (status: string) => `This action is no longer possible: the introduction's status is "${status}".`,
    role: "You may not take this action on this introduction.",
    conflict:
      "You stand on both sides of this introduction (catalyst and organisation concerned): someone else must decide, so that each side's consent stays independent.",
    organisationUnavailable: "One of the two organisations is no longer published in the directory: this step is no longer possible.",
    note: "Give the reason in a few words (at least 5 characters).",
    noteTooLong: "Write a note of at most 2,000 characters.",
    objective: "Choose the objective from the list.",
    partnershipType: "Choose the partnership type started.",
    message: "Write a message of 20 to 2,000 characters.",
    notPublished: "Your organisation must be published in the directory to request an introduction.",
    targetUnavailable: "This organisation is not available for an introduction.",
    self: "An organisation cannot ask to meet itself.",
    needOffer: "This need or offer belongs to neither organisation, or is no longer open.",
    unconfirmed: "Confirm this step first: it cannot be undone.",
    rateLimited: "Too many requests in a short time: try again later.",
  },
} as const;
