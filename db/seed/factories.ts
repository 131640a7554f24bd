// Data factories: plausible, clearly fictitious organisations, needs/offers and people on the real French map.
// The demo network, the synthetic benchmark sets and the tests all build their rows here.
import type { NewNeedOffer, NewOrganisation } from "../schema";
import {
  OBJECTIVES,
  THEMES,
  type ActorKind,
  type NeedOfferDirection,
  type Objective,
  type OrganisationStatus,
  type ResourceKind,
  type Theme,
} from "../../lib/shared/vocabulary";
import { withLuhnCheckDigit } from "../../lib/shared/french-identifiers";
import { slugify } from "../../lib/shared/slug";
import type { SeededRandom } from "./random";
import type { TerritoryCommune } from "./territories-data";
import { DAY_MS } from "../../lib/shared/time";
import { au, de } from "../../lib/shared/french";

/** Demo data is dated against a fixed day so that it is identical whenever it is generated. */
export const DEMO_REFERENCE_DATE = new Date("2026-11-01T09:00:00Z");

export const FICTITIOUS_NOTICE = "Données fictives de démonstration.";

const FIRST_NAMES = [
  "Camille",
  "Claire",
  "Léa",
  "Manon",
  "Chloé",
  "Inès",
  "Sarah",
  "Julie",
  "Emma",
  "Nadia",
  "Amina",
  "Sophie",
  "Lucas",
  "Hugo",
  "Thomas",
  "Nicolas",
  "Karim",
  "Julien",
  "Antoine",
  "Mathieu",
  "Yanis",
  "Paul",
  "Louis",
  "Marc",
];
const SURNAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
  "Martinez",
  "Legrand",
  "Garnier",
  "Faure",
  "Rousseau",
  "Blanc",
  "Guerin",
  "Muller",
  "Henry",
  "Roussel",
  "Nicolas",
  "Perrin",
  "Morin",
  "Mathieu",
];
const TRADES = [
  "Menuiserie",
  "Transports",
  "Imprimerie",
  "Boulangerie",
  "Paysages",
  "Énergies",
  "Informatique",
  "Bâtiment",
  "Textiles",
  "Conseil",
  "Mécanique",
  "Logistique",
  "Laboratoires",
  "Traiteur",
  "Électricité",
  "Recyclage",
];
const CONTACT_ROLES = [
  "Présidente",
  "Président",
  "Directrice",
  "Directeur",
  "Chargée de partenariats",
  "Chargé de mission RSE",
  "Responsable mécénat",
  "Coordinatrice",
  "Délégué général",
  "Adjointe au maire",
];

export const THEME_NOUNS: Record<Theme, string> = {
  employment_inclusion: "l'insertion professionnelle",
  youth: "la jeunesse",
  education: "la réussite éducative",
  health: "la santé",
  disability: "l'inclusion des personnes handicapées",
  social_ties: "le lien social",
  poverty: "la lutte contre la précarité",
  ecological_transition: "la transition écologique",
  food_agriculture: "l'alimentation durable",
  mobility: "la mobilité solidaire",
  housing: "le logement",
  culture_heritage: "la culture et le patrimoine",
  sport: "le sport pour tous",
  digital_inclusion: "l'inclusion numérique",
  local_economy: "l'économie locale",
  citizenship: "l'engagement citoyen",
  ageing: "le bien-vieillir",
  equality_diversity: "l'égalité des chances",
  rural_revitalisation: "la revitalisation rurale",
};

const ASSOCIATION_NAMES: Record<Theme, string[]> = {
  employment_inclusion: ["Tremplin Emploi", "Chantier d'insertion", "Parcours Emploi"],
  youth: ["Maison des jeunes", "Jeunes en action", "Cap Jeunesse"],
  education: ["Coup de pouce scolaire", "Savoirs partagés", "École ouverte"],
  health: ["Santé solidaire", "Prévention santé", "Bien-être pour tous"],
  disability: ["Handi'Cap", "Accès pour tous", "Différences et compétences"],
  social_ties: ["Entraide", "Voisins solidaires", "Café des liens"],
  poverty: ["Épicerie solidaire", "Restos du partage", "Solidarité accueil"],
  ecological_transition: ["Repair café", "Territoire en transition", "Énergies citoyennes"],
  food_agriculture: ["Jardins partagés", "Paniers paysans", "Cuisine nourricière"],
  mobility: ["Mobilité solidaire", "Vélo pour tous", "Garage solidaire"],
  housing: ["Habitat partagé", "Toit solidaire", "Logement d'abord"],
  culture_heritage: ["Patrimoine vivant", "Culture en partage", "Les Arts ensemble"],
  sport: ["Sport pour tous", "Club omnisports", "Bouger ensemble"],
  digital_inclusion: ["Numérique pour tous", "Connecte-toi", "Fablab solidaire"],
  local_economy: ["Coopérative locale", "Tiers-lieu", "Monnaie locale"],
  citizenship: ["Engagement citoyen", "Agir ensemble", "Conseil des habitants"],
  ageing: ["Bien vieillir", "Aînés solidaires", "Âge et partage"],
  equality_diversity: ["Égalité des chances", "Diversités", "Femmes et territoires"],
  rural_revitalisation: ["Village vivant", "Cœur de bourg", "Ruralité active"],
};

// Themes and the ODD they most directly serve (official numbering).
const THEME_ODD: Record<Theme, number[]> = {
  employment_inclusion: [8, 10],
  youth: [4, 10],
  education: [4],
  health: [3],
  disability: [10, 3],
  social_ties: [10, 11],
  poverty: [1, 2],
  ecological_transition: [7, 12, 13],
  food_agriculture: [2, 12],
  mobility: [11, 13],
  housing: [11, 1],
  culture_heritage: [11, 4],
  sport: [3],
  digital_inclusion: [4, 10],
  local_economy: [8, 9],
  citizenship: [16],
  ageing: [3, 10],
  equality_diversity: [5, 10],
  rural_revitalisation: [11, 8],
};

/** What each kind of actor typically brings and looks for (DOMAIN.md): drives plausible needs and offers. */
const RESOURCE_PROFILE: Record<ActorKind, { offers: ResourceKind[]; needs: ResourceKind[] }> = {
  entreprise: {
    offers: ["skills", "funding", "purchasing", "employment", "equipment", "volunteering"],
    needs: ["expertise", "field_access", "network", "training", "employment"],
  },
  association: {
    offers: ["expertise", "field_access", "volunteering", "network", "training"],
    needs: ["funding", "skills", "premises", "equipment", "volunteering", "network"],
  },
  collectivite: {
    offers: ["premises", "funding", "network", "project_engineering", "field_access"],
    needs: ["expertise", "project_engineering", "data_research", "skills"],
  },
  etat: {
    offers: ["funding", "employment", "data_research", "project_engineering"],
    needs: ["field_access", "expertise", "network"],
  },
  fondation: { offers: ["funding", "network", "skills"], needs: ["field_access", "expertise", "data_research"] },
  academique: {
    offers: ["training", "data_research", "skills", "premises"],
    needs: ["field_access", "employment", "funding"],
  },
  reseau: {
    offers: ["project_engineering", "training", "network", "expertise"],
    needs: ["funding", "field_access", "data_research"],
  },
  collectif: { offers: ["volunteering", "field_access", "network"], needs: ["premises", "equipment", "funding", "skills"] },
};

const NEED_TITLES: Record<ResourceKind, string> = {
  funding: "Financer un projet pour {theme}",
  skills: "Recherche des compétences bénévoles pour {theme}",
  volunteering: "Recherche des bénévoles pour {theme}",
  expertise: "Besoin d'une expertise sur {theme}",
  premises: "Recherche un local pour nos activités",
  equipment: "Recherche du matériel pour {theme}",
  network: "Élargir notre réseau autour de {theme}",
  purchasing: "Trouver des débouchés locaux",
  employment: "Recruter localement, accueillir des stagiaires",
  training: "Former notre équipe {au theme}",
  data_research: "Réaliser un diagnostic sur {theme}",
  field_access: "Expérimenter sur le terrain autour de {theme}",
  project_engineering: "Structurer un projet collectif sur {theme}",
};

const OFFER_TITLES: Record<ResourceKind, string> = {
  funding: "Soutien financier à des projets sur {theme}",
  skills: "Mécénat de compétences de nos salariés",
  volunteering: "Nos salariés s'engagent comme bénévoles",
  expertise: "Notre expertise sur {theme}",
  premises: "Mise à disposition de salles et de locaux",
  equipment: "Don de matériel et dons en nature",
  network: "Accès à notre réseau de partenaires",
  purchasing: "Achats responsables auprès de structures locales",
  employment: "Offres d'emploi, de stage et d'immersion",
  training: "Formations et transfert de savoir-faire",
  data_research: "Données et appui à un diagnostic territorial",
  field_access: "Un terrain d'expérimentation auprès de notre public",
  project_engineering: "Ingénierie et accompagnement de projet",
};

export interface FactoryContext {
  random: SeededRandom;
  departementNames: Map<string, string>;
  epciNames: Map<string, string>;
}

export interface OrganisationOptions {
  kind: ActorKind;
  commune: TerritoryCommune;
  status?: OrganisationStatus;
  slug?: string;
}

export function pickActorKind(random: SeededRandom): ActorKind {
  return random.weighted<ActorKind>(
    ["association", "entreprise", "collectivite", "etat", "fondation", "academique", "reseau", "collectif"],
    [40, 26, 9, 4, 5, 5, 6, 5],
  );
}

function pickStatus(random: SeededRandom): OrganisationStatus {
  return random.weighted<OrganisationStatus>(["published", "pending", "draft", "suspended"], [92, 4, 2, 2]);
}

function fictitiousSiren(random: SeededRandom): string {
  // Leading 9 keeps clear of La Poste (356…) and of commune SIRENs (2…); still Luhn-valid like real ones.
  return withLuhnCheckDigit(`9${random.digits(7)}`);
}

function organisationName(context: FactoryContext, kind: ActorKind, commune: TerritoryCommune, themes: Theme[]) {
  const { random } = context;
  const place = commune.name;
  const theme = themes[0] ?? "social_ties";
  const surname = random.pick(SURNAMES);
  switch (kind) {
    case "association":
      return `${random.pick(ASSOCIATION_NAMES[theme])} ${place}`;
    case "entreprise":
      return random.chance(0.5) ? `${random.pick(TRADES)} ${surname}` : `${surname} ${random.pick(TRADES)} ${place}`;
    case "collectivite":
      return `Commune ${de(place)}`;
    case "etat":
      return random.pick([`Centre hospitalier ${de(place)}`, `Agence locale pour l'emploi ${de(place)}`, `Office public de l'habitat ${de(place)}`]);
    case "fondation":
      return random.chance(0.5) ? `Fondation ${surname} pour ${THEME_NOUNS[theme]}` : `Fonds de dotation ${place} Avenir`;
    case "academique":
      return random.pick([`Lycée professionnel ${surname} ${de(place)}`, `Institut de formation ${de(place)}`, `Campus des métiers ${de(place)}`]);
    case "reseau":
      return random.pick([
        `Couveuse d'entreprises ${de(place)}`,
        `Pôle ESS ${context.departementNames.get(commune.departementCode) ?? place}`,
        `Dispositif local d'accompagnement ${context.departementNames.get(commune.departementCode) ?? place}`,
      ]);
    case "collectif":
      return random.pick([`Collectif ${place} en transition`, `Les Voisins ${de(place)}`, `Collectif citoyen ${de(place)}`]);
  }
}

function description(kind: ActorKind, commune: TerritoryCommune, themes: Theme[], objectives: Objective[]): string {
  const themeText = themes.map((theme) => THEME_NOUNS[theme]).join(", ");
  // "attentive au logement, à la santé": the preposition repeated before each theme, contracted with its article.
  const toThemes = themes.map((theme) => au(THEME_NOUNS[theme])).join(", ");
  const intro: Record<ActorKind, string> = {
    association: `Association ${de(commune.name)} engagée pour ${themeText}.`,
    entreprise: `Entreprise implantée ${au(commune.name)}, attentive ${toThemes}.`,
    collectivite: `Collectivité mobilisée pour ${themeText} sur son territoire.`,
    etat: `Service public présent ${au(commune.name)}, impliqué dans ${themeText}.`,
    fondation: `Fondation qui soutient des projets pour ${themeText}.`,
    academique: `Établissement de formation ${de(commune.name)}, ouvert aux projets sur ${themeText}.`,
    reseau: `Réseau d'accompagnement des porteurs de projets, notamment sur ${themeText}.`,
    collectif: `Collectif d'habitants ${de(commune.name)} qui agit pour ${themeText}.`,
  };
  const why = objectives.includes("territory_project")
    ? "Nous voulons co-construire un projet de territoire avec des partenaires d'autres horizons."
    : "Nous cherchons des partenaires complémentaires pour agir ensemble, localement.";
  return `${intro[kind]} ${why} ${FICTITIOUS_NOTICE}`;
}

/** A plausible organisation with fictitious identifiers and contact person, located in a real commune. */
export function buildOrganisation(context: FactoryContext, options: OrganisationOptions): NewOrganisation & { id: string } {
  const { random } = context;
  const { kind, commune } = options;
  const themes = random.sample(THEMES, random.int(1, 3));
  const odd = [...new Set(themes.flatMap((theme) => THEME_ODD[theme]).concat(random.chance(0.6) ? [17] : []))].sort((a, b) => a - b);
  const objectives = random.sample(OBJECTIVES, random.int(1, 2));
  const name = organisationName(context, kind, commune, themes);
  const status = options.status ?? pickStatus(random);
  const createdAt = new Date(DEMO_REFERENCE_DATE.getTime() - random.int(20, 1_000) * DAY_MS);
  // About one profile in seven has not been touched for over a year, so "may be out of date" has examples.
  const stale = random.chance(0.15);
  const updatedAt = new Date(Math.max(createdAt.getTime(), DEMO_REFERENCE_DATE.getTime() - (stale ? random.int(370, 700) : random.int(0, 300)) * DAY_MS));
  const siren = kind === "collectivite" ? commune.siren : kind === "association" && random.chance(0.7) ? null : fictitiousSiren(random);
  const firstName = random.pick(FIRST_NAMES);
  const surname = random.pick(SURNAMES);
  const slug = options.slug ?? slugify(`${name}-${commune.code}`);
  const isAssociationLike = kind === "association" || kind === "fondation" || kind === "collectif";
  return {
    id: random.uuid(),
    slug,
    name,
    kind,
    collectiviteLevel: kind === "collectivite" ? "commune" : null,
    companySize: kind === "entreprise" ? random.weighted(["tpe", "pme", "eti", "ge"] as const, [45, 40, 10, 5]) : null,
    isEss: isAssociationLike ? random.chance(0.85) : kind === "entreprise" ? random.chance(0.12) : false,
    isSiae: (kind === "association" || kind === "entreprise") && random.chance(0.06),
    isMissionCompany: kind === "entreprise" && random.chance(0.05),
    siren,
    siret: siren && kind !== "collectivite" ? withLuhnCheckDigit(`${siren}${random.digits(4)}`) : null,
    // Associations of Alsace-Moselle are registered under local law and have no RNA number.
    rna:
      kind === "association" && !["57", "67", "68"].includes(commune.departementCode)
        ? `W${commune.departementCode.replace(/\D/g, "0").padStart(2, "0").slice(0, 2)}${random.digits(7)}`
        : null,
    communeCode: commune.code,
    lat: commune.lat,
    lon: commune.lon,
    themes,
    odd,
    objectives,
    description: description(kind, commune, themes, objectives),
    website: random.chance(0.7) ? `https://${slugify(name, 40)}.example` : null,
    contactName: `${firstName} ${surname}`,
    contactRole: random.pick(CONTACT_ROLES),
    contactEmail: `${slugify(firstName)}.${slugify(surname)}@${slugify(name, 30)}.example`,
    contactPhone: `01 99 00 ${random.digits(2)} ${random.digits(2)}`,
    contactConsentAt: createdAt,
    charterSignedAt: random.chance(0.8) ? createdAt : null,
    status,
    publishedAt: status === "published" || status === "suspended" ? createdAt : null,
    isDemo: true,
    createdAt,
    updatedAt,
  };
}

/**
 * One need or offer's themes: a non-empty subset of its organisation's, the one its title names first. Drawn from
 * a single number, as the single theme it replaces was (the first theme is the same one), so that what the
 * generator draws afterwards, and so the rest of the demo network, does not change.
 */
export function itemThemes(random: SeededRandom, themes: readonly Theme[]): Theme[] {
  const scaled = random.next() * themes.length;
  const first = Math.floor(scaled);
  const others = themes.filter((_, index) => index !== first);
  // The fraction left over picks which of the others join, each subset of them equally likely.
  const mask = Math.floor((scaled - first) * 2 ** others.length);
  return [themes[first]!, ...others.filter((_, index) => mask & (1 << index))];
}

/** One to five needs and offers, at least one of each for most organisations, matching the actor's profile. */
export function buildNeedsOffers(
  context: FactoryContext,
  organisation: { id: string; kind: ActorKind; themes: Theme[]; createdAt: Date },
): (NewNeedOffer & { id: string })[] {
  const { random } = context;
  const profile = RESOURCE_PROFILE[organisation.kind];
  const count = random.int(1, 5);
  const rows: (NewNeedOffer & { id: string })[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const direction: NeedOfferDirection = index === 0 ? "need" : index === 1 ? "offer" : random.chance(0.5) ? "need" : "offer";
    const resourceKind = random.pick(direction === "need" ? profile.needs : profile.offers);
    const key = `${direction}:${resourceKind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const themes = organisation.themes.length ? itemThemes(random, organisation.themes) : [random.pick(THEMES)];
    const theme = themes[0]!;
    const title = (direction === "need" ? NEED_TITLES : OFFER_TITLES)[resourceKind]
      .replace("{au theme}", au(THEME_NOUNS[theme]))
      .replace("{theme}", THEME_NOUNS[theme]);
    rows.push({
      id: random.uuid(),
      organisationId: organisation.id,
      direction,
      resourceKind,
      themes,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      description: `${title}. ${FICTITIOUS_NOTICE}`,
      horizon: random.weighted(["months_18", "years_7", "years_28"] as const, [60, 32, 8]),
      status: random.weighted(["open", "fulfilled", "closed"] as const, [88, 8, 4]),
      createdAt: organisation.createdAt,
      updatedAt: organisation.createdAt,
    });
  }
  return rows;
}

export function fictitiousPerson(random: SeededRandom) {
  return { firstName: random.pick(FIRST_NAMES), surname: random.pick(SURNAMES) };
}
