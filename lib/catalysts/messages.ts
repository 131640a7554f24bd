// Texts of the catalysts' own pages (the dashboard, the white zones) and of the mail a visitor sends a catalyst,
// French first. The finder has its own catalogue (finder-messages.ts); the public catalyst pages read the
// directory's (lib/organisations/directory-messages.ts).
import type { Locale } from "../i18n/messages";
import { de } from "../shared/french";

const fr = {
  dashboard: {
    title: "Tableau de bord du catalyseur",
    lead: "Les mises en relation de votre territoire, ce qui vous attend et quelques chiffres.",
    catalyst: "Catalyseur",
    show: "Afficher",
    choose: "Choisissez un catalyseur pour voir son tableau de bord.",
    figures: "En chiffres",
    requests: "demandes de mise en relation reçues",
    last12: (count: string) => `dont ${count} ces 12 derniers mois`,
    acceptance: "taux d'acceptation par les organisations sollicitées",
    noAnswer: "pas encore de réponse",
    alliances: "alliances engagées",
    organisations: "organisations publiées du territoire",
    waiting: "Demandes en attente",
    waitingLead: "À transmettre ou refuser (envoyées au catalyseur), ou en attente de la réponse de l'organisation sollicitée (transmises).",
    noWaiting: "Aucune demande en attente : tout est à jour.",
    days: (days: number) => (days <= 1 ? "depuis aujourd'hui" : `depuis ${days} jours`),
    byStatus: "Par statut",
    status: "Statut",
    count: "Nombre",
    see: "Voir",
    links: "Aller plus loin",
    moderation: (count: number) => `Organisations à valider (${count})`,
    potential: "Alliances potentielles du territoire",
    territoryOrganisations: "Organisations du territoire",
    whiteZones: "Zones blanches du réseau",
    allIntroductions: "Toutes les mises en relation à traiter",
    changes: "Modifications récentes des fiches publiées",
    changesLead: (days: number) =>
      `Les changements de nom, de site web, de type ou d'identifiants des organisations de votre territoire, sur ${days} jours. Un nom ou un site web change tout de suite ; un changement d'identifiant ou de type renvoie la fiche en validation. En cas de doute, rétablissez l'ancienne valeur ou suspendez l'organisation.`,
    noChanges: "Aucune modification récente : rien à vérifier.",
    by: { member: "par un membre", admin: "par un administrateur" },
    fieldNames: { name: "Nom", website: "Site web", kind: "Type", siren: "SIREN", siret: "SIRET", rna: "RNA" },
    empty: "(vide)",
    review: "Renvoyée en validation",
    reverted: "Annulée",
    ownOrganisation: "Vous êtes membre de cette organisation : un autre modérateur en décide.",
    revert: "Rétablir l'ancienne valeur",
    reason: "Raison de la suspension (envoyée aux membres)",
    suspend: "Suspendre l'organisation",
  },
  /** What the answers to a recent change of a profile (revert it, suspend the organisation) say. */
  dashboardActions: {
    invalid: "Demande incomplète : rechargez la page et recommencez.",
    forbidden: "Vous ne pouvez pas agir sur cette organisation (elle n'est pas de votre territoire, ou vous en êtes membre).",
    reverted: "Modification annulée : les anciennes valeurs sont rétablies et les membres de l'organisation sont prévenus par e-mail.",
    changed: "Rien à rétablir : ces champs ont été modifiés de nouveau depuis.",
    alreadyReverted: "Cette modification est déjà annulée.",
    reason: (min: number) => `Indiquez la raison de la suspension (${min} caractères au moins) : les membres la reçoivent.`,
    reasonTooLong: (max: number) => `La raison tient en ${max} caractères au plus.`,
    notPublished: "Cette organisation n'est plus publiée : rien à suspendre.",
    suspended:
      "Organisation suspendue : elle a quitté l'annuaire, la carte et les propositions, ses demandes en attente sont closes et ses membres ont reçu la raison. Un administrateur peut la rétablir.",
  },
  whiteZones: {
    title: "Zones blanches du réseau",
    lead: "Les intercommunalités dont aucune commune n'est encore couverte par un catalyseur, de la plus peuplée à la moins peuplée : là où recruter en priorité.",
    summary: (zones: string, share: string) => `${zones} intercommunalités sans catalyseur · ${share} % de la population couverte`,
    name: "Intercommunalité",
    departements: "Département(s)",
    population: "Population",
    communes: "Communes",
    map: "Carte",
    see: "Voir sur la carte",
    mapLabel: "Carte des zones blanches",
    mapCaption: (shown: number) =>
      `Un point par intercommunalité sans catalyseur (à son centre) ; les ${shown} plus peuplées sont cerclées et s'ouvrent sur la carte du réseau.`,
    legendZone: "Intercommunalité sans catalyseur",
    legendTop: "Parmi les plus peuplées",
    inhabitants: (count: string) => `${count} habitants`,
  },
  /** The mail a signed-in visitor sends a catalyst from its page, to its staff (or the admins) and its contact address. */
  contactMail: {
    subject: (catalyst: string) => `Message pour ${catalyst} via Alliances`,
    body: (sender: string, catalyst: string, message: string, replyTo: string) =>
      `${sender} vous écrit depuis la fiche ${de(catalyst)} :\n\n« ${message} »\n\nRépondez-lui directement à ${replyTo}.`,
    visitorBody: (sender: string, catalyst: string, message: string, replyTo: string) =>
      `${sender}, un visiteur sans compte, vous écrit depuis la fiche ${de(catalyst)} :\n\n« ${message} »\n\nRépondez-lui directement à ${replyTo}. Cette adresse n'a pas été vérifiée : ne donnez pas d'informations personnelles avant d'être sûr de votre interlocuteur.`,
    link: "Voir la fiche du catalyseur",
    footer: "Vous recevez ce message parce que vous êtes le contact de ce catalyseur sur Alliances, qui ne publie pas votre adresse. Votre compte :",
  },
};

export type CatalystMessages = typeof fr;

const en: CatalystMessages = {
  dashboard: {
    title: "Catalyst dashboard",
    lead: "Your territory's introductions, what awaits you and a few figures.",
    catalyst: "Catalyst",
    show: "Show",
    choose: "Choose a catalyst to see its dashboard.",
    figures: "In figures",
    requests: "introduction requests received",
    last12: (count: string) => `of which ${count} in the last 12 months`,
    acceptance: "acceptance rate by the requested organisations",
    noAnswer: "no answer yet",
    alliances: "alliances started",
    organisations: "published organisations in the territory",
    waiting: "Pending requests",
    waitingLead: "To forward or reject (sent to the catalyst), or awaiting the requested organisation's answer (forwarded).",
    noWaiting: "No pending request: all up to date.",
    days: (days: number) => (days <= 1 ? "since today" : `for ${days} days`),
    byStatus: "By status",
    status: "Status",
    count: "Count",
    see: "See",
    links: "Going further",
    moderation: (count: number) => `Organisations to approve (${count})`,
    potential: "Potential alliances of the territory",
    territoryOrganisations: "Organisations of the territory",
    whiteZones: "The network's white zones",
    allIntroductions: "All introductions to handle",
    changes: "Recent changes of published profiles",
    changesLead: (days: number) =>
      `Changes of name, website, kind or identifiers of your territory's organisations, over ${days} days. A name or website changes at once; a change of identifiers or kind sends the profile back for approval. When in doubt, restore the old value or suspend the organisation.`,
    noChanges: "No recent change: nothing to check.",
    by: { member: "by a member", admin: "by an administrator" },
    fieldNames: { name: "Name", website: "Website", kind: "Kind", siren: "SIREN", siret: "SIRET", rna: "RNA" },
    empty: "(empty)",
    review: "Sent back for approval",
    reverted: "Undone",
    ownOrganisation: "You are a member of this organisation: another moderator decides.",
    revert: "Restore the old value",
    reason: "Reason for the suspension (sent to the members)",
    suspend: "Suspend the organisation",
  },
  dashboardActions: {
    invalid: "Incomplete request: reload the page and try again.",
    forbidden: "You may not act on this organisation (it is not in your territory, or you are one of its members).",
    reverted: "Change undone: the old values are back and the organisation's members are told by e-mail.",
    changed: "Nothing to restore: these fields have been changed again since.",
    alreadyReverted: "This change is already undone.",
    reason: (min: number) => `Give the reason for the suspension (${min} characters at least): the members receive it.`,
    reasonTooLong: (max: number) => `The reason fits in ${max} characters at most.`,
    notPublished: "This organisation is no longer published: nothing to suspend.",
    suspended:
      "Organisation suspended: it left the directory, the map and proposals, its pending requests are closed and its members got the reason. An admin may restore it.",
  },
  whiteZones: {
    title: "The network's white zones",
    lead: "Inter-municipalities where no municipality is covered by a catalyst yet, most populated first: where to recruit first.",
    summary: (zones: string, share: string) => `${zones} inter-municipalities without a catalyst · ${share}% of the population covered`,
    name: "Inter-municipality",
    departements: "Département(s)",
    population: "Population",
    communes: "Municipalities",
    map: "Map",
    see: "See on the map",
    mapLabel: "Map of the white zones",
    mapCaption: (shown: number) =>
      `One dot per inter-municipality without a catalyst (at its centre); the ${shown} most populated are circled and open the network map.`,
    legendZone: "Inter-municipality without a catalyst",
    legendTop: "Among the most populated",
    inhabitants: (count: string) => `${count} inhabitants`,
  },
  contactMail: {
    subject: (catalyst: string) => `Message for ${catalyst} through Alliances`,
    body: (sender: string, catalyst: string, message: string, replyTo: string) =>
      `${sender} writes to you from ${catalyst}'s profile:\n\n"${message}"\n\nAnswer them directly at ${replyTo}.`,
    visitorBody: (sender: string, catalyst: string, message: string, replyTo: string) =>
      `${sender}, a visitor without an account, writes to you from ${catalyst}'s profile:\n\n"${message}"\n\nAnswer them directly at ${replyTo}. This address was not verified: give no personal information before you are sure who you are talking to.`,
    link: "See the catalyst's profile",
    footer: "You receive this message because you are this catalyst's contact on Alliances, which does not publish your address. Your account:",
  },
};

export function getCatalystMessages(locale: Locale): CatalystMessages {
  return locale === "en" ? en : fr;
}
