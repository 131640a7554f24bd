// Texts of joining an organisation: asking to become a member, and its owners' (or catalyst's) answer, French first.
// The notifications these send are in lib/introductions/messages.ts with the others.
import type { JoinRequestError } from "./membership-requests";
import type { Locale } from "../i18n/messages";

const fr = {
  /** The page where one asks to join. */
  join: {
    title: (name: string) => `Rejoindre ${name}`,
    lead: "Vous faites partie de cette organisation ? Demandez à en devenir membre pour tenir sa fiche à jour, publier ses besoins et ses offres et demander des mises en relation en son nom. Ses responsables (ou, s'il n'y en a pas encore, le catalyseur du territoire) recevront votre demande avec votre nom et votre adresse e-mail.",
    message: "Un mot pour vous présenter (facultatif)",
    hint: "Votre rôle dans l'organisation, par exemple. 1 000 caractères au plus.",
    send: "Demander à rejoindre",
    sent: "Votre demande est envoyée. Vous serez prévenu de la réponse.",
    member: "Vous êtes déjà membre de cette organisation.",
    edit: "Modifier sa fiche",
    profile: "Voir la fiche",
  },
  /** Why a request to join was not sent. */
  errors: {
    forbidden: "Connectez-vous pour demander à rejoindre une organisation.",
    not_found: "Cette organisation n'accepte pas de demande pour le moment.",
    already_member: "Vous êtes déjà membre de cette organisation.",
    already_requested: "Votre demande est déjà envoyée : elle attend une réponse.",
    message: "Votre message ne doit pas dépasser 1 000 caractères.",
    rateLimited: "Vous avez fait beaucoup de demandes aujourd'hui : réessayez demain.",
  } satisfies Record<JoinRequestError, string>,
  /** The pending requests, on the organisation's page for its owners and in the moderation queue. */
  requests: {
    title: "Demandes pour rejoindre",
    lead: "Ces personnes demandent à devenir membres. Acceptez seulement celles que vous connaissez : elles pourront modifier la fiche et demander des mises en relation.",
    on: (date: string) => `le ${date}`,
    accept: "Accepter",
    refuse: "Refuser",
    accepted: "Demande acceptée : la personne est membre.",
    refused: "Demande refusée : la personne est prévenue.",
    error: "Cette demande n'est plus en attente.",
  },
};

export type MembershipMessages = typeof fr;

const en: MembershipMessages = {
  join: {
    title: (name: string) => `Join ${name}`,
    lead: "Are you part of this organisation? Ask to become a member to keep its profile up to date, publish its needs and offers and request introductions on its behalf. Its owners (or, if it has none yet, the territory's catalyst) will receive your request with your name and e-mail address.",
    message: "A word to introduce yourself (optional)",
    hint: "Your role in the organisation, for instance. 1,000 characters at most.",
    send: "Ask to join",
    sent: "Your request was sent. You will hear of the answer.",
    member: "You are already a member of this organisation.",
    edit: "Edit its profile",
    profile: "See the profile",
  },
  errors: {
    forbidden: "Sign in to ask to join an organisation.",
    not_found: "This organisation does not take requests at the moment.",
    already_member: "You are already a member of this organisation.",
    already_requested: "Your request was already sent: it awaits an answer.",
    message: "Your message must not exceed 1,000 characters.",
    rateLimited: "You made many requests today: try again tomorrow.",
  },
  requests: {
    title: "Requests to join",
    lead: "These people ask to become members. Accept only those you know: they will be able to edit the profile and request introductions.",
    on: (date: string) => `on ${date}`,
    accept: "Accept",
    refuse: "Refuse",
    accepted: "Request accepted: the person is a member.",
    refused: "Request refused: the person is told.",
    error: "This request is no longer pending.",
  },
};

export function getMembershipMessages(locale: Locale): MembershipMessages {
  return locale === "en" ? en : fr;
}
