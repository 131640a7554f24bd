// Texts of sign-in and "my account", in French (reference) and English.
import type { Locale } from "../i18n/messages";

const fr = {
  signIn: {
    title: "Se connecter",
    lead: "Indiquez votre adresse e-mail : nous vous envoyons un lien de connexion, valable 10 minutes et utilisable une seule fois. Pas de mot de passe.",
    email: "Adresse e-mail",
    submit: "Recevoir mon lien de connexion",
    // Newcomers look for a "create an account" that does not exist: the first sign-in is it.
    newAccount: "Pas encore de compte ? Il n'y a rien à créer à l'avance : votre première connexion crée votre compte avec cette adresse.",
    forRegister:
      "Connectez-vous pour inscrire votre organisation : indiquez votre adresse e-mail et ouvrez le lien reçu, vous reviendrez ici pour commencer l'inscription.",
    invalidEmail: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
    tooMany: (minutes: number) => `Trop de demandes de lien. Réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
    failed: "Le lien n'a pas pu être envoyé. Réessayez dans un instant.",
    checkTitle: "Consultez votre messagerie",
    checkText: "Si l'adresse est correcte, un lien de connexion vient de vous être envoyé. Il est valable 10 minutes.",
    checkDev:
      "Aucun serveur d'envoi n'est configuré : les e-mails ne partent pas. Depuis cet ordinateur, votre lien s'affiche dans la boîte de développement (et dans la console du serveur).",
    noMail: "Ce site n'envoie pas encore d'e-mails (aucun serveur d'envoi configuré) : le lien ne vous parviendra pas. Prévenez l'équipe qui l'administre.",
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
    links: {
      introductions: "Mises en relation",
      dashboard: "Tableau de bord du catalyseur",
      whiteZones: "Zones blanches",
      alliances: "Alliances potentielles",
    },
    notifications: "Notifications",
    notificationsSaved: "Préférence enregistrée.",
    emailNotifications: "Recevoir aussi par e-mail les notifications de mes mises en relation (elles restent toujours visibles sur le site)",
    save: "Enregistrer",
    seeNotifications: "Voir mes notifications",
    myData: "Mes données",
    downloadData: "Télécharger toutes mes données (JSON)",
    whatWeStore: "ce que nous enregistrons et pourquoi",
  },
  mailbox: {
    title: "Boîte e-mail de développement",
    lead: "Les e-mails de ce serveur, qui n'en envoie aucun (pas de SMTP_URL) : ouvrez d'ici les liens qu'ils contiennent. Cette page ne répond qu'aux visites depuis cet ordinateur.",
    empty: "Aucun e-mail pour le moment.",
    to: "À",
    /** The HTML part, shown sandboxed (no script, no navigation) under the text part. */
    html: "Voir la version HTML",
    htmlFrame: (subject: string) => `Version HTML de l'e-mail « ${subject} »`,
  },
  privacy: {
    title: "Données personnelles",
    description: "Ce qu'Alliances enregistre, pourquoi, combien de temps, et vos droits.",
    lead: "Alliances est un annuaire public d'organisations : les fiches publiées sont publiques et réutilisables (Licence Ouverte). Les données des personnes, elles, ne sont jamais publiées.",
    storedTitle: "Ce qui est enregistré, pourquoi, combien de temps",
    storedCaption: "Données enregistrées",
    storedColumns: ["Donnée", "Pour quoi faire", "Durée"],
    /** One row per kind of data: what, what for, how long. */
    stored: [
      [
        "Votre compte : adresse e-mail, nom, langue, préférence de notification, dates de création et de dernière connexion",
        "Vous connecter, vous prévenir",
        "Jusqu'à la suppression du compte ; un compte inutilisé pendant 24 mois est supprimé, après un e-mail d'avertissement 30 jours avant (se connecter suffit à le garder)",
      ],
      ["Sessions de connexion", "Rester connecté", "30 jours au plus ; supprimées à la déconnexion"],
      ["Liens de connexion envoyés par e-mail", "Vous connecter sans mot de passe", "10 minutes, une seule utilisation"],
      [
        "Personne contact d'une organisation (nom, fonction, e-mail, téléphone) et date de son consentement",
        "Être mis en relation : montrée seulement aux deux parties d'une mise en relation acceptée et à leur catalyseur",
        "Tant que l'organisation la garde ; effacée si cette personne supprime son compte",
      ],
      [
        "Demandes de mise en relation, messages et suites données",
        "Le travail du catalyseur, tiers de confiance",
        "Tant que les organisations existent ; les chiffres de l'observatoire sont anonymes",
      ],
      ["Notifications et e-mails envoyés", "Vous tenir informé", "Jusqu'à la suppression du compte"],
      ["Journal des actions d'administration et de modération", "Savoir qui a décidé quoi", "L'auteur est effacé avec son compte"],
      ["Compteurs anti-abus (empreintes d'adresses, jamais les adresses elles-mêmes)", "Limiter les envois répétés", "24 heures"],
    ],
    thirdParties:
      "Aucun service tiers : pas de mesure d'audience, pas de publicité, pas de police ou de carte chargée ailleurs (sauf si l'opérateur configure un serveur de fonds de carte). Un seul cookie : celui de la session, et un cookie de langue.",
    rightsTitle: "Vos droits",
    // A right whose sentence holds a link: the text before the link, the link's words, the text after.
    access: ["Accès et portabilité : ", "téléchargez toutes vos données (JSON)", " depuis votre compte."],
    rectification: "Rectification : modifiez votre organisation depuis « Mon compte ».",
    erasure: [
      "Effacement : ",
      "supprimez votre compte",
      " ; vos sessions, adhésions, notifications et les fiches contact qui vous nomment sont effacées, les organisations restent.",
    ],
    onBehalf:
      "Si vous ne pouvez plus utiliser votre compte (adresse e-mail perdue…), l'équipe du réseau peut traiter pour vous une demande d'accès ou d'effacement : écrivez au catalyseur de votre territoire.",
    objection: "Opposition aux e-mails de notification : un réglage dans « Mon compte ».",
    other: "Pour toute autre demande, écrivez au catalyseur de votre territoire depuis sa fiche ; vous pouvez aussi saisir la CNIL (cnil.fr).",
  },
  mail: {
    hello: "Bonjour,",
    /** Under the button: the same address written out, for clients that block buttons. */
    copyLink: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    next: "Et ensuite",
    /**
     * The sign-in link goes to addresses that may have no account yet, so no known language: the mail is written in
     * French with the English below it, which is why the English texts point at the link or button "above".
     */
    signIn: {
      subject: "Votre lien de connexion à Alliances",
      textOpen: (minutes: number) => `Pour vous connecter à Alliances, ouvrez ce lien (valable ${minutes} minutes, une seule fois) :`,
      textIgnore: "Si vous n'avez rien demandé, ignorez ce message : personne ne pourra se connecter sans ce lien.",
      htmlOpen: (minutes: number) =>
        `Pour vous connecter à Alliances, cliquez sur le bouton ci-dessous (lien valable ${minutes} minutes, utilisable une seule fois).`,
      button: "Se connecter",
      htmlIgnore: "Si vous n'avez rien demandé, ignorez ce message.",
    },
    notification: {
      openIntroduction: "Voir la mise en relation",
      openInAlliances: "Ouvrir dans Alliances",
      footer:
        "Vous recevez ce message parce que vous participez à une mise en relation sur Alliances. Pour ne plus recevoir ces e-mails (les notifications restent visibles sur le site) :",
      settings: "paramètres de notification",
    },
    inactivity: {
      subject: "Votre compte Alliances sera supprimé faute d'utilisation",
      body: (deletionDate: string) =>
        `Vous ne vous êtes pas connecté à Alliances depuis deux ans. Comme l'annonce notre politique de données personnelles, votre compte et vos données seront supprimés le ${deletionDate}.\n\nPour garder votre compte, il suffit de vous connecter avant cette date. Les organisations dont vous êtes membre restent dans l'annuaire dans tous les cas.`,
      link: "Me connecter pour garder mon compte",
      footer: "Ce message vous est envoyé une seule fois. Nos règles de conservation des données :",
      privacy: "données personnelles",
    },
  },
};

export type AccountMessages = typeof fr;

const en: AccountMessages = {
  signIn: {
    title: "Sign in",
    lead: "Enter your e-mail address: we send you a sign-in link, valid for 10 minutes and usable once. No password.",
    email: "E-mail address",
    submit: "Send me a sign-in link",
    newAccount: "No account yet? There is nothing to create beforehand: your first sign-in creates your account with this address.",
    forRegister:
      "Sign in to register your organisation: enter your e-mail address and open the link you receive, you will come back here to start the registration.",
    invalidEmail: "Enter a valid e-mail address, e.g. name@example.org.",
    tooMany: (minutes: number) => `Too many link requests. Try again in ${minutes} minute${minutes > 1 ? "s" : ""}.`,
    failed: "The link could not be sent. Please try again in a moment.",
    checkTitle: "Check your inbox",
    checkText: "If the address is right, a sign-in link has just been sent to you. It is valid for 10 minutes.",
    checkDev:
      "No mail server is configured: e-mails are not sent. From this computer, your link appears in the development mailbox (and on the server's console).",
    noMail: "This site does not send e-mails yet (no mail server configured): the link will not reach you. Tell the team that runs it.",
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
    links: { introductions: "Introductions", dashboard: "Catalyst dashboard", whiteZones: "White zones", alliances: "Potential alliances" },
    notifications: "Notifications",
    notificationsSaved: "Preference saved.",
    emailNotifications: "Also receive my introductions' notifications by e-mail (they always stay visible on the site)",
    save: "Save",
    seeNotifications: "See my notifications",
    myData: "My data",
    downloadData: "Download all my data (JSON)",
    whatWeStore: "what we store and why",
  },
  mailbox: {
    title: "Development mailbox",
    lead: "The e-mails of this server, which sends none (no SMTP_URL): open the links they hold from here. This page only answers visits from this computer.",
    empty: "No e-mail yet.",
    to: "To",
    html: "See the HTML version",
    htmlFrame: (subject: string) => `HTML version of the e-mail "${subject}"`,
  },
  privacy: {
    title: "Personal data",
    description: "What Alliances stores, why, for how long, and your rights.",
    lead: "Alliances is a public directory of organisations: published profiles are public and reusable (Licence Ouverte). Data about people is never published.",
    storedTitle: "What is stored, why, for how long",
    storedCaption: "Data stored",
    storedColumns: ["Data", "What for", "How long"],
    stored: [
      [
        "Your account: e-mail address, name, language, notification preference, creation and last sign-in dates",
        "Signing you in, keeping you informed",
        "Until the account is deleted; an account unused for 24 months is deleted, after a warning e-mail 30 days before (signing in is enough to keep it)",
      ],
      ["Sign-in sessions", "Keeping you signed in", "30 days at most; removed on sign-out"],
      ["Sign-in links sent by e-mail", "Signing in without a password", "10 minutes, single use"],
      [
        "An organisation's contact person (name, role, e-mail, phone) and the date of their consent",
        "Introductions: shown only to both parties of an accepted introduction and their catalyst",
        "As long as the organisation keeps it; erased if that person deletes their account",
      ],
      [
        "Introduction requests, messages and outcomes",
        "The catalyst's work as trusted third party",
        "As long as the organisations exist; the observatory's figures are anonymous",
      ],
      ["Notifications and e-mails sent", "Keeping you informed", "Until the account is deleted"],
      ["Log of administration and moderation actions", "Knowing who decided what", "The author is erased with their account"],
      ["Anti-abuse counters (fingerprints of addresses, never the addresses themselves)", "Limiting repeated requests", "24 hours"],
    ],
    thirdParties:
      "No third-party service: no analytics, no advertising, no font or map loaded from elsewhere (unless the operator configures a map tile server). One cookie for the session, one for the language.",
    rightsTitle: "Your rights",
    access: ["Access and portability: ", "download all your data (JSON)", " from your account."],
    rectification: 'Rectification: edit your organisation from "My account".',
    erasure: [
      "Erasure: ",
      "delete your account",
      "; your sessions, memberships, notifications and the contact details naming you are erased, organisations stay.",
    ],
    onBehalf:
      "If you can no longer use your account (lost e-mail address…), the network team can process an access or erasure request for you: write to your territory's catalyst.",
    objection: 'Objecting to notification e-mails: a setting in "My account".',
    other: "For any other request, write to your territory's catalyst from its profile; you may also complain to the CNIL (cnil.fr).",
  },
  mail: {
    hello: "Hello,",
    copyLink: "If the button does not work, copy this link into your browser:",
    next: "What happens next",
    signIn: {
      subject: "Your sign-in link",
      textOpen: (minutes: number) => `To sign in to Alliances, open the link above (valid for ${minutes} minutes, once).`,
      textIgnore: "If you did not ask for it, ignore this message.",
      htmlOpen: (minutes: number) => `To sign in to Alliances, use the button above (valid for ${minutes} minutes, once).`,
      button: "Sign in",
      htmlIgnore: "If you did not ask for it, ignore this message.",
    },
    notification: {
      openIntroduction: "See the introduction",
      openInAlliances: "Open in Alliances",
      footer: "You receive this message because you take part in an introduction on Alliances. To stop these e-mails (notifications stay visible on the site):",
      settings: "notification settings",
    },
    inactivity: {
      subject: "Your Alliances account will be deleted for inactivity",
      body: (deletionDate: string) =>
        `You have not signed in to Alliances for two years. As our personal-data policy states, your account and your data will be deleted on ${deletionDate}.\n\nTo keep your account, just sign in before that date. The organisations you are a member of stay in the directory either way.`,
      link: "Sign in to keep my account",
      footer: "This message is sent once. How long we keep data:",
      privacy: "personal data",
    },
  },
};

export function getAccountMessages(locale: Locale): AccountMessages {
  return locale === "en" ? en : fr;
}
