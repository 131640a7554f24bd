// Texts of the partner proposals (profile section, proposals page, a catalyst's potential alliances), in French
// (reference) and English.
import type { Locale } from "../i18n/messages";

const fr = {
  section: {
    title: "Partenaires proposés",
    leadPublic: "Des organisations proches et complémentaires, calculées à partir des fiches publiques et de leurs besoins et offres.",
    leadMember: "Pour votre organisation : des partenaires proches et complémentaires, sans ceux que vous avez déjà rencontrés par le réseau.",
    seeAll: "Toutes les propositions, sur la carte",
    empty: "Aucun partenaire complémentaire n'a été trouvé pour l'instant, même en élargissant la recherche.",
    emptyMember: "Ajoutez des besoins et des offres à votre fiche : ce sont eux qui font les meilleures propositions.",
  },
  item: { whoMeets: "Qui peut y répondre ?", whoNeeds: "Qui en a besoin ?" },
  proposal: {
    relevance: (percent: string) => `Pertinence ${percent} %`,
    partnership: "Partenariat suggéré",
    reasons: "Pourquoi cette proposition",
    details: "Détail du score",
    component: { fit: "Besoins ↔ offres", complementarity: "Complémentarité des profils", proximity: "Proximité", shared: "Thèmes, objectifs, ODD communs", freshness: "Fraîcheur de la fiche" },
    weight: (weight: string) => `poids ${weight}`,
    introduce: "Demander une mise en relation",
    at: (distance: string) => `à ${distance}`,
  },
  page: {
    title: (name: string) => `Partenaires proposés à ${name}`,
    metaDescription: (name: string) => `Les organisations proches et complémentaires de ${name}, avec les raisons de chaque proposition.`,
    back: "Retour à la fiche",
    focus: "Pour quoi chercher ?",
    wholeOrganisation: "Toute l'organisation",
    need: "Besoin",
    offer: "Offre",
    focusNeed: (title: string) => `Qui peut répondre au besoin « ${title} » ?`,
    focusOffer: (title: string) => `Qui a besoin de l'offre « ${title} » ?`,
    unknownFocus: "Ce besoin ou cette offre n'existe pas ou n'est plus ouvert : voici les propositions pour toute l'organisation.",
    radius: (radius: number, count: string) => `${count} organisations publiées examinées à moins de ${radius} km.`,
    widened: "Rayon élargi : trop peu d'organisations plus près.",
    map: "Carte des partenaires proposés",
    proposedPartner: "Partenaire proposé (numéro de la liste)",
    seeProfile: "Voir la fiche",
    list: "Liste des propositions",
    emptyFocus: "Personne à proximité ne propose ou ne cherche encore ce type de ressource.",
    howItWorks: "Comment sont calculées les propositions ?",
    howItWorksText:
      "Chaque organisation publiée proche reçoit un score : besoins et offres qui se répondent (surtout dans les deux sens), profils d'acteurs différents, proximité (même intercommunalité, même département, distance), thèmes, objectifs et ODD partagés, fraîcheur de la fiche. Les dix premières ne sont pas toutes du même type d'acteur.",
  },
  alliances: {
    title: "Alliances potentielles du territoire",
    metaTitle: "Alliances potentielles",
    lead: "Les paires d'organisations de votre territoire dont les besoins et les offres se répondent, et qui n'ont pas encore été mises en relation : de quoi préparer vos prochaines rencontres.",
    catalyst: "Catalyseur",
    show: "Afficher",
    considered: (considered: string, total: string) => `${considered} organisations examinées sur ${total} publiées dans le territoire.`,
    empty: "Aucune paire complémentaire dans ce territoire pour l'instant.",
    pair: "Paire",
    // Read between the two names of a pair, for screen readers (the screen shows an arrow).
    and: " et ",
    chooseCatalyst: "Choisissez un catalyseur pour voir les alliances potentielles de son territoire.",
  },
};

export type MatchingMessages = typeof fr;

const en: MatchingMessages = {
  section: {
    title: "Proposed partners",
    leadPublic: "Nearby, complementary organisations, computed from public profiles and their needs and offers.",
    leadMember: "For your organisation: nearby, complementary partners, leaving out those you already met through the network.",
    seeAll: "All proposals, on the map",
    empty: "No complementary partner found yet, even with a wider search.",
    emptyMember: "Add needs and offers to your profile: they make the best proposals.",
  },
  item: { whoMeets: "Who could meet it?", whoNeeds: "Who needs it?" },
  proposal: {
    relevance: (percent: string) => `Relevance ${percent}%`,
    partnership: "Suggested partnership",
    reasons: "Why this proposal",
    details: "Score details",
    component: { fit: "Needs ↔ offers", complementarity: "Complementary profiles", proximity: "Proximity", shared: "Shared themes, objectives, SDGs", freshness: "Profile freshness" },
    weight: (weight: string) => `weight ${weight}`,
    introduce: "Request an introduction",
    at: (distance: string) => `${distance} away`,
  },
  page: {
    title: (name: string) => `Partners proposed to ${name}`,
    metaDescription: (name: string) => `Nearby, complementary organisations for ${name}, with the reasons for each proposal.`,
    back: "Back to the profile",
    focus: "Looking for what?",
    wholeOrganisation: "The whole organisation",
    need: "Need",
    offer: "Offer",
    focusNeed: (title: string) => `Who could meet the need “${title}”?`,
    focusOffer: (title: string) => `Who needs the offer “${title}”?`,
    unknownFocus: "This need or offer does not exist or is no longer open: here are the proposals for the whole organisation.",
    radius: (radius: number, count: string) => `${count} published organisations examined within ${radius} km.`,
    widened: "Wider radius: too few organisations closer.",
    map: "Map of the proposed partners",
    proposedPartner: "Proposed partner (number in the list)",
    seeProfile: "See the profile",
    list: "List of proposals",
    emptyFocus: "Nobody nearby offers or looks for this kind of resource yet.",
    howItWorks: "How are proposals computed?",
    howItWorksText:
      "Every nearby published organisation gets a score: needs and offers that meet (best both ways), different kinds of actors, proximity (same inter-municipality, same département, distance), shared themes, objectives and SDGs, and how fresh the profile is. The top ten are not all of the same kind of actor.",
  },
  alliances: {
    title: "Potential alliances of the territory",
    metaTitle: "Potential alliances",
    lead: "Pairs of organisations of your territory whose needs and offers meet and who have not been introduced yet: material for your next meetings.",
    catalyst: "Catalyst",
    show: "Show",
    considered: (considered: string, total: string) => `${considered} organisations examined out of ${total} published in the territory.`,
    empty: "No complementary pair in this territory yet.",
    pair: "Pair",
    and: " and ",
    chooseCatalyst: "Choose a catalyst to see the potential alliances of its territory.",
  },
};

export function getMatchingMessages(locale: Locale): MatchingMessages {
  return locale === "en" ? en : fr;
}
