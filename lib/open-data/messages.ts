// Texts of the /open-data page, French first: what the downloads hold, their formats, licence, freshness, and what
// they never hold. The licence's own words (name, attribution) are in licence.ts, shared with the files themselves.
import type { Locale } from "../i18n/messages";

const fr = {
  title: "Données ouvertes",
  description: "Catalyseurs et organisations du réseau en GeoJSON et au format Open Referral HSDS, sous Licence Ouverte 2.0.",
  lead: "Le réseau des catalyseurs territoriaux est un bien commun : ses données publiques sont téléchargeables et réutilisables librement, y compris à des fins commerciales.",
  downloadsTitle: "Téléchargements",
  caption: "Fichiers à télécharger",
  columns: ["Fichier", "Format", "Contenu"],
  /** What each download holds, by kind of file. */
  downloads: {
    catalysts:
      "Les catalyseurs territoriaux : nom, structure hôte, métiers, site web, commune, position, territoire couvert (communes, intercommunalités, départements, avec codes INSEE et noms), adresse de leur page.",
    organisations:
      "Les organisations publiées : nom, type d'acteur, taille ou niveau, ESS / SIAE / entreprise à mission, SIREN, thèmes, ODD, objectifs, site web, commune, position, adresse de leur fiche.",
    hsds: "Le même annuaire au standard international des annuaires de services : organisations (avec SIREN / RNA), lieux (la commune ou le point choisi par l'organisation) et services (les offres ouvertes, classées par type de ressource), reliés par leurs identifiants.",
  },
  // A sentence around two links (the observatory, then the OpenAPI document): before, the first link's words, between.
  figures: "Les chiffres des mises en relation et des alliances (anonymes, en CSV) sont sur ",
  observatory: "l'observatoire",
  api: ". Les mêmes données s'interrogent par l'API publique, décrite en ",
  formatsTitle: "Formats",
  formats: [
    "GeoJSON : une FeatureCollection de points en WGS 84, [longitude, latitude], six décimales ; chaque objet a pour identifiant l'UUID de la fiche. S'ouvre dans QGIS, uMap ou tout outil cartographique.",
    "HSDS : un objet JSON avec les tableaux organizations, locations et services, aux noms de champs du standard Open Referral (Human Services Data Specification 3.0) ; les identifiants sont stables d'un téléchargement à l'autre.",
    "Encodage UTF-8. Chaque fichier rappelle sa licence et la mention de la source.",
  ],
  licenceTitle: "Licence et mention de la source",
  licence: "Licence : ",
  reuse: "Vous pouvez copier, modifier, publier et exploiter ces données, à condition de mentionner leur source et la date de leur dernière mise à jour :",
  frequencyTitle: "Fréquence de mise à jour",
  frequency: (minutes: number, rebuildMinutes: number) =>
    `Quelques minutes après chaque changement : les fichiers sont reconstruits en arrière-plan dès que l'annuaire change (au plus toutes les ${rebuildMinutes} minutes), puis servis tels quels, avec leur étiquette ETag et leur date (Last-Modified) ; une demande conditionnelle (If-None-Match, If-Modified-Since) pour un fichier inchangé reçoit 304. Les caches intermédiaires les gardent ${minutes} minutes. Une organisation apparaît peu après la validation de sa fiche et disparaît peu après sa suspension ou sa suppression. Le fichier HSDS donne sa date de production (generated_at).`,
  personalDataTitle: "Aucune donnée personnelle",
  personalData:
    "Ces fichiers ne contiennent que des informations sur des organisations, jamais sur des personnes : ni personne contact (nom, fonction, e-mail, téléphone), ni coordonnées des catalyseurs — même celles qu'un catalyseur affiche sur sa page —, ni comptes utilisateurs, ni mises en relation. Seules les organisations publiées y figurent ; pour joindre une organisation ou un catalyseur, passez par le site.",
  privacy: "Nos engagements sur les données personnelles",
};

export type OpenDataMessages = typeof fr;

const en: OpenDataMessages = {
  title: "Open data",
  description: "The network's catalysts and organisations as GeoJSON and Open Referral HSDS, under the Licence Ouverte 2.0.",
  lead: "The network of territorial catalysts is a common good: its public data can be downloaded and reused freely, commercial uses included.",
  downloadsTitle: "Downloads",
  caption: "Files to download",
  columns: ["File", "Format", "Contents"],
  downloads: {
    catalysts:
      "Territorial catalysts: name, host structure, trades, website, commune, position, territory covered (communes, inter-municipalities, départements, with INSEE codes and names), address of their page.",
    organisations:
      "Published organisations: name, kind of actor, size or level, social economy / inclusion / mission-driven flags, SIREN, themes, SDGs, objectives, website, commune, position, address of their profile.",
    hsds: "The same directory in the international standard for service directories: organizations (with SIREN / RNA), locations (the commune or the point the organisation chose) and services (open offers, classified by kind of resource), linked by their ids.",
  },
  figures: "Figures on introductions and alliances (anonymous, as CSV) are on ",
  observatory: "the observatory",
  api: ". The same data can be queried through the public API, described in ",
  formatsTitle: "Formats",
  formats: [
    "GeoJSON: a FeatureCollection of points in WGS 84, [longitude, latitude], six decimals; each feature's id is the record's UUID. Opens in QGIS, uMap or any mapping tool.",
    "HSDS: one JSON object with the organizations, locations and services arrays, under the field names of the Open Referral standard (Human Services Data Specification 3.0); ids are stable from one download to the next.",
    "UTF-8 encoding. Each file states its licence and the credit to give.",
  ],
  licenceTitle: "Licence and attribution",
  licence: "Licence: ",
  reuse: "You may copy, modify, publish and exploit this data, provided you credit its source and the date of its last update:",
  frequencyTitle: "Update frequency",
  frequency: (minutes: number, rebuildMinutes: number) =>
    `A few minutes after each change: the files are rebuilt in the background once the directory changes (at most every ${rebuildMinutes} minutes), then served as built, with their ETag and date (Last-Modified); a conditional request (If-None-Match, If-Modified-Since) for an unchanged file gets 304. Intermediate caches keep them ${minutes} minutes. An organisation appears shortly after its profile is approved and disappears shortly after it is suspended or deleted. The HSDS file gives the time it was produced (generated_at).`,
  personalDataTitle: "No personal data",
  personalData:
    "These files hold information about organisations only, never about people: no contact person (name, role, e-mail, phone), no catalyst contact details — not even those a catalyst shows on its page —, no user accounts, no introductions. Only published organisations are included; to reach an organisation or a catalyst, use the site.",
  privacy: "Our commitments on personal data",
};

export function getOpenDataMessages(locale: Locale): OpenDataMessages {
  return locale === "en" ? en : fr;
}
