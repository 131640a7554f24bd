// Texts of the moderation cards, French (reference) and English: what a catalyst reads to check a registration
// (its needs and offers, its contact person, the applicant's address, probable duplicates, the register, the wait).
import type { Locale } from "@/lib/i18n/messages";
import type { DuplicateReason } from "./duplicates";
import type { DomainCheck } from "./moderation-checks";

const daysFr = (days: number) => (days > 1 ? `${days} jours` : "1 jour");
const daysEn = (days: number) => (days > 1 ? `${days} days` : "1 day");

const fr = {
  waiting: (days: number) => (days === 0 ? "en attente depuis aujourd'hui" : `en attente depuis ${daysFr(days)}`),
  typical: (days: number) => `délai habituel : ${daysFr(days)}`,
  overdue: "en retard",
  checksTitle: "Vérifications",
  domain: (check: DomainCheck): string => {
    switch (check.kind) {
      case "same":
        return `Adresse en @${check.emailDomain}, site ${check.websiteDomain} : même domaine.`;
      case "different":
        return `Adresse en @${check.emailDomain}, site ${check.websiteDomain} : domaines différents.`;
      case "webmail":
        return `Adresse en @${check.emailDomain} : messagerie grand public, elle ne dit rien de l'organisation.`;
      default:
        return check.emailDomain ? `Adresse en @${check.emailDomain}, pas de site à comparer.` : "Pas d'adresse à comparer au site.";
    }
  },
  register: (identifier: string, value: string) => `Voir ${identifier} ${value} au registre officiel`,
  newTab: "(nouvel onglet)",
  noIdentifier: "Aucun identifiant à vérifier au registre.",
  duplicatesTitle: (count: number) => (count > 1 ? `${count} doublons probables` : "1 doublon probable"),
  noDuplicates: "Aucun doublon probable parmi les organisations publiées ou en attente.",
  duplicateStatus: { published: "publiée", pending: "en attente" } as Record<"published" | "pending", string>,
  duplicateReasons: {
    siret: "même SIRET",
    rna: "même RNA",
    siren: "même SIREN et nom proche",
    "same-name": "même nom dans la même commune",
    "similar-name": "nom très proche, à moins de 15 km",
  } satisfies Record<DuplicateReason, string>,
  detailsSummary: "Besoins, offres et contact",
  needsOffersTitle: "Besoins et offres",
  need: "Besoin",
  offer: "Offre",
  noNeedsOffers: "Aucun besoin ni offre ouverts.",
  contactTitle: "Personne à contacter",
  contactName: "Nom",
  contactRole: "Fonction",
  contactEmail: "E-mail",
  contactPhone: "Téléphone",
  website: "Site",
  notGiven: "non renseigné",
};

export type ModerationCardMessages = typeof fr;

const en: ModerationCardMessages = {
  waiting: (days: number) => (days === 0 ? "waiting since today" : `waiting for ${daysEn(days)}`),
  typical: (days: number) => `usual delay: ${daysEn(days)}`,
  overdue: "overdue",
  checksTitle: "Checks",
  domain: (check: DomainCheck): string => {
    switch (check.kind) {
      case "same":
        return `Address at @${check.emailDomain}, website ${check.websiteDomain}: same domain.`;
      case "different":
        return `Address at @${check.emailDomain}, website ${check.websiteDomain}: different domains.`;
      case "webmail":
        return `Address at @${check.emailDomain}: a public mail service, it says nothing of the organisation.`;
      default:
        return check.emailDomain ? `Address at @${check.emailDomain}, no website to compare.` : "No address to compare with the website.";
    }
  },
  register: (identifier: string, value: string) => `See ${identifier} ${value} in the official register`,
  newTab: "(new tab)",
  noIdentifier: "No identifier to check in the register.",
  duplicatesTitle: (count: number) => (count > 1 ? `${count} probable duplicates` : "1 probable duplicate"),
  noDuplicates: "No probable duplicate among published or pending organisations.",
  duplicateStatus: { published: "published", pending: "pending" },
  duplicateReasons: {
    siret: "same SIRET",
    rna: "same RNA",
    siren: "same SIREN and a similar name",
    "same-name": "same name in the same commune",
    "similar-name": "very similar name, less than 15 km apart",
  },
  detailsSummary: "Needs, offers and contact",
  needsOffersTitle: "Needs and offers",
  need: "Need",
  offer: "Offer",
  noNeedsOffers: "No open need or offer.",
  contactTitle: "Contact person",
  contactName: "Name",
  contactRole: "Role",
  contactEmail: "E-mail",
  contactPhone: "Phone",
  website: "Website",
  notGiven: "not given",
};

export function getModerationCardMessages(locale: Locale): ModerationCardMessages {
  return locale === "en" ? en : fr;
}
