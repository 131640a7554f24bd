// Texts of the observatory page in French (the reference) and English. Pure module.
import type { Locale } from "../i18n/messages";

const fr = {
  title: "Observatoire des alliances",
  description:
    "Les alliances engagées grâce aux mises en relation du réseau des catalyseurs territoriaux : par territoire, par type d'acteurs, par thème, par type de partenariat et par mois. Chiffres agrégés et anonymes, en données ouvertes.",
  lead: "Combien d'alliances naissent des mises en relation du réseau, où, entre quels acteurs et sur quels thèmes. Des chiffres agrégés et anonymes : aucune organisation ni personne n'y est nommée.",
  headlineTitle: "En bref",
  alliancesStarted: "alliances engagées",
  introductionsRequested: "mises en relation demandées",
  acceptanceRate: "taux d'acceptation",
  acceptanceNote: (accepted: string, decided: string) =>
    `Taux d'acceptation : ${accepted} demandes acceptées par l'organisation sollicitée (suivies ou non d'une alliance) sur ${decided} demandes qui ont reçu une réponse (acceptées, déclinées, ou refusées par le catalyseur).`,
  noRate: "—",
  alliances: "Alliances engagées",
  monthsTitle: "Alliances engagées par mois",
  monthsCaption: "Alliances engagées chaque mois, à la date où elles ont été déclarées.",
  monthsSummary: (total: string, first: string, last: string) => `${total} alliances de ${first} à ${last}.`,
  monthsPeak: (count: string, month: string) => `Le plus haut : ${count} en ${month}.`,
  month: "Mois",
  showTable: "Voir les données du graphique",
  regionsTitle: "Par région",
  regionsCaption: "Alliances engagées par région. Une alliance entre organisations de deux régions compte dans chacune.",
  region: "Région",
  seeDepartements: (region: string) => `Voir les départements de la région ${region}`,
  departementsTitle: "Par département",
  departementsCaption: (region: string) => `Alliances engagées par département de la région ${region}.`,
  departement: "Département",
  topDepartementsCaption: (count: number) =>
    `Les ${count} départements qui comptent le plus d'alliances engagées en France. Choisissez une région pour voir tous les siens.`,
  regionLabel: "Région",
  anyRegion: "Choisir une région",
  show: "Afficher",
  noDepartement: "Aucune alliance engagée dans cette région pour l'instant.",
  kindPairsTitle: "Par types d'acteurs",
  kindPairsCaption: "Alliances engagées selon les types des deux organisations, dans un sens ou dans l'autre.",
  kindPair: "Types d'acteurs",
  themesTitle: "Par thème",
  themesCaption:
    "Alliances engagées selon les thèmes des deux organisations. Une alliance compte une fois pour chacun de leurs thèmes : le total dépasse le nombre d'alliances.",
  theme: "Thème",
  partnershipTitle: "Par type de partenariat",
  partnershipCaption: "Alliances engagées selon le type de partenariat déclaré au démarrage.",
  partnershipType: "Type de partenariat",
  unspecified: "Non précisé",
  empty: "Aucune alliance engagée pour l'instant.",
  // "Télécharger (CSV)" on screen, with the dataset's name for screen readers.
  download: { before: "Télécharger", hidden: (dataset: string) => ` les données « ${dataset} »`, after: " (CSV)" },
  openDataTitle: "Données ouvertes",
  openDataLead:
    "Chaque jeu de données est téléchargeable au format CSV (UTF-8, séparateur virgule, une ligne d'en-tête). Seuls des nombres y figurent : ni nom d'organisation, ni coordonnées.",
  datasets: {
    months: "Alliances engagées par mois (24 derniers mois)",
    regions: "Alliances engagées par région",
    departements: "Alliances engagées par département",
    "kind-pairs": "Alliances engagées par paire de types d'acteurs",
    themes: "Alliances engagées par thème",
    "partnership-types": "Alliances engagées par type de partenariat",
  },
  licence: "Licence : ",
  licenceName: "Licence Ouverte / Open Licence version 2.0 (Etalab)",
  licenceAttribution: "Mention de la source : « Alliances — réseau des catalyseurs territoriaux ».",
  methodTitle: "Méthode",
  method: [
    "Une alliance est comptée quand une mise en relation passe au statut « alliance engagée » ; sa date est celle de ce changement.",
    "Le territoire d'une alliance est celui des deux organisations, d'après leur commune.",
    "Les chiffres sont calculés à chaque consultation à partir des données du service ; les mois sont comptés en temps universel (UTC).",
  ],
};

export type ObservatoryMessages = typeof fr;

const en: ObservatoryMessages = {
  title: "Alliance observatory",
  description:
    "The alliances started through the introductions of the network of territorial catalysts: by territory, kind of actors, theme, partnership type and month. Aggregate, anonymous figures, as open data.",
  lead: "How many alliances come out of the network's introductions, where, between which actors and on which themes. Aggregate, anonymous figures: no organisation and no person is named.",
  headlineTitle: "At a glance",
  alliancesStarted: "alliances started",
  introductionsRequested: "introductions requested",
  acceptanceRate: "acceptance rate",
  acceptanceNote: (accepted: string, decided: string) =>
    `Acceptance rate: ${accepted} requests accepted by the organisation asked (whether or not an alliance followed) out of ${decided} requests that got an answer (accepted, declined, or rejected by the catalyst).`,
  noRate: "—",
  alliances: "Alliances started",
  monthsTitle: "Alliances started per month",
  monthsCaption: "Alliances started each month, on the date they were recorded.",
  monthsSummary: (total: string, first: string, last: string) => `${total} alliances from ${first} to ${last}.`,
  monthsPeak: (count: string, month: string) => `Highest: ${count} in ${month}.`,
  month: "Month",
  showTable: "Show the chart's data",
  regionsTitle: "By region",
  regionsCaption: "Alliances started per region. An alliance between organisations of two regions counts in each.",
  region: "Region",
  seeDepartements: (region: string) => `See the départements of ${region}`,
  departementsTitle: "By département",
  departementsCaption: (region: string) => `Alliances started per département of ${region}.`,
  departement: "Département",
  topDepartementsCaption: (count: number) => `The ${count} départements with the most alliances started in France. Choose a region to see all of its own.`,
  regionLabel: "Region",
  anyRegion: "Choose a region",
  show: "Show",
  noDepartement: "No alliance started in this region yet.",
  kindPairsTitle: "By kinds of actors",
  kindPairsCaption: "Alliances started by the kinds of the two organisations, either way round.",
  kindPair: "Kinds of actors",
  themesTitle: "By theme",
  themesCaption:
    "Alliances started by the themes of the two organisations. An alliance counts once for each of their themes: the total exceeds the number of alliances.",
  theme: "Theme",
  partnershipTitle: "By partnership type",
  partnershipCaption: "Alliances started by the partnership type recorded when they started.",
  partnershipType: "Partnership type",
  unspecified: "Not specified",
  empty: "No alliance started yet.",
  download: { before: "Download", hidden: (dataset: string) => ` the data “${dataset}”`, after: " (CSV)" },
  openDataTitle: "Open data",
  openDataLead:
    "Each dataset can be downloaded as CSV (UTF-8, comma-separated, one header row). They hold numbers only: no organisation name, no contact details.",
  datasets: {
    months: "Alliances started per month (last 24 months)",
    regions: "Alliances started per region",
    departements: "Alliances started per département",
    "kind-pairs": "Alliances started per pair of actor kinds",
    themes: "Alliances started per theme",
    "partnership-types": "Alliances started per partnership type",
  },
  licence: "Licence: ",
  licenceName: "Licence Ouverte / Open Licence version 2.0 (Etalab)",
  licenceAttribution: "Credit the source as “Alliances — réseau des catalyseurs territoriaux”.",
  methodTitle: "Method",
  method: [
    "An alliance is counted when an introduction reaches the status “alliance started”; its date is that of this change.",
    "An alliance's territory is that of its two organisations, from their municipality.",
    "Figures are computed at each visit from the service's data; months are counted in universal time (UTC).",
  ],
};

export function getObservatoryMessages(locale: Locale): ObservatoryMessages {
  return locale === "en" ? en : fr;
}
