// The documented columns of the two import files, with an example row: the downloadable templates, the admin
// page and the README all come from here. Pure: no db, no next.
import type { Label } from "@/lib/shared/vocabulary";
import { FRENCH_SPREADSHEET, toCsv, UTF8_BOM } from "@/lib/shared/csv";

export const IMPORT_KINDS = ["organisations", "catalysts"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ColumnSpec {
  key: string;
  required: boolean;
  description: Label;
  example: string;
}

const place: ColumnSpec[] = [
  {
    key: "code_insee",
    required: false,
    description: { fr: "Code INSEE de la commune (le plus sûr).", en: "The commune's INSEE code (the safest)." },
    example: "69123",
  },
  {
    key: "code_postal",
    required: false,
    description: {
      fr: "Code postal, avec le nom de la commune quand plusieurs communes le partagent.",
      en: "Postcode, with the commune's name when several communes share it.",
    },
    example: "69003",
  },
  {
    key: "commune",
    required: false,
    description: {
      fr: "Nom de la commune ; seul, il suffit s'il ne désigne qu'une commune.",
      en: "The commune's name; alone, it is enough when only one commune has it.",
    },
    example: "Lyon",
  },
];

const contact = (withRole: boolean): ColumnSpec[] => [
  {
    key: "contact_nom",
    required: false,
    description: { fr: "Personne à contacter (donnée personnelle).", en: "Contact person (personal data)." },
    example: "Camille Martin",
  },
  ...(withRole ? [{ key: "contact_fonction", required: false, description: { fr: "Sa fonction.", en: "Their role." }, example: "Directrice" }] : []),
  { key: "contact_email", required: false, description: { fr: "Son adresse e-mail.", en: "Their e-mail address." }, example: "camille.martin@exemple.fr" },
  { key: "contact_telephone", required: false, description: { fr: "Son téléphone.", en: "Their phone number." }, example: "04 72 00 00 00" },
];

const externalId: ColumnSpec = {
  key: "id_externe",
  required: false,
  description: {
    fr: "Votre identifiant de la ligne (numéro de votre tableur…) : réimporter met à jour au lieu de créer.",
    en: "Your identifier for the row (your spreadsheet's number…): re-importing updates instead of creating.",
  },
  example: "LYON-042",
};

export const ORGANISATION_COLUMNS: ColumnSpec[] = [
  externalId,
  { key: "nom", required: true, description: { fr: "Nom de l'organisation.", en: "The organisation's name." }, example: "Atelier Solidaire du Rhône" },
  {
    key: "type",
    required: true,
    description: {
      fr: "collectivite, etat, entreprise, association, fondation, academique, reseau ou collectif (ou leur libellé).",
      en: "collectivite, etat, entreprise, association, fondation, academique, reseau or collectif (or their label).",
    },
    example: "association",
  },
  {
    key: "niveau_collectivite",
    required: false,
    description: {
      fr: "Pour une collectivité : commune, epci, ept, departement, region.",
      en: "For a local authority: commune, epci, ept, departement, region.",
    },
    example: "",
  },
  {
    key: "taille_entreprise",
    required: false,
    description: { fr: "Pour une entreprise : tpe, pme, eti, ge.", en: "For a company: tpe, pme, eti, ge." },
    example: "",
  },
  { key: "ess", required: false, description: { fr: "oui / non : structure de l'ESS.", en: "oui / non: social economy body." }, example: "oui" },
  {
    key: "siae",
    required: false,
    description: { fr: "oui / non : structure d'insertion (SIAE).", en: "oui / non: work-integration body (SIAE)." },
    example: "non",
  },
  {
    key: "entreprise_a_mission",
    required: false,
    description: { fr: "oui / non (entreprises seulement).", en: "oui / non (companies only)." },
    example: "non",
  },
  {
    key: "siret",
    required: false,
    description: {
      fr: "SIRET (14 chiffres) ; obligatoire, ou le SIREN, sauf pour les associations et collectifs.",
      en: "SIRET (14 digits); required, or the SIREN, except for associations and collectives.",
    },
    example: "",
  },
  { key: "siren", required: false, description: { fr: "SIREN (9 chiffres).", en: "SIREN (9 digits)." }, example: "" },
  {
    key: "rna",
    required: false,
    description: { fr: "Numéro RNA d'une association (W suivi de 9 chiffres).", en: "An association's RNA number (W and 9 digits)." },
    example: "W691234567",
  },
  ...place,
  {
    key: "themes",
    required: true,
    description: { fr: "1 à 5 thèmes séparés par | (code ou libellé : youth | Jeunesse…).", en: "1 to 5 themes separated by | (code or label)." },
    example: "Emploi & insertion|Jeunesse",
  },
  { key: "odd", required: false, description: { fr: "Numéros d'ODD séparés par |.", en: "SDG numbers separated by |." }, example: "8|10|17" },
  {
    key: "objectifs",
    required: false,
    description: {
      fr: "performance_engagement, hybrid_model, societal_innovation, territory_project (ou libellés), séparés par |.",
      en: "Objectives (codes or labels) separated by |.",
    },
    example: "territory_project",
  },
  {
    key: "description",
    required: true,
    description: { fr: "Présentation (20 caractères au moins).", en: "Description (20 characters at least)." },
    example: "Atelier de réparation de vélos qui forme des jeunes en insertion.",
  },
  {
    key: "site_web",
    required: false,
    description: { fr: "Adresse du site (https://…).", en: "Website (https://…)." },
    example: "https://atelier-solidaire.example",
  },
  {
    key: "besoins",
    required: false,
    description: {
      fr: "Besoins séparés par |, chacun « type de ressource:intitulé » (funding, skills, volunteering, expertise, premises, equipment, network, purchasing, employment, training, data_research, field_access, project_engineering, ou leur libellé). Ses thèmes, s'il ne concerne pas tous ceux de l'organisation : entre crochets après le type, séparés par des virgules (code ou libellé, cinq au plus), ex. premises[youth, Emploi & insertion]:Un local ; sans crochets, il reçoit tous les thèmes de l'organisation.",
      en: "Needs separated by |, each \"resource kind:title\" (funding, skills, volunteering, expertise, premises, equipment, network, purchasing, employment, training, data_research, field_access, project_engineering, or their label). Its themes, when it is not about all the organisation's: between brackets after the kind, separated by commas (code or label, five at most), e.g. premises[youth, Employment & inclusion]:Premises; without brackets it gets all the organisation's themes.",
    },
    example: "premises:Un local de 50 m² en centre-ville|funding[youth]:Financer un poste d'encadrant",
  },
  {
    key: "offres",
    required: false,
    description: {
      fr: "Offres, même écriture que les besoins (thèmes entre crochets compris). Au moins un besoin ou une offre par ligne.",
      en: "Offers, written like needs (themes between brackets included). At least one need or offer per row.",
    },
    example: "training[employment_inclusion]:Ateliers de réparation pour salariés",
  },
  ...contact(true),
  {
    key: "charte",
    required: false,
    description: { fr: "oui si l'organisation adhère à la Charte du faire alliance.", en: "oui when the organisation adheres to the Charter." },
    example: "oui",
  },
];

export const CATALYST_COLUMNS: ColumnSpec[] = [
  {
    ...externalId,
    description: {
      fr: "Votre identifiant du catalyseur ; sans lui, un catalyseur est reconnu à son nom.",
      en: "Your identifier for the catalyst; without it, a catalyst is recognised by its name.",
    },
  },
  { key: "nom", required: true, description: { fr: "Nom du catalyseur.", en: "The catalyst's name." }, example: "Catalyseur du Grand Lyon" },
  {
    key: "structure",
    required: true,
    description: { fr: "Nom de la structure qui le porte.", en: "The host structure's name." },
    example: "Maison de l'emploi de Lyon",
  },
  {
    key: "type_structure",
    required: true,
    description: {
      fr: "collectivite, association, entreprise, reseau, universite ou ptce (ou leur libellé).",
      en: "collectivite, association, entreprise, reseau, universite or ptce (or their label).",
    },
    example: "association",
  },
  {
    key: "metiers",
    required: false,
    description: {
      fr: "territorial_dialogue, collective_experiments, support, venue (ou libellés), séparés par |.",
      en: "Trades (codes or labels) separated by |.",
    },
    example: "territorial_dialogue|support",
  },
  {
    key: "description",
    required: false,
    description: { fr: "Présentation.", en: "Description." },
    example: "Met en lien associations, entreprises et collectivités de la métropole.",
  },
  {
    key: "site_web",
    required: false,
    description: { fr: "Adresse du site (https://…).", en: "Website (https://…)." },
    example: "https://catalyseur-lyon.example",
  },
  ...place,
  {
    key: "territoire",
    required: true,
    description: {
      fr: "Territoire couvert, séparé par | : commune:CODE_INSEE, epci:SIREN (ou ept:SIREN), departement:CODE.",
      en: "Territory covered, separated by |: commune:INSEE_CODE, epci:SIREN (or ept:SIREN), departement:CODE.",
    },
    example: "epci:200046977|commune:01249",
  },
  ...contact(false),
  {
    key: "contact_public",
    required: false,
    description: { fr: "oui pour publier le contact sur la fiche.", en: "oui to show the contact on the profile." },
    example: "non",
  },
  {
    key: "charte_signee_le",
    required: false,
    description: { fr: "Date de signature de la charte (AAAA-MM-JJ ou JJ/MM/AAAA).", en: "Date the charter was signed (YYYY-MM-DD or DD/MM/YYYY)." },
    example: "2024-03-15",
  },
];

export const COLUMNS: Record<ImportKind, ColumnSpec[]> = { organisations: ORGANISATION_COLUMNS, catalysts: CATALYST_COLUMNS };

/** The template: a BOM and `;` so that a French Excel opens it in columns, then the header and an example row. */
export function templateCsv(kind: ImportKind): string {
  const columns = COLUMNS[kind];
  return `${UTF8_BOM}${toCsv(
    columns.map((column) => column.key),
    [columns.map((column) => column.example)],
    FRENCH_SPREADSHEET,
  )}`;
}
