// Texts of sign-in and "my account", in French (reference) and English.
import type { Locale } from "../i18n/messages";

const fr = {
  signIn: {
    title: "Se connecter",
    lead: "Indiquez votre adresse e-mail : nous vous envoyons un lien de connexion, valable 10 minutes et utilisable une seule fois. Pas de mot de passe.",
    email: "Adresse e-mail",
    submit: "Recevoir mon lien de connexion",
    invalidEmail: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
    tooMany: (minutes: number) => `Trop de demandes de lien. Réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
    failed: "Le lien n'a pas pu être envoyé. Réessayez dans un instant.",
    checkTitle: "Consultez votre messagerie",
    checkText: "Si l'adresse est correcte, un lien de connexion vient de vous être envoyé. Il est valable 10 minutes.",
    checkDev: "Environnement de démonstration : les e-mails ne partent pas, ils s'affichent dans la boîte de développement.",
    openMailbox: "Ouvrir la boîte de développement",
    errorTitle: "Connexion impossible",
    errorText: "Ce lien de connexion n'est plus valable : il a déjà servi ou il a expiré (10 minutes). Demandez-en un nouveau.",
    refusedText:
      "Ce compte ne peut pas se connecter. Si vous pensez qu'il s'agit d'une erreur, contactez l'équipe du réseau : écrivez au catalyseur de votre territoire.",
    again: "Demander un nouveau lien",
  },
  account: {
    title: "Mon compte",
    editOrganisation: "Modifier la fiche, les besoins et les offres",
    completeOrganisation: "Compléter et soumettre à nouveau",
    resubmitted: (name: string) => `${name} est de nouveau soumise : le catalyseur de votre territoire est prévenu.`,
    signedInAs: "Connecté avec",
    roles: "Mes rôles",
    admin: "Administrateur du réseau",
    staffOf: "Équipe du catalyseur",
    memberOf: "Membre de l'organisation",
    roleNames: { owner: "propriétaire", editor: "éditeur" },
    none: "Vous n'êtes encore membre d'aucune organisation.",
    signOut: "Se déconnecter",
    deleteTitle: "Supprimer mon compte",
    deleteText:
      "La suppression efface votre compte, vos sessions et vos adhésions aux organisations. Les organisations elles-mêmes restent dans l'annuaire : si vous en étiez le seul propriétaire, l'équipe du réseau pourra en confier la gestion à une autre personne. Cette action est définitive.",
    deleteConfirm: "Pour confirmer, saisissez votre adresse e-mail",
    deleteButton: "Supprimer définitivement mon compte",
    deleteMismatch: "L'adresse saisie ne correspond pas à celle de votre compte.",
    deleted: "Votre compte a été supprimé.",
    signInLink: "Se connecter",
  },
  mailbox: {
    title: "Boîte e-mail de développement",
    lead: "Les e-mails en attente d'envoi (aucun serveur SMTP configuré) ou déjà envoyés. Cette page n'existe pas en production, sauf si DEV_MAILBOX=true.",
    empty: "Aucun e-mail pour le moment.",
    to: "À",
  },
};

export type AccountMessages = typeof fr;

const en: AccountMessages = {
  signIn: {
    title: "Sign in",
    lead: "Enter your e-mail address: we send you a sign-in link, valid for 10 minutes and usable once. No password.",
    email: "E-mail address",
    submit: "Send me a sign-in link",
    invalidEmail: "Enter a valid e-mail address, e.g. name@example.org.",
    tooMany: (minutes: number) => `Too many link requests. Try again in ${minutes} minute${minutes > 1 ? "s" : ""}.`,
    failed: "The link could not be sent. Please try again in a moment.",
    checkTitle: "Check your inbox",
    checkText: "If the address is right, a sign-in link has just been sent to you. It is valid for 10 minutes.",
    checkDev: "Demo environment: e-mails are not sent, they appear in the development mailbox.",
    openMailbox: "Open the development mailbox",
    errorTitle: "Cannot sign in",
    errorText: "This sign-in link is no longer valid: it was already used or it expired (10 minutes). Ask for a new one.",
    refusedText: "This account cannot sign in. If you think this is a mistake, contact the network's team: write to your territory's catalyst.",
    again: "Ask for a new link",
  },
  account: {
    title: "My account",
    editOrganisation: "Edit the profile, needs and offers",
    completeOrganisation: "Complete and submit again",
    resubmitted: (name: string) => `${name} is submitted again: your territory's catalyst has been told.`,
    signedInAs: "Signed in as",
    roles: "My roles",
    admin: "Network administrator",
    staffOf: "Team of the catalyst",
    memberOf: "Member of the organisation",
    roleNames: { owner: "owner", editor: "editor" },
    none: "You are not a member of any organisation yet.",
    signOut: "Sign out",
    deleteTitle: "Delete my account",
    deleteText:
      "Deletion erases your account, your sessions and your memberships. The organisations themselves stay in the directory: if you were their only owner, the network team can hand their management over to someone else. This cannot be undone.",
    deleteConfirm: "To confirm, type your e-mail address",
    deleteButton: "Delete my account for good",
    deleteMismatch: "The address typed does not match your account's.",
    deleted: "Your account has been deleted.",
    signInLink: "Sign in",
  },
  mailbox: {
    title: "Development mailbox",
    lead: "E-mails waiting to be sent (no SMTP server configured) or already sent. This page does not exist in production unless DEV_MAILBOX=true.",
    empty: "No e-mail yet.",
    to: "To",
  },
};

export function getAccountMessages(locale: Locale): AccountMessages {
  return locale === "en" ? en : fr;
}
