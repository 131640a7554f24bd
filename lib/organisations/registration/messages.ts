// Texts of the registration form and the moderation queue, French (reference) and English.
import type { Locale } from "../../i18n/messages";

/** Who moderates a registration and how long it usually takes (see moderationOutlook). */
export interface OutlookText {
  catalysts: { name: string }[];
  typicalDays: number;
}

const namesFr = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} et ${names.at(-1)}` : (names[0] ?? ""));
const namesEn = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? ""));
const daysFr = (days: number) => (days > 1 ? `${days} jours` : "1 jour");
const daysEn = (days: number) => (days > 1 ? `${days} days` : "1 day");

/** Who checks the registration and how long it usually takes, in one sentence. */
const outlookFr = ({ catalysts, typicalDays }: OutlookText) =>
  catalysts.length === 1
    ? `Votre catalyseur territorial, ${catalysts[0]!.name}, vérifie votre inscription avant de la publier, en général sous ${daysFr(typicalDays)}.`
    : catalysts.length
      ? `Les catalyseurs de votre territoire (${namesFr(catalysts.map((item) => item.name))}) vérifient votre inscription avant de la publier, en général sous ${daysFr(typicalDays)}.`
      : `Aucun catalyseur ne couvre encore votre commune : l'équipe du réseau vérifie votre inscription avant de la publier, en général sous ${daysFr(typicalDays)}.`;
const outlookEn = ({ catalysts, typicalDays }: OutlookText) =>
  catalysts.length === 1
    ? `Your territorial catalyst, ${catalysts[0]!.name}, checks your registration before publishing it, usually within ${daysEn(typicalDays)}.`
    : catalysts.length
      ? `Your territory's catalysts (${namesEn(catalysts.map((item) => item.name))}) check your registration before publishing it, usually within ${daysEn(typicalDays)}.`
      : `No catalyst covers your commune yet: the network's team checks your registration before publishing it, usually within ${daysEn(typicalDays)}.`;

const fr = {
  title: "Inscrire une organisation",
  lead: "Rejoignez le réseau : votre inscription est validée par le catalyseur de votre territoire. Vos réponses sont enregistrées à chaque étape.",
  steps: {
    kind: "Type",
    identity: "Identité",
    place: "Lieu",
    about: "Présentation",
    "needs-offers": "Besoins et offres",
    contact: "Contact",
    review: "Validation",
  },
  stepOf: (index: number, count: number) => `Étape ${index} sur ${count}`,
  next: "Enregistrer et continuer",
  errorSummary: "Certains champs sont à corriger : voyez les messages sous chaque champ.",
  progress: "Progression",
  fields: {
    kind: "Type d'organisation",
    level: "Niveau de la collectivité",
    size: "Taille de l'entreprise",
    ess: "Structure de l'économie sociale et solidaire (ESS)",
    siae: "Structure d'insertion par l'activité économique (SIAE)",
    mission: "Entreprise à mission",
    name: "Nom de l'organisation",
    siret: "SIRET",
    siretHint: "14 chiffres, sur vos documents officiels ou l'avis de situation SIRENE.",
    siren: "SIREN (si vous n'avez pas de SIRET)",
    collectivite: "Votre collectivité dans la liste officielle",
    collectiviteHint:
      "Tapez son nom, son code INSEE ou son SIREN, puis choisissez-la : son nom, son SIREN et la commune de son siège sont remplis pour vous (vous pouvez les modifier).",
    rna: "Numéro RNA (associations)",
    rnaHint: "W suivi de 9 chiffres. Les associations d'Alsace-Moselle (57, 67, 68) n'en ont pas : laissez vide.",
    commune: "Commune du siège ou de l'activité",
    communeHint: "Tapez le nom ou le code postal, puis choisissez dans la liste.",
    themes: "Thèmes (1 à 5)",
    odd: "Objectifs de développement durable",
    objectives: "Objectifs d'alliance",
    description: "Présentation",
    descriptionHint: "Ce que fait votre organisation et ce que vous cherchez à construire avec d'autres (20 à 5 000 caractères).",
    website: "Site web",
    items: "Vos besoins et vos offres (au moins un)",
    itemsHint: "Décrivez un besoin ou une offre ; pour en décrire un autre, utilisez le bouton sous le bloc.",
    addItem: "Ajouter un autre besoin ou une autre offre",
    item: "Besoin ou offre",
    direction: "Besoin ou offre ?",
    directionNeed: "Nous avons besoin de…",
    directionOffer: "Nous proposons…",
    resourceKind: "Ressource",
    itemTitle: "En une phrase",
    itemDescription: "Précisions (facultatif)",
    horizon: "Horizon",
    itemThemes: "Thèmes concernés",
    itemThemesHint:
      "Au départ, les thèmes de votre organisation sont cochés : gardez ceux que ce besoin ou cette offre concerne, ou choisissez-en d'autres (cinq au plus). Si aucun n'est coché, tous ceux de l'organisation sont retenus.",
    itemOtherThemes: "Autres thèmes",
    contactName: "Personne à contacter",
    contactRole: "Fonction",
    contactEmail: "E-mail de contact",
    contactPhone: "Téléphone",
    contactHint: "Ces coordonnées ne sont jamais publiées : elles ne sont partagées qu'avec l'accord des deux parties, lors d'une mise en relation.",
    consent: "J'accepte d'être contacté(e) par le réseau et par les organisations auxquelles j'accepte d'être présenté(e).",
    charter: "Notre organisation adhère à la Charte du faire alliance.",
    charterLink: "Lire la Charte du faire alliance (s'ouvre dans un nouvel onglet)",
  },
  review: {
    title: "Vérifiez et envoyez",
    edit: "Modifier",
    submit: "Envoyer pour validation",
    duplicatesTitle: "Cette organisation existe peut-être déjà",
    duplicatesText: "Une organisation très proche figure déjà dans le réseau. Si c'est la vôtre, demandez à la rejoindre plutôt que d'en créer une seconde.",
    join: "Demander à rejoindre",
    // After a similar organisation's name: the link to ask to join it.
    joinIt: "demander à la rejoindre",
    joinSent: "Votre demande a été envoyée à ses responsables.",
    incomplete: "Cette étape est incomplète : complétez-la avant d'envoyer.",
    whoTitle: "Qui valide votre inscription ?",
    sameIdentifierTitle: "Cette organisation est déjà inscrite",
    sameIdentifierText: "Une organisation avec le même identifiant existe déjà : demandez plutôt à la rejoindre, ou corrigez l'identifiant.",
    // The applicant's word that a look-alike is another organisation: the submission waits for it.
    notSame: "Ce n'est pas la même organisation",
    notSameHint: "Cochez cette case pour pouvoir envoyer votre inscription.",
  },
  /** Step 0: finding one's organisation in the directory before registering it. */
  find: {
    title: "Votre organisation est-elle déjà inscrite ?",
    lead: "Avant de l'inscrire, cherchez-la dans l'annuaire : si elle y est, demandez à la rejoindre plutôt que d'en créer une seconde.",
    label: "Nom, SIRET, SIREN ou numéro RNA",
    hint: "Par exemple « Jardins solidaires », un SIRET (14 chiffres), un SIREN (9 chiffres) ou un RNA (W suivi de 9 chiffres).",
    submit: "Chercher",
    resultsTitle: (count: number) => (count > 1 ? `${count} organisations trouvées` : "1 organisation trouvée"),
    by: { siret: "par SIRET", siren: "par SIREN", rna: "par numéro RNA", name: "par nom" },
    none: (query: string) => `Aucune organisation publiée ne correspond à « ${query} ».`,
    invalid: {
      siret: "Ces 14 chiffres ne forment pas un SIRET valide (la clé de contrôle ne correspond pas) : vérifiez-les.",
      siren: "Ces 9 chiffres ne forment pas un SIREN valide (la clé de contrôle ne correspond pas) : vérifiez-les.",
    },
    join: "Demander à la rejoindre",
    joinOf: (name: string) => `Demander à rejoindre ${name}`,
    pendingNote: "Les organisations en attente de validation n'apparaissent pas ici : si vous en avez inscrit une, retrouvez-la dans Mon compte.",
    notListed: "Mon organisation n'y est pas : l'inscrire",
  },
  outlook: outlookFr,
  done: (name: string, outlook?: OutlookText) =>
    `Merci ! ${name} est en attente de validation. ${outlook ? outlookFr(outlook) : "Le catalyseur de votre territoire vérifie votre inscription avant de la publier."} Vous recevrez un e-mail à chaque étape.`,
  moderation: {
    title: "Organisations à valider",
    lead: "Les inscriptions en attente sur votre territoire. Validez-les, demandez des modifications, ou refusez-les en donnant la raison.",
    empty: "Aucune inscription en attente. Merci !",
    message: "Message à l'organisation (obligatoire pour demander des modifications ou refuser)",
    approve: "Publier",
    requestChanges: "Demander des modifications",
    reject: "Refuser",
    done: "Décision enregistrée, l'organisation a été prévenue par e-mail.",
    messageNeeded: "Écrivez un message d'au moins 5 caractères pour expliquer votre demande.",
    alreadyDecided: "Cette inscription a déjà été traitée.",
    submittedOn: "Reçue le",
    identifiers: "Identifiants",
    forbidden: "Vous ne pouvez pas modérer cette organisation.",
  },
  /** The map under the place step, to set the organisation's exact place ({distance} is filled in by the map). */
  point: {
    legend: "Emplacement précis (facultatif)",
    hint: "Le repère est au centre de la commune. Si votre organisation est ailleurs dans la commune, déplacez-le : glissez-le, ou sélectionnez-le avec Tab et utilisez les flèches (Maj + flèche pour aller plus vite).",
    reset: "Remettre au centre de la commune",
    marker: "Emplacement de votre organisation : déplaçable avec les flèches",
    moved: "Emplacement déplacé : il sera enregistré avec l'étape.",
    distance: "Il est à {distance} du centre de la commune.",
    noCommune: "Choisissez d'abord la commune : vous pourrez ensuite préciser l'emplacement sur une carte.",
  },
  statuses: { draft: "modifications demandées", pending: "en attente de validation", published: "publiée", suspended: "suspendue", rejected: "refusée" },
};

export type RegisterMessages = typeof fr & { collectivitePicker: typeof collectivitePickerFr };

const collectivitePickerFr = {
  loading: "Recherche des collectivités…",
  noResult: "Aucune collectivité de ce niveau ne correspond. Vérifiez l'orthographe, ou remplissez le nom et le SIREN vous-même.",
  results: "{count} collectivités proposées : flèches haut et bas pour parcourir, Entrée pour choisir.",
  oneResult: "1 collectivité proposée : flèche bas puis Entrée pour la choisir.",
  selected: "{label} choisie : nom et SIREN remplis.",
  unavailable: "Suggestions indisponibles : remplissez le nom et le SIREN vous-même.",
};

const en: RegisterMessages = {
  ...fr,
  fields: {
    ...fr.fields,
    direction: "Need or offer?",
    contactHint: "These details are never published: they are shared only with both parties' consent, during an introduction.",
    rnaHint: "W followed by 9 digits. Associations in Alsace-Moselle (57, 67, 68) have none: leave it empty.",
    collectivite: "Your collectivité in the official list",
    collectiviteHint: "Type its name, INSEE code or SIREN, then choose it: its name, SIREN and seat are filled in for you (you may change them).",
    itemThemes: "Themes concerned",
    itemThemesHint:
      "At first your organisation's themes are ticked: keep those this need or offer is about, or choose others (five at most). If none is ticked, all the organisation's themes are kept.",
    itemOtherThemes: "Other themes",
    items: "Your needs and offers (at least one)",
    itemsHint: "Describe one need or offer; to describe another, use the button under the block.",
    addItem: "Add another need or offer",
    charterLink: "Read the Charte du faire alliance (opens in a new tab)",
  },
  collectivitePicker: {
    loading: "Looking for collectivités…",
    noResult: "No collectivité of this level matches. Check the spelling, or fill in the name and SIREN yourself.",
    results: "{count} collectivités suggested: up and down arrows to browse, Enter to choose.",
    oneResult: "1 collectivité suggested: down arrow then Enter to choose it.",
    selected: "{label} chosen: name and SIREN filled in.",
    unavailable: "Suggestions unavailable: fill in the name and SIREN yourself.",
  },
  title: "Register an organisation",
  lead: "Join the network: your registration is approved by your territory's catalyst. Your answers are saved at every step.",
  steps: { kind: "Kind", identity: "Identity", place: "Place", about: "About", "needs-offers": "Needs and offers", contact: "Contact", review: "Submit" },
  stepOf: (index: number, count: number) => `Step ${index} of ${count}`,
  next: "Save and continue",
  errorSummary: "Some fields need fixing: see the messages under each field.",
  progress: "Progress",
  review: {
    ...fr.review,
    title: "Check and submit",
    edit: "Edit",
    submit: "Submit for approval",
    join: "Ask to join",
    joinIt: "ask to join it",
    incomplete: "This step is incomplete: complete it before submitting.",
    whoTitle: "Who approves your registration?",
    duplicatesTitle: "This organisation may already exist",
    duplicatesText: "A very similar organisation is already in the network. If it is yours, ask to join it rather than creating a second one.",
    joinSent: "Your request has been sent to its managers.",
    sameIdentifierTitle: "This organisation is already registered",
    sameIdentifierText: "An organisation with the same identifier already exists: ask to join it instead, or correct the identifier.",
    notSame: "It is not the same organisation",
    notSameHint: "Tick this box to be able to submit your registration.",
  },
  find: {
    title: "Is your organisation already registered?",
    lead: "Before registering it, look for it in the directory: if it is there, ask to join it rather than creating a second one.",
    label: "Name, SIRET, SIREN or RNA number",
    hint: "For example “Jardins solidaires”, a SIRET (14 digits), a SIREN (9 digits) or an RNA (W followed by 9 digits).",
    submit: "Search",
    resultsTitle: (count: number) => (count > 1 ? `${count} organisations found` : "1 organisation found"),
    by: { siret: "by SIRET", siren: "by SIREN", rna: "by RNA number", name: "by name" },
    none: (query: string) => `No published organisation matches “${query}”.`,
    invalid: {
      siret: "These 14 digits are not a valid SIRET (the check key does not match): check them.",
      siren: "These 9 digits are not a valid SIREN (the check key does not match): check them.",
    },
    join: "Ask to join it",
    joinOf: (name: string) => `Ask to join ${name}`,
    pendingNote: "Organisations awaiting approval are not shown here: if you registered one, find it in My account.",
    notListed: "My organisation is not there: register it",
  },
  outlook: outlookEn,
  done: (name: string, outlook?: OutlookText) =>
    `Thank you! ${name} is awaiting approval. ${outlook ? outlookEn(outlook) : "Your territory's catalyst checks your registration before publishing it."} You will receive an e-mail at each step.`,
  moderation: {
    ...fr.moderation,
    empty: "No registration waiting. Thank you!",
    title: "Organisations to approve",
    approve: "Publish",
    requestChanges: "Ask for changes",
    reject: "Reject",
  },
  point: {
    legend: "Exact place (optional)",
    hint: "The marker is at the commune's centre. If your organisation is elsewhere in the commune, move it: drag it, or select it with Tab and use the arrow keys (Shift + arrow to go faster).",
    reset: "Back to the commune's centre",
    marker: "Your organisation's place: movable with the arrow keys",
    moved: "Place moved: it will be saved with the step.",
    distance: "It is {distance} from the commune's centre.",
    noCommune: "Choose the commune first: you can then set the exact place on a map.",
  },
  statuses: { draft: "changes requested", pending: "awaiting approval", published: "published", suspended: "suspended", rejected: "rejected" },
};

const frMessages: RegisterMessages = { ...fr, collectivitePicker: collectivitePickerFr };

export function getRegisterMessages(locale: Locale): RegisterMessages {
  return locale === "en" ? en : frMessages;
}
