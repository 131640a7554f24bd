// Texts of the map page in French (the reference) and English. Pure module: the server page picks the language
// and hands the texts to the client components.
import type { Locale } from "../i18n/messages";

const fr = {
  title: "Carte du réseau",
  description:
    "Les catalyseurs territoriaux et les organisations du réseau sur la carte de France, filtrables comme l'annuaire : type d'acteur, thème, ressources, objectifs, ODD.",
  lead: "Catalyseurs territoriaux et organisations publiées, là où ils agissent.",
  filters: "Filtres",
  kindsLegend: "Types d'acteurs",
  layersLegend: "Calques",
  catalysts: "Catalyseurs territoriaux",
  theme: "Thème",
  allThemes: "Tous les thèmes",
  offers: "Ressource proposée",
  needs: "Ressource recherchée",
  objective: "Objectif d'alliance",
  odd: "Objectif de développement durable (ODD)",
  any: "Tous",
  territory: "Territoire",
  territoryLabels: { region: "Région", departement: "Département", epci: "Intercommunalité", commune: "Commune" },
  removeFilter: (label: string) => `Retirer le filtre : ${label}`,
  reset: "Réinitialiser les filtres",
  list: "Voir ces résultats sous forme de liste",
  loading: "Chargement de la carte…",
  error: "La carte n'a pas pu être chargée.",
  retry: "Réessayer",
  emptyZone: "Aucune organisation dans cette zone",
  emptyHint: "Dézoomez ou élargissez les filtres.",
  inView: (organisations: string, catalysts: string) => `${organisations} dans cette zone · ${catalysts}`,
  outOfView: (organisations: string, catalysts: string) =>
    `Le réseau compte ${organisations} et ${catalysts} en tout : les autres sont hors de cette vue (outre-mer, ou plus loin). Dézoomez ou déplacez la carte.`,
  organisationsCount: (count: number, formatted: string) => `${formatted} organisation${count > 1 ? "s" : ""}`,
  catalystsCount: (count: number, formatted: string) => `${formatted} catalyseur${count > 1 ? "s" : ""}`,
  clusterTitle: (count: string) => `${count} — agrandir la zone`,
  stackTitle: (count: string) => `${count} au même endroit — afficher la liste`,
  stackHeading: (count: string, commune: string) => `${count} à ${commune}`,
  stackMore: "Voir toute la liste",
  profile: "Voir la fiche",
  catalystKind: "Catalyseur territorial",
  mapLabel: "Carte interactive : utilisez les flèches pour vous déplacer, + et − pour zoomer",
  attributionData: "GeoNames (CC BY 4.0) · INSEE COG",
  attributionOutlines: "Contours : Natural Earth",
  export: "Télécharger les données (GeoJSON)",
  keyboardHint: "Flèches pour se déplacer, + et − pour zoomer",
  needsJavaScript: "La carte s'affiche avec JavaScript.",
};

export type MapMessages = typeof fr;

const en: MapMessages = {
  title: "Network map",
  description:
    "Territorial catalysts and the network's organisations on the map of France, filtered like the directory: actor kind, theme, resources, objectives, SDGs.",
  lead: "Territorial catalysts and published organisations, where they work.",
  filters: "Filters",
  kindsLegend: "Actor kinds",
  layersLegend: "Layers",
  catalysts: "Territorial catalysts",
  theme: "Theme",
  allThemes: "All themes",
  offers: "Resource offered",
  needs: "Resource needed",
  objective: "Alliance objective",
  odd: "Sustainable Development Goal (SDG)",
  any: "All",
  territory: "Territory",
  territoryLabels: { region: "Region", departement: "Département", epci: "Intercommunality", commune: "Commune" },
  removeFilter: (label: string) => `Remove the filter: ${label}`,
  reset: "Reset the filters",
  list: "See these results as a list",
  loading: "Loading the map…",
  error: "The map could not be loaded.",
  retry: "Try again",
  emptyZone: "No organisation in this area",
  emptyHint: "Zoom out or widen the filters.",
  inView: (organisations: string, catalysts: string) => `${organisations} in this area · ${catalysts}`,
  outOfView: (organisations: string, catalysts: string) =>
    `The network has ${organisations} and ${catalysts} in all: the others are outside this view (overseas, or further away). Zoom out or move the map.`,
  organisationsCount: (count: number, formatted: string) => `${formatted} organisation${count === 1 ? "" : "s"}`,
  catalystsCount: (count: number, formatted: string) => `${formatted} catalyst${count === 1 ? "" : "s"}`,
  clusterTitle: (count: string) => `${count} — zoom in`,
  stackTitle: (count: string) => `${count} at the same place — show the list`,
  stackHeading: (count: string, commune: string) => `${count} in ${commune}`,
  stackMore: "See the whole list",
  profile: "See the profile",
  catalystKind: "Territorial catalyst",
  mapLabel: "Interactive map: use the arrow keys to move, + and − to zoom",
  attributionData: "GeoNames (CC BY 4.0) · INSEE COG",
  attributionOutlines: "Outlines: Natural Earth",
  export: "Download the data (GeoJSON)",
  keyboardHint: "Arrow keys to move, + and − to zoom",
  needsJavaScript: "The map needs JavaScript.",
};

export function getMapMessages(locale: Locale): MapMessages {
  return locale === "en" ? en : fr;
}
