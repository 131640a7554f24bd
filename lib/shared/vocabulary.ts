// The network's shared vocabulary: stored values with their French and English labels.
// Pure module (no db, no next): the schema, the seed, the forms and the client all read it.

export type Label = { fr: string; en: string };

function keysOf<T extends Record<string, Label>>(labels: T) {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}

export const ACTOR_KIND_LABELS = {
  collectivite: { fr: "Collectivité territoriale", en: "Local authority" },
  etat: { fr: "Service de l'État / établissement public", en: "State service / public body" },
  entreprise: { fr: "Entreprise", en: "Company" },
  association: { fr: "Association", en: "Association" },
  fondation: { fr: "Fondation / fonds de dotation", en: "Foundation / endowment fund" },
  academique: { fr: "Acteur académique / formation", en: "Academic / training body" },
  reseau: { fr: "Réseau d'accompagnement", en: "Support network" },
  collectif: { fr: "Collectif citoyen", en: "Citizen collective" },
} satisfies Record<string, Label>;
export const ACTOR_KINDS = keysOf(ACTOR_KIND_LABELS);
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const COLLECTIVITE_LEVEL_LABELS = {
  commune: { fr: "Commune", en: "Municipality" },
  epci: { fr: "Intercommunalité (EPCI)", en: "Inter-municipality (EPCI)" },
  ept: { fr: "Établissement public territorial (EPT)", en: "Public territorial body (EPT)" },
  departement: { fr: "Département", en: "Département" },
  region: { fr: "Région", en: "Region" },
} satisfies Record<string, Label>;
export const COLLECTIVITE_LEVELS = keysOf(COLLECTIVITE_LEVEL_LABELS);
export type CollectiviteLevel = (typeof COLLECTIVITE_LEVELS)[number];

export const COMPANY_SIZE_LABELS = {
  tpe: { fr: "TPE (moins de 10 salariés)", en: "Micro-company (under 10 staff)" },
  pme: { fr: "PME (10 à 249 salariés)", en: "SME (10 to 249 staff)" },
  eti: { fr: "ETI (250 à 4 999 salariés)", en: "Mid-size company (250 to 4,999 staff)" },
  ge: { fr: "Grande entreprise", en: "Large company" },
} satisfies Record<string, Label>;
export const COMPANY_SIZES = keysOf(COMPANY_SIZE_LABELS);
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const RESOURCE_KIND_LABELS = {
  funding: { fr: "Financement", en: "Funding" },
  skills: { fr: "Compétences / mécénat de compétences", en: "Skills / skills-based sponsorship" },
  volunteering: { fr: "Bénévolat, engagement des salariés", en: "Volunteering, staff engagement" },
  expertise: { fr: "Expertise (handicap, insertion…)", en: "Expertise (disability, inclusion…)" },
  premises: { fr: "Locaux", en: "Premises" },
  equipment: { fr: "Matériel, dons en nature", en: "Equipment, in-kind donations" },
  network: { fr: "Réseau, visibilité", en: "Network, visibility" },
  purchasing: { fr: "Achats responsables, débouchés", en: "Responsible purchasing, outlets" },
  employment: { fr: "Emploi, stages, immersion", en: "Jobs, internships, immersion" },
  training: { fr: "Formation, transfert de savoir-faire", en: "Training, know-how transfer" },
  data_research: { fr: "Données & recherche, diagnostic", en: "Data & research, assessment" },
  field_access: { fr: "Accès à un public, terrain d'expérimentation", en: "Access to a public, testing ground" },
  project_engineering: { fr: "Ingénierie de projet", en: "Project engineering" },
} satisfies Record<string, Label>;
export const RESOURCE_KINDS = keysOf(RESOURCE_KIND_LABELS);
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const OBJECTIVE_LABELS = {
  performance_engagement: { fr: "Concilier performance et engagement", en: "Reconcile performance and commitment" },
  hybrid_model: { fr: "Hybrider un modèle socio-économique", en: "Hybridise a socio-economic model" },
  societal_innovation: { fr: "Accélérer l'innovation sociétale", en: "Accelerate societal innovation" },
  territory_project: { fr: "Co-construire un projet de territoire", en: "Co-build a territorial project" },
} satisfies Record<string, Label>;
export const OBJECTIVES = keysOf(OBJECTIVE_LABELS);
export type Objective = (typeof OBJECTIVES)[number];

export const PARTNERSHIP_TYPE_LABELS = {
  mecenat: { fr: "Mécénat", en: "Sponsorship" },
  responsible_practices: { fr: "Pratiques responsables", en: "Responsible practices" },
  economic_cooperation: { fr: "Coopération économique", en: "Economic cooperation" },
  societal_innovation: { fr: "Innovation sociétale", en: "Societal innovation" },
} satisfies Record<string, Label>;
export const PARTNERSHIP_TYPES = keysOf(PARTNERSHIP_TYPE_LABELS);
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const HORIZON_LABELS = {
  months_18: { fr: "18 mois : sécuriser l'équilibre de chacun", en: "18 months: secure each one's balance" },
  years_7: { fr: "7 ans : solutions de l'Agenda 2030", en: "7 years: 2030 Agenda solutions" },
  years_28: { fr: "28 ans : réinventer l'imaginaire collectif", en: "28 years: reinvent the collective imagination" },
} satisfies Record<string, Label>;
export const HORIZONS = keysOf(HORIZON_LABELS);
export type Horizon = (typeof HORIZONS)[number];

export const THEME_LABELS = {
  employment_inclusion: { fr: "Emploi & insertion", en: "Employment & inclusion" },
  youth: { fr: "Jeunesse", en: "Youth" },
  education: { fr: "Éducation", en: "Education" },
  health: { fr: "Santé", en: "Health" },
  disability: { fr: "Handicap", en: "Disability" },
  social_ties: { fr: "Lien social / isolement", en: "Social ties / isolation" },
  poverty: { fr: "Précarité", en: "Poverty" },
  ecological_transition: { fr: "Transition écologique", en: "Ecological transition" },
  food_agriculture: { fr: "Alimentation & agriculture", en: "Food & agriculture" },
  mobility: { fr: "Mobilité", en: "Mobility" },
  housing: { fr: "Logement", en: "Housing" },
  culture_heritage: { fr: "Culture & patrimoine", en: "Culture & heritage" },
  sport: { fr: "Sport", en: "Sport" },
  digital_inclusion: { fr: "Inclusion numérique", en: "Digital inclusion" },
  local_economy: { fr: "Développement économique local / ESS", en: "Local economic development / social economy" },
  citizenship: { fr: "Citoyenneté & engagement", en: "Citizenship & engagement" },
  ageing: { fr: "Vieillissement", en: "Ageing" },
  equality_diversity: { fr: "Égalité & diversité", en: "Equality & diversity" },
  rural_revitalisation: { fr: "Revitalisation / ruralité", en: "Revitalisation / rural life" },
} satisfies Record<string, Label>;
export const THEMES = keysOf(THEME_LABELS);
export type Theme = (typeof THEMES)[number];

// The official French labels of the 17 Sustainable Development Goals (Agenda 2030).
export const ODD_LABELS: Record<number, Label> = {
  1: { fr: "Pas de pauvreté", en: "No poverty" },
  2: { fr: "Faim « zéro »", en: "Zero hunger" },
  3: { fr: "Bonne santé et bien-être", en: "Good health and well-being" },
  4: { fr: "Éducation de qualité", en: "Quality education" },
  5: { fr: "Égalité entre les sexes", en: "Gender equality" },
  6: { fr: "Eau propre et assainissement", en: "Clean water and sanitation" },
  7: { fr: "Énergie propre et d'un coût abordable", en: "Affordable and clean energy" },
  8: { fr: "Travail décent et croissance économique", en: "Decent work and economic growth" },
  9: { fr: "Industrie, innovation et infrastructure", en: "Industry, innovation and infrastructure" },
  10: { fr: "Inégalités réduites", en: "Reduced inequalities" },
  11: { fr: "Villes et communautés durables", en: "Sustainable cities and communities" },
  12: { fr: "Consommation et production responsables", en: "Responsible consumption and production" },
  13: { fr: "Mesures relatives à la lutte contre les changements climatiques", en: "Climate action" },
  14: { fr: "Vie aquatique", en: "Life below water" },
  15: { fr: "Vie terrestre", en: "Life on land" },
  16: { fr: "Paix, justice et institutions efficaces", en: "Peace, justice and strong institutions" },
  17: { fr: "Partenariats pour la réalisation des objectifs", en: "Partnerships for the goals" },
};
export const ODDS = Array.from({ length: 17 }, (_, index) => index + 1);

export const CATALYST_TRADE_LABELS = {
  territorial_dialogue: { fr: "Dialogue territorial", en: "Territorial dialogue" },
  collective_experiments: { fr: "Expérimentations collectives", en: "Collective experiments" },
  support: { fr: "Accompagnements", en: "Support programmes" },
  venue: { fr: "Gestion d'un lieu", en: "Running a venue" },
} satisfies Record<string, Label>;
export const CATALYST_TRADES = keysOf(CATALYST_TRADE_LABELS);
export type CatalystTrade = (typeof CATALYST_TRADES)[number];

export const HOST_KIND_LABELS = {
  collectivite: { fr: "Collectivité", en: "Local authority" },
  association: { fr: "Association", en: "Association" },
  entreprise: { fr: "Entreprise", en: "Company" },
  reseau: { fr: "Réseau d'accompagnement", en: "Support network" },
  universite: { fr: "Université / école", en: "University / school" },
  ptce: { fr: "PTCE (pôle territorial de coopération économique)", en: "PTCE (economic cooperation hub)" },
} satisfies Record<string, Label>;
export const HOST_KINDS = keysOf(HOST_KIND_LABELS);
export type HostKind = (typeof HOST_KINDS)[number];

export const ORGANISATION_STATUS_LABELS = {
  draft: { fr: "Brouillon", en: "Draft" },
  pending: { fr: "En attente de validation", en: "Awaiting approval" },
  published: { fr: "Publiée", en: "Published" },
  suspended: { fr: "Suspendue", en: "Suspended" },
  rejected: { fr: "Refusée", en: "Rejected" },
  // A duplicate an admin merged into another organisation (merged_into_id): its old address leads there.
  merged: { fr: "Fusionnée", en: "Merged" },
} satisfies Record<string, Label>;
export const ORGANISATION_STATUSES = keysOf(ORGANISATION_STATUS_LABELS);
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const NEED_OFFER_DIRECTIONS = ["need", "offer"] as const;
export type NeedOfferDirection = (typeof NEED_OFFER_DIRECTIONS)[number];

export const NEED_OFFER_STATUS_LABELS = {
  open: { fr: "Ouvert", en: "Open" },
  fulfilled: { fr: "Satisfait", en: "Fulfilled" },
  closed: { fr: "Clos", en: "Closed" },
} satisfies Record<string, Label>;
export const NEED_OFFER_STATUSES = keysOf(NEED_OFFER_STATUS_LABELS);
export type NeedOfferStatus = (typeof NEED_OFFER_STATUSES)[number];

export const INTRODUCTION_STATUS_LABELS = {
  submitted: { fr: "Envoyée au catalyseur", en: "Sent to the catalyst" },
  forwarded: { fr: "Transmise par le catalyseur", en: "Forwarded by the catalyst" },
  rejected: { fr: "Refusée par le catalyseur", en: "Rejected by the catalyst" },
  accepted: { fr: "Acceptée", en: "Accepted" },
  declined: { fr: "Déclinée", en: "Declined" },
  meeting_held: { fr: "Rencontre réalisée", en: "Meeting held" },
  alliance_started: { fr: "Alliance engagée", en: "Alliance started" },
  closed: { fr: "Close sans suite", en: "Closed without follow-up" },
  withdrawn: { fr: "Retirée", en: "Withdrawn" },
  expired: { fr: "Expirée", en: "Expired" },
} satisfies Record<string, Label>;
export const INTRODUCTION_STATUSES = keysOf(INTRODUCTION_STATUS_LABELS);
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export const MEMBERSHIP_ROLES = ["owner", "editor"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const COVERAGE_KINDS = ["commune", "intercommunality", "departement"] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

export const INTERCOMMUNALITY_KINDS = ["CC", "CA", "CU", "METRO", "MET69", "EPT"] as const;
export type IntercommunalityKind = (typeof INTERCOMMUNALITY_KINDS)[number];

export const POINT_PRECISIONS = ["geonames", "postcode", "epci", "chef_lieu"] as const;
export type PointPrecision = (typeof POINT_PRECISIONS)[number];

export const MAIL_STATUSES = ["pending", "sending", "sent", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
