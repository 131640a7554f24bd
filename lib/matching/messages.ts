// Texts of the partner proposals (profile section, proposals page, a catalyst's potential alliances), in French
// (reference) and English.
import type { ResourceKind } from "@/lib/shared/vocabulary";
import type { Locale } from "../i18n/messages";
import { de, que } from "../shared/french";

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
    partnershipHints: {
      mecenat: "un don d'une entreprise ou d'une fondation : financier, en nature ou de compétences",
      responsible_practices: "l'expertise de l'un fait évoluer les pratiques de l'autre",
      economic_cooperation: "une activité économique menée ensemble : achats, emploi, offre commune",
      societal_innovation: "expérimenter ensemble de nouvelles réponses à un besoin du territoire",
    },
    reasons: "Pourquoi cette proposition",
    details: "Détail du score",
    component: {
      fit: "Besoins ↔ offres",
      complementarity: "Complémentarité des profils",
      proximity: "Proximité",
      shared: "Thèmes, objectifs, ODD communs",
      freshness: "Fraîcheur de la fiche",
    },
    weight: (weight: string) => `poids ${weight}`,
    introduce: "Demander une mise en relation",
    at: (distance: string) => `à ${distance}`,
  },
  page: {
    title: (name: string) => `Partenaires proposés à ${name}`,
    metaDescription: (name: string) => `Les organisations proches et complémentaires ${de(name)}, avec les raisons de chaque proposition.`,
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
    filters: "Filtrer les propositions",
    kind: "Type d'acteur",
    anyKind: "Tous les types",
    resource: "Ressource échangée",
    anyResource: "Toutes les ressources",
    distance: "Distance",
    anyDistance: "Toutes les distances",
    within: (km: number) => `À moins de ${km} km`,
    apply: "Filtrer",
    reset: "Effacer les filtres",
    showing: (shown: number, total: number) => `${shown} proposition${shown > 1 ? "s" : ""} sur ${total}`,
    seeMore: "Voir plus",
    emptyFiltered: "Aucune proposition ne correspond à ces filtres.",
    samePartnership: "Partenariat suggéré pour toutes ces propositions",
    partnershipText:
      "Le partenariat suggéré vient de l'échange le plus fort de la paire et de qui donne : des financements ou des compétences d'une entreprise ou d'une fondation suggèrent du mécénat, une expertise des pratiques responsables, des achats ou de l'emploi une coopération économique, un accès au terrain ou des données une innovation sociétale ; sans échange, un objectif partagé. C'est une piste à discuter, pas une obligation.",
    howItWorks: "Comment sont calculées les propositions ?",
    howItWorksText:
      "Dans un rayon de 30 km (plus large là où il y a peu d'organisations), on retient les organisations dont les offres répondent à vos besoins ou dont les besoins répondent à vos offres, et les plus proches. Chacune reçoit un score : d'abord combien de vos besoins elle couvre et à quel point (type de ressource, puis thèmes), puis ce que vous pouvez lui apporter ; un échange dans les deux sens passe devant un échange à sens unique. Comptent ensuite des profils d'acteurs différents, la proximité à l'échelle de la densité locale (3 km, c'est loin en ville, pas à la campagne), les thèmes, objectifs et ODD partagés et la fraîcheur de la fiche ; une organisation qui répond vite aux mises en relation passe un peu devant. Les dix premières ne sont pas toutes du même type d'acteur.",
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
  /**
   * The reasons of a proposal as sentences (lib/matching/reasons.ts picks one per reason). `you`: the reader is the
   * organisation the reason is about; `them` names it otherwise.
   */
  reasons: {
    thisOrganisation: "cette organisation",
    /** `met` of the `total` needs looked at are met by what is offered. */
    offers: (what: string, you: boolean, them: string, met: number, total: number) =>
      `Propose ${what}, ${
        met >= total && total > 1
          ? you
            ? `${total === 2 ? "vos deux" : `vos ${total}`} besoins`
            : `${total === 2 ? "les deux" : `les ${total}`} besoins ${de(them)}`
          : total > 1
            ? you
              ? `${met} de vos ${total} besoins`
              : `${met} des ${total} besoins ${de(them)}`
            : you
              ? "dont vous avez besoin"
              : `dont ${them} a besoin`
      }`,
    needs: (what: string, you: boolean, them: string) => `A besoin ${what}, ${you ? "que vous proposez" : `${que(them)} propose`}`,
    nearby: (kind: string, distance: string, area: string) => `${kind} à ${distance}${area}`,
    sameCommune: (kind: string) => `${kind} de la même commune`,
    sameEpci: ", même intercommunalité",
    sameEpt: ", même territoire du Grand Paris",
    sameDepartement: ", même département",
    complementary: (pair: string) => `Profils complémentaires : ${pair}`,
    sharedThemes: (count: number, themes: string) => `${count > 1 ? "Thèmes" : "Thème"} en commun : ${themes}`,
    quote: (text: string) => `« ${text} »`,
    sharedObjectives: (objectives: string) => `Même objectif : ${objectives}`,
    sharedOdd: (count: number, odd: string) => `ODD en commun : ${odd}`,
    recentlyUpdated: (months: number) => `Fiche à jour (moins de ${months} mois)`,
    /** What is offered ("Propose du financement") and what is needed ("A besoin de financement"), by resource kind. */
    resources: {
      funding: { offered: "du financement", needed: "de financement" },
      skills: { offered: "du mécénat de compétences", needed: "de mécénat de compétences" },
      volunteering: { offered: "du bénévolat et l'engagement de ses salariés", needed: "de bénévoles" },
      expertise: { offered: "une expertise", needed: "d'une expertise" },
      premises: { offered: "des locaux", needed: "de locaux" },
      equipment: { offered: "du matériel ou des dons en nature", needed: "de matériel ou de dons en nature" },
      network: { offered: "son réseau et de la visibilité", needed: "de réseau et de visibilité" },
      purchasing: { offered: "des achats responsables et des débouchés", needed: "de débouchés et d'achats responsables" },
      employment: { offered: "des emplois, stages ou immersions", needed: "d'emplois, de stages ou d'immersions" },
      training: { offered: "de la formation", needed: "de formation" },
      data_research: { offered: "des données, de la recherche ou un diagnostic", needed: "de données, de recherche ou d'un diagnostic" },
      field_access: { offered: "un accès à son public ou un terrain d'expérimentation", needed: "d'un accès à un public ou d'un terrain d'expérimentation" },
      project_engineering: { offered: "de l'ingénierie de projet", needed: "d'ingénierie de projet" },
    } satisfies Record<ResourceKind, { offered: string; needed: string }>,
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
    partnershipHints: {
      mecenat: "a gift from a company or a foundation: financial, in kind or in skills",
      responsible_practices: "one side's expertise improves the other's practices",
      economic_cooperation: "an economic activity run together: purchasing, jobs, a joint offer",
      societal_innovation: "trying out new answers to a local need together",
    },
    reasons: "Why this proposal",
    details: "Score details",
    component: {
      fit: "Needs ↔ offers",
      complementarity: "Complementary profiles",
      proximity: "Proximity",
      shared: "Shared themes, objectives, SDGs",
      freshness: "Profile freshness",
    },
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
    filters: "Filter the proposals",
    kind: "Kind of actor",
    anyKind: "All kinds",
    resource: "Resource exchanged",
    anyResource: "All resources",
    distance: "Distance",
    anyDistance: "Any distance",
    within: (km: number) => `Within ${km} km`,
    apply: "Filter",
    reset: "Clear the filters",
    showing: (shown: number, total: number) => `${shown} proposal${shown > 1 ? "s" : ""} of ${total}`,
    seeMore: "See more",
    emptyFiltered: "No proposal matches these filters.",
    samePartnership: "Suggested partnership for all these proposals",
    partnershipText:
      "The suggested partnership comes from the pair's strongest exchange and who gives it: funding or skills from a company or a foundation suggest sponsorship, expertise responsible practices, purchasing or jobs economic cooperation, field access or data societal innovation; with no exchange, a shared objective. It is a lead to discuss, not a commitment.",
    howItWorks: "How are proposals computed?",
    howItWorksText:
      "Within 30 km (wider where organisations are few), we keep the organisations whose offers meet your needs or whose needs your offers meet, and the nearest ones. Each gets a score: first how many of your needs it meets and how well (kind of resource, then themes), then what you can bring it; an exchange both ways comes before a one-way one. Then come different kinds of actors, proximity on the scale of the local density (3 km is far in a city, not in the countryside), shared themes, objectives and SDGs, and how fresh the profile is; an organisation that answers introductions quickly comes a little higher. The top ten are not all of the same kind of actor.",
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
  reasons: {
    thisOrganisation: "this organisation",
    offers: (what: string, you: boolean, them: string, met: number, total: number) =>
      `Offers ${what}, ${
        met >= total && total > 1
          ? you
            ? `${total === 2 ? "both" : `all ${total}`} of your needs`
            : `${total === 2 ? "both" : `all ${total}`} of ${them}'s needs`
          : total > 1
            ? you
              ? `${met} of your ${total} needs`
              : `${met} of ${them}'s ${total} needs`
            : you
              ? "which you need"
              : `which ${them} needs`
      }`,
    needs: (what: string, you: boolean, them: string) => `Needs ${what}, which ${you ? "you offer" : `${them} offers`}`,
    nearby: (kind: string, distance: string, area: string) => `${kind} ${distance} away${area}`,
    sameCommune: (kind: string) => `${kind} in the same municipality`,
    sameEpci: ", same inter-municipality",
    sameEpt: ", same Grand Paris territory",
    sameDepartement: ", same département",
    complementary: (pair: string) => `Complementary profiles: ${pair}`,
    sharedThemes: (count: number, themes: string) => `${count > 1 ? "Themes" : "Theme"} in common: ${themes}`,
    quote: (text: string) => `“${text}”`,
    sharedObjectives: (objectives: string) => `Same objective: ${objectives}`,
    sharedOdd: (count: number, odd: string) => `SDG${count > 1 ? "s" : ""} in common: ${odd}`,
    recentlyUpdated: (months: number) => `Profile up to date (under ${months} months)`,
    resources: {
      funding: { offered: "funding", needed: "funding" },
      skills: { offered: "skills-based sponsorship", needed: "skills-based sponsorship" },
      volunteering: { offered: "volunteering and staff engagement", needed: "volunteers" },
      expertise: { offered: "expertise", needed: "expertise" },
      premises: { offered: "premises", needed: "premises" },
      equipment: { offered: "equipment or in-kind donations", needed: "equipment or in-kind donations" },
      network: { offered: "its network and visibility", needed: "a network and visibility" },
      purchasing: { offered: "responsible purchasing and outlets", needed: "outlets and responsible purchasing" },
      employment: { offered: "jobs, internships or immersion", needed: "jobs, internships or immersion" },
      training: { offered: "training", needed: "training" },
      data_research: { offered: "data, research or an assessment", needed: "data, research or an assessment" },
      field_access: { offered: "access to its public or a testing ground", needed: "access to a public or a testing ground" },
      project_engineering: { offered: "project engineering", needed: "project engineering" },
    },
  },
};

export function getMatchingMessages(locale: Locale): MatchingMessages {
  return locale === "en" ? en : fr;
}
