// The Charter page's text, French (reference) and English: what an organisation adheres to when it joins the
// network (the registration's last step links here). A summary in the network's words, not the full Charter.
import type { Locale } from "@/lib/i18n/messages";

const fr = {
  title: "La Charte du faire alliance",
  description: "Ce à quoi adhère une organisation qui rejoint le réseau : la Charte du faire alliance, contrat de confiance entre acteurs complémentaires.",
  lead: "Publiée en 2021 par la Fondation des Territoires, la Charte du faire alliance est un « contrat de confiance » entre acteurs de profils complémentaires — collectivités, entreprises, associations, fondations, acteurs publics et académiques — qui veulent faire ensemble ce qu'aucun ne peut réussir seul (ODD 17). Chaque organisation qui rejoint le réseau déclare y adhérer.",
  principlesTitle: "Ce à quoi notre organisation s'engage",
  principles: [
    "Partir des besoins du territoire et de ses habitants, et les regarder ensemble avant de chercher des solutions.",
    "Reconnaître la valeur de chacun : un partenaire apporte ce qu'il sait faire, quels que soient sa taille et son statut.",
    "Dire clairement ce que l'on cherche et ce que l'on peut apporter, et tenir ce que l'on a promis.",
    "Veiller à l'équilibre de chaque partenaire : une alliance ne doit fragiliser aucun de ses membres.",
    "Décider ensemble des objectifs, de la façon de travailler et de la manière d'en sortir.",
    "Partager ce que l'on apprend, y compris ce qui n'a pas marché, et évaluer ensemble ce que l'alliance a produit.",
    "Respecter la confiance accordée : les coordonnées et les informations échangées ne servent qu'à l'alliance.",
  ],
  catalystsTitle: "Le rôle des catalyseurs territoriaux",
  catalysts:
    "Les catalyseurs territoriaux sont les tiers de confiance du réseau : ils valident les inscriptions de leur territoire et présentent les organisations les unes aux autres, avec l'accord des deux parties.",
  source: "La Charte est un outil de bien commun, conçu et tenu à jour par la Fondation des Territoires ; ce résumé en reprend l'esprit pour le réseau.",
  register: "Inscrire une organisation",
};

export type CharterMessages = typeof fr;

const en: CharterMessages = {
  title: "The Charte du faire alliance",
  description: "What an organisation adheres to when it joins the network: the Charte du faire alliance, a trust contract between complementary actors.",
  lead: "Published in 2021 by the Fondation des Territoires, the Charte du faire alliance (charter for building alliances) is a “trust contract” between actors of complementary profiles — local authorities, companies, associations, foundations, public and academic bodies — who want to do together what none can achieve alone (SDG 17). Every organisation joining the network declares that it adheres to it.",
  principlesTitle: "What our organisation commits to",
  principles: [
    "Start from the needs of the territory and its people, and look at them together before looking for solutions.",
    "Recognise the value of each: a partner brings what it knows how to do, whatever its size and status.",
    "Say clearly what one is looking for and what one can bring, and keep one's promises.",
    "Take care of each partner's balance: an alliance must weaken none of its members.",
    "Decide together on the objectives, the way of working and how to end the alliance.",
    "Share what one learns, including what did not work, and assess together what the alliance achieved.",
    "Respect the trust given: contact details and information exchanged serve the alliance only.",
  ],
  catalystsTitle: "The role of territorial catalysts",
  catalysts:
    "Territorial catalysts are the network's trusted third parties: they approve the registrations of their territory and introduce organisations to one another, with both sides' consent.",
  source: "The Charter is a common good, designed and kept up to date by the Fondation des Territoires; this summary conveys its spirit for the network.",
  register: "Register an organisation",
};

export function getCharterMessages(locale: Locale): CharterMessages {
  return locale === "en" ? en : fr;
}
