// What the registration form says when a field must be corrected, French (reference) and English. Each message
// names what is wrong and what to do; zod's generic texts never reach the form (see lib/shared/zod-messages.ts).
import type { IdentifierProblem } from "@/lib/shared/french-identifiers";

const fr = {
  required: "Ce champ est obligatoire : remplissez-le",
  minLength: (min: number) => `${min} caractères au moins : complétez le texte`,
  maxLength: (max: number) => `${max.toLocaleString("fr-FR")} caractères au plus : raccourcissez le texte`,
  markup: "Les balises HTML et les scripts ne sont pas acceptés : écrivez un texte simple",
  kind: "Choisissez le type de votre organisation",
  level: "Précisez le niveau de la collectivité",
  size: "Précisez la taille de l'entreprise",
  chooseInList: "Choisissez une des valeurs de la liste",
  identifier: (label: string, problem: IdentifierProblem) =>
    problem.kind === "not-digits"
      ? `Ce ${label} contient « ${problem.character} » : il ne s'écrit qu'avec des chiffres`
      : problem.kind === "length"
        ? `Ce ${label} a ${problem.digits} chiffre${problem.digits > 1 ? "s" : ""} : il en faut ${problem.expected}`
        : `La clé de contrôle de ce ${label} ne correspond pas : vérifiez chaque chiffre sur vos documents officiels`,
  siretStartsWithSiren: "Le SIRET doit commencer par le SIREN : vérifiez l'un ou l'autre",
  rna: "Un numéro RNA s'écrit W suivi de 9 chiffres (ex. W751234567)",
  sireneNeeded: "Indiquez le SIRET (ou le SIREN) de votre organisation",
  commune: "Choisissez votre commune dans la liste, ou tapez son nom exact ou son code postal",
  latitude: "Le point choisi sur la carte est hors de France : replacez-le",
  themes: "Choisissez au moins un thème (cinq au plus)",
  tooManyThemes: (max: number) => `${max} thèmes au plus : décochez-en`,
  odd: "Choisissez les objectifs de développement durable dans la liste",
  objectives: "Choisissez les objectifs d'alliance dans la liste (quatre au plus)",
  website: "Adresse de site à corriger : elle s'écrit comme www.exemple.fr ou https://www.exemple.fr",
  direction: "Précisez s'il s'agit d'un besoin ou d'une offre",
  resourceKind: "Choisissez le type de ressource",
  horizon: "Choisissez un horizon dans la liste",
  unknownThemes: (named: string[]) => `${named.length > 1 ? "Thèmes inconnus" : "Thème inconnu"} ${named.join(", ")} : choisissez dans la liste`,
  itemThemes: (max: number) => `${max} thèmes au plus pour un besoin ou une offre`,
  items: "Indiquez au moins un besoin ou une offre",
  tooManyItems: (max: number) => `${max} besoins et offres au plus : retirez-en`,
  email: "Adresse e-mail à corriger : elle s'écrit nom@domaine.fr",
  phone: "Numéro de téléphone à corriger : des chiffres, éventuellement des espaces et un + (ex. 01 23 45 67 89)",
  consent: "Votre accord est nécessaire pour être mis en relation : cochez la case",
  charter: "L'adhésion à la Charte du faire alliance est nécessaire pour rejoindre le réseau : cochez la case",
};

export type RegistrationErrors = typeof fr;

const en: RegistrationErrors = {
  required: "This field is required: please fill it in",
  minLength: (min) => `${min} characters at least: please say more`,
  maxLength: (max) => `${max.toLocaleString("en-GB")} characters at most: please shorten the text`,
  markup: "HTML tags and scripts are not accepted: please write plain text",
  kind: "Choose your organisation's kind",
  level: "Say which level of collectivité it is",
  size: "Say the company's size",
  chooseInList: "Choose one of the values in the list",
  identifier: (label, problem) =>
    problem.kind === "not-digits"
      ? `This ${label} contains “${problem.character}”: it is written with digits only`
      : problem.kind === "length"
        ? `This ${label} has ${problem.digits} digit${problem.digits === 1 ? "" : "s"}: it needs ${problem.expected}`
        : `This ${label}'s check digit does not match: check each digit against your official documents`,
  siretStartsWithSiren: "The SIRET must start with the SIREN: check one or the other",
  rna: "An RNA number is W followed by 9 digits (e.g. W751234567)",
  sireneNeeded: "Give your organisation's SIRET (or SIREN)",
  commune: "Choose your commune from the list, or type its exact name or its postcode",
  latitude: "The point chosen on the map is outside France: please place it again",
  themes: "Choose at least one theme (five at most)",
  tooManyThemes: (max) => `${max} themes at most: untick some`,
  odd: "Choose the sustainable development goals from the list",
  objectives: "Choose the alliance objectives from the list (four at most)",
  website: "Please correct the website: it looks like www.example.org or https://www.example.org",
  direction: "Say whether it is a need or an offer",
  resourceKind: "Choose the kind of resource",
  horizon: "Choose a horizon from the list",
  unknownThemes: (named) => `Unknown theme${named.length > 1 ? "s" : ""} ${named.join(", ")}: choose from the list`,
  itemThemes: (max) => `${max} themes at most for a need or an offer`,
  items: "Give at least one need or offer",
  tooManyItems: (max) => `${max} needs and offers at most: remove some`,
  email: "Please correct the e-mail address: it looks like name@domain.org",
  phone: "Please correct the phone number: digits, with spaces and a + if you wish (e.g. +33 1 23 45 67 89)",
  consent: "Your consent is needed to be introduced: tick the box",
  charter: "Adhering to the Charte du faire alliance is needed to join the network: tick the box",
};

export function getRegistrationErrors(locale: string): RegistrationErrors {
  return locale === "en" ? en : fr;
}
