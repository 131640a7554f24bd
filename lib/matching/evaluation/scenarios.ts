// Hand-written evaluation scenarios for partner matching: small fictional territories, and the partners a
// territorial catalyst would expect to be proposed. Written from the domain (../DOMAIN vocabulary), not from the scorer.
import type { ActorKind, Objective, PartnershipType, ResourceKind, Theme } from "@/lib/shared/vocabulary";

export interface EvalResource { resourceKind: ResourceKind; themes: Theme[] }
export interface EvalOrganisation {
  key: string;                 // unique within the scenario, kebab-case, e.g. "asso-insertion-nord"
  name: string;                // fictional French name
  kind: ActorKind;
  x: number; y: number;        // position in km on a local plane around the territory's centre (x east, y north)
  epci: string;                // fictional intercommunality code, shared by organisations of the same EPCI
  departement: string;         // fictional département code
  themes: Theme[];
  odd: number[];               // 1..17
  objectives: Objective[];
  needs: EvalResource[];       // open needs
  offers: EvalResource[];      // open offers
  monthsSinceUpdate: number;   // age of the profile
}
export interface EvalScenario {
  id: string;                  // kebab-case, unique
  title: string;               // one line, English
  setting: "rural" | "urban" | "periurban";
  objective: Objective;        // the objective this scenario exercises
  partnershipType: PartnershipType; // the partnership type a catalyst would hope for
  rationale: string;           // 2–4 sentences: why a catalyst would expect these partners and not the others
  subject: string;             // key of the organisation asking "whom should we meet?"
  focus?: { direction: "need" | "offer"; index: number }; // optional: "who could meet THIS need / take THIS offer" (index into the subject's needs or offers)
  organisations: EvalOrganisation[]; // includes the subject
  expected: string[];          // keys a catalyst would expect to see proposed (3 to 6 keys, never the subject)
}

// One open need or offer: a resource kind and the themes it serves.
function res(resourceKind: ResourceKind, ...themes: Theme[]): EvalResource {
  return { resourceKind, themes };
}

// Conventions: département codes "DA", "DB" are the scenario's home départements, "DC"/"DD" are far away
// (> 80 km). Company sizes (TPE, PME, ETI, GE) are noted in a comment, since the evaluation profile has no size.
export const EVALUATION_SCENARIOS: EvalScenario[] = [
  // 1. ------------------------------------------------------------------------------------------------------
  {
    id: "rural-mobility-haut-vallon",
    title: "A rural intercommunality wants to co-build and test new mobility answers for its villages",
    setting: "rural",
    objective: "territory_project",
    partnershipType: "societal_innovation",
    rationale:
      "The intercommunality lacks a mobility diagnostic, project engineering and volunteers, and can offer a testing " +
      "ground: the university lab (data, needs a terrain), the solidarity-mobility association and the villages' " +
      "car-pool collective (field practice, volunteers) and the local coach company (wants to trial on-demand transport) " +
      "complement it both ways. The neighbouring intercommunality has the same needs, the distant transport institute " +
      "is beyond 80 km while a closer lab exists, the old transport association has not updated its profile in years, " +
      "and the rugby club, the bakery and the heritage fund have nothing to do with mobility.",
    subject: "cc-haut-vallon",
    organisations: [
      {
        key: "cc-haut-vallon", name: "Communauté de communes du Haut-Vallon", kind: "collectivite", x: 0, y: 0,
        epci: "CC-HAUT-VALLON", departement: "DA",
        themes: ["mobility", "rural_revitalisation", "ecological_transition"], odd: [10, 11, 13],
        objectives: ["territory_project", "societal_innovation"],
        needs: [res("data_research", "mobility"), res("project_engineering", "mobility"), res("volunteering", "mobility")],
        offers: [res("field_access", "mobility", "rural_revitalisation"), res("premises", "rural_revitalisation")],
        monthsSinceUpdate: 2,
      },
      {
        key: "lab-territoires-mobilites", name: "Laboratoire Territoires et Mobilités, Université de Montbrac",
        kind: "academique", x: 38, y: 12, epci: "CA-MONTBRAC", departement: "DA",
        themes: ["mobility", "rural_revitalisation"], odd: [9, 11],
        objectives: ["societal_innovation", "territory_project"],
        needs: [res("field_access", "mobility", "rural_revitalisation")],
        offers: [res("data_research", "mobility", "rural_revitalisation"), res("training", "mobility")],
        monthsSinceUpdate: 4,
      },
      {
        key: "asso-mobil-entraide", name: "Mobil'Entraide Haut-Vallon (garage et transport solidaires)",
        kind: "association", x: 7, y: -5, epci: "CC-HAUT-VALLON", departement: "DA",
        themes: ["mobility", "employment_inclusion", "social_ties"], odd: [1, 10, 11],
        objectives: ["societal_innovation", "hybrid_model"],
        needs: [res("premises", "mobility"), res("funding", "mobility")],
        offers: [res("expertise", "mobility", "employment_inclusion"), res("volunteering", "mobility")],
        monthsSinceUpdate: 5,
      },
      {
        key: "collectif-covoit-villages", name: "Covoit' des Cinq Villages", kind: "collectif", x: -9, y: 8,
        epci: "CC-HAUT-VALLON", departement: "DA",
        themes: ["mobility", "citizenship", "ecological_transition"], odd: [11, 13],
        objectives: ["territory_project"],
        needs: [res("project_engineering", "mobility")],
        offers: [res("field_access", "mobility"), res("volunteering", "mobility", "citizenship")],
        monthsSinceUpdate: 3,
      },
      // entreprise PME
      {
        key: "pme-autocars-vallon", name: "Autocars du Vallon", kind: "entreprise", x: 22, y: -8,
        epci: "CC-PAYS-DES-SOURCES", departement: "DA",
        themes: ["mobility", "local_economy"], odd: [8, 11],
        objectives: ["societal_innovation", "performance_engagement"],
        needs: [res("field_access", "mobility")],
        offers: [res("skills", "mobility"), res("equipment", "mobility")],
        monthsSinceUpdate: 6,
      },
      {
        key: "cc-plateau-nord", name: "Communauté de communes du Plateau Nord", kind: "collectivite", x: -30, y: 26,
        epci: "CC-PLATEAU-NORD", departement: "DA",
        themes: ["mobility", "rural_revitalisation"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("data_research", "mobility"), res("project_engineering", "mobility")],
        offers: [res("premises", "rural_revitalisation")],
        monthsSinceUpdate: 3,
      },
      {
        key: "institut-transports-port-ardent", name: "Institut de recherche en transports de Port-Ardent",
        kind: "academique", x: 150, y: -40, epci: "CU-PORT-ARDENT", departement: "DC",
        themes: ["mobility"], odd: [9, 11],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "mobility")],
        offers: [res("data_research", "mobility")],
        monthsSinceUpdate: 2,
      },
      {
        key: "asso-transport-solidaire-canton", name: "Transport Solidaire du Canton", kind: "association", x: 6, y: 5,
        epci: "CC-HAUT-VALLON", departement: "DA",
        themes: ["mobility", "social_ties"], odd: [10, 11],
        objectives: ["societal_innovation"],
        needs: [res("premises", "mobility")],
        offers: [res("expertise", "mobility"), res("volunteering", "mobility")],
        monthsSinceUpdate: 42,
      },
      {
        key: "us-haut-vallon-rugby", name: "Union Sportive du Haut-Vallon (rugby)", kind: "association", x: 5, y: -6,
        epci: "CC-HAUT-VALLON", departement: "DA",
        themes: ["sport", "youth"], odd: [3],
        objectives: ["hybrid_model"],
        needs: [res("funding", "sport"), res("equipment", "sport")],
        offers: [res("volunteering", "sport")],
        monthsSinceUpdate: 4,
      },
      // entreprise TPE
      {
        key: "tpe-fournil-des-sources", name: "Boulangerie Le Fournil des Sources", kind: "entreprise", x: 16, y: -4,
        epci: "CC-PAYS-DES-SOURCES", departement: "DA",
        themes: ["food_agriculture", "local_economy"], odd: [8, 12],
        objectives: ["performance_engagement"],
        needs: [res("training", "food_agriculture")],
        offers: [res("purchasing", "food_agriculture")],
        monthsSinceUpdate: 7,
      },
      {
        key: "fonds-pierres-du-vallon", name: "Fonds de dotation Pierres du Vallon", kind: "fondation", x: 10, y: 10,
        epci: "CC-HAUT-VALLON", departement: "DA",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("volunteering", "culture_heritage")],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 9,
      },
    ],
    expected: ["lab-territoires-mobilites", "asso-mobil-entraide", "collectif-covoit-villages", "pme-autocars-vallon"],
  },

  // 2. ------------------------------------------------------------------------------------------------------
  {
    id: "rural-food-aid-funding",
    title: "A rural social grocery looks for funders to secure its model",
    setting: "rural",
    objective: "hybrid_model",
    partnershipType: "mecenat",
    rationale:
      "The question is only the grocery's funding need: the territorial foundation, the local dairy, the logistics " +
      "platform of a retail group and the mutual bank all fund poverty and food projects within the département. " +
      "The national food foundation is far away while closer funders exist, the other endowment fund has a stale " +
      "profile, the regional bank only funds culture and sport, and the refrigerated carrier, the community gardens " +
      "and the town hall answer other needs than funding.",
    subject: "asso-paniers-du-causse",
    focus: { direction: "need", index: 0 },
    organisations: [
      {
        key: "asso-paniers-du-causse", name: "Épicerie solidaire Les Paniers du Causse", kind: "association", x: 0, y: 0,
        epci: "CC-CAUSSE-ET-GORGES", departement: "DA",
        themes: ["poverty", "food_agriculture", "social_ties"], odd: [1, 2, 12],
        objectives: ["hybrid_model", "territory_project"],
        needs: [res("funding", "poverty", "food_agriculture"), res("volunteering", "food_agriculture"), res("equipment", "food_agriculture")],
        offers: [res("field_access", "poverty", "food_agriculture"), res("expertise", "poverty")],
        monthsSinceUpdate: 2,
      },
      {
        key: "fondation-solidarites-causse", name: "Fondation Solidarités du Causse", kind: "fondation", x: 12, y: 9,
        epci: "CC-CAUSSE-ET-GORGES", departement: "DA",
        themes: ["poverty", "food_agriculture", "social_ties"], odd: [1, 2, 10],
        objectives: ["territory_project"],
        needs: [res("field_access", "poverty")],
        offers: [res("funding", "poverty", "food_agriculture", "social_ties")],
        monthsSinceUpdate: 6,
      },
      // entreprise PME
      {
        key: "pme-laiterie-hautes-terres", name: "Laiterie des Hautes Terres", kind: "entreprise", x: 22, y: -12,
        epci: "CC-VALLON-DE-L-ARCE", departement: "DA",
        themes: ["food_agriculture", "local_economy", "poverty"], odd: [2, 8, 12],
        objectives: ["performance_engagement"],
        needs: [res("network", "food_agriculture")],
        offers: [res("funding", "food_agriculture", "poverty"), res("equipment", "food_agriculture")],
        monthsSinceUpdate: 4,
      },
      // entreprise GE (regional logistics platform of a retail group)
      {
        key: "ge-plateforme-distrimag", name: "Plateforme logistique Distrimag Sud", kind: "entreprise", x: 18, y: 6,
        epci: "CC-CAUSSE-ET-GORGES", departement: "DA",
        themes: ["food_agriculture", "poverty", "ecological_transition"], odd: [2, 12],
        objectives: ["performance_engagement"],
        needs: [res("field_access", "food_agriculture")],
        offers: [res("funding", "poverty", "food_agriculture"), res("equipment", "food_agriculture"), res("volunteering", "poverty")],
        monthsSinceUpdate: 5,
      },
      // entreprise ETI (mutual bank)
      {
        key: "caisse-mutuelle-causses", name: "Caisse Mutuelle des Causses", kind: "entreprise", x: 30, y: 20,
        epci: "CA-RIVEMONT", departement: "DA",
        themes: ["poverty", "social_ties", "rural_revitalisation"], odd: [1, 10, 11],
        objectives: ["performance_engagement", "territory_project"],
        needs: [],
        offers: [res("funding", "poverty", "social_ties", "rural_revitalisation")],
        monthsSinceUpdate: 8,
      },
      {
        key: "fondation-alimentation-pour-tous", name: "Fondation Alimentation Pour Tous", kind: "fondation", x: 180, y: 60,
        epci: "METRO-GRAND-LIMAN", departement: "DC",
        themes: ["food_agriculture", "poverty"], odd: [1, 2],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "food_agriculture", "poverty")],
        monthsSinceUpdate: 3,
      },
      {
        key: "fonds-entraide-rurale", name: "Fonds de dotation Entraide Rurale", kind: "fondation", x: 8, y: -6,
        epci: "CC-CAUSSE-ET-GORGES", departement: "DA",
        themes: ["poverty", "rural_revitalisation"], odd: [1, 10],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "poverty", "food_agriculture")],
        monthsSinceUpdate: 38,
      },
      // entreprise GE
      {
        key: "banque-terres-d-oc", name: "Banque des Terres d'Oc", kind: "entreprise", x: 25, y: 0,
        epci: "CA-RIVEMONT", departement: "DA",
        themes: ["culture_heritage", "sport"], odd: [3, 11],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("funding", "culture_heritage", "sport")],
        monthsSinceUpdate: 4,
      },
      {
        key: "asso-aide-alimentaire-arce", name: "Aide alimentaire du Pays d'Arce", kind: "association", x: 20, y: -10,
        epci: "CC-VALLON-DE-L-ARCE", departement: "DA",
        themes: ["poverty", "food_agriculture"], odd: [1, 2],
        objectives: ["hybrid_model"],
        needs: [res("funding", "poverty", "food_agriculture"), res("volunteering", "food_agriculture")],
        offers: [],
        monthsSinceUpdate: 5,
      },
      // entreprise TPE
      {
        key: "tpe-transports-frigo-causse", name: "Transports Frigorifiques du Causse", kind: "entreprise", x: 10, y: 5,
        epci: "CC-CAUSSE-ET-GORGES", departement: "DA",
        themes: ["food_agriculture", "local_economy"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("equipment", "food_agriculture")],
        monthsSinceUpdate: 3,
      },
      {
        key: "collectif-jardins-saint-arce", name: "Jardins partagés de Saint-Arce", kind: "collectif", x: 6, y: 6,
        epci: "CC-CAUSSE-ET-GORGES", departement: "DA",
        themes: ["food_agriculture", "social_ties"], odd: [2, 11],
        objectives: ["territory_project"],
        needs: [res("premises", "food_agriculture")],
        offers: [res("volunteering", "food_agriculture")],
        monthsSinceUpdate: 2,
      },
      {
        key: "mairie-saint-arce", name: "Mairie de Saint-Arce", kind: "collectivite", x: 5, y: -5,
        epci: "CC-CAUSSE-ET-GORGES", departement: "DA",
        themes: ["poverty", "social_ties"], odd: [1, 11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("premises", "poverty")],
        monthsSinceUpdate: 6,
      },
    ],
    expected: ["fondation-solidarites-causse", "pme-laiterie-hautes-terres", "ge-plateforme-distrimag", "caisse-mutuelle-causses"],
  },

  // 3. ------------------------------------------------------------------------------------------------------
  {
    id: "urban-ge-disability-practices",
    title: "A large insurer's regional head office wants to make its hiring and workplaces disability-inclusive",
    setting: "urban",
    objective: "performance_engagement",
    partnershipType: "responsible_practices",
    rationale:
      "The insurer needs disability expertise and training to change its practices, and can fund and open jobs: the " +
      "disability-employment and autism associations, the university's ergonomics institute and the inclusion support " +
      "network bring exactly that expertise and several need what it offers. The other large bank has the same need and " +
      "nothing to give, the coastal association is over 100 km away, the older disability association profile is stale, " +
      "and the rowing club, the gardeners, the printer and the culture foundation are unrelated.",
    subject: "ge-assurances-confluent",
    organisations: [
      // entreprise GE
      {
        key: "ge-assurances-confluent", name: "Assurances Mutuelles du Confluent — siège régional", kind: "entreprise",
        x: 0, y: 0, epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["disability", "employment_inclusion", "equality_diversity"], odd: [5, 8, 10],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "disability", "employment_inclusion"), res("training", "disability")],
        offers: [res("skills", "local_economy"), res("funding", "disability"), res("employment", "disability", "employment_inclusion")],
        monthsSinceUpdate: 1,
      },
      {
        key: "asso-handicap-confluent", name: "Handi'Cap Confluent", kind: "association", x: 2.5, y: 1.8,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["disability", "employment_inclusion"], odd: [8, 10],
        objectives: ["performance_engagement", "hybrid_model"],
        needs: [res("funding", "disability"), res("employment", "disability")],
        offers: [res("expertise", "disability", "employment_inclusion"), res("training", "disability")],
        monthsSinceUpdate: 3,
      },
      {
        key: "asso-autisme-travail", name: "Autisme et Travail Confluent", kind: "association", x: -3, y: 4,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["disability", "employment_inclusion", "health"], odd: [3, 8, 10],
        objectives: ["societal_innovation"],
        needs: [res("skills", "disability"), res("employment", "disability")],
        offers: [res("expertise", "disability")],
        monthsSinceUpdate: 5,
      },
      {
        key: "institut-ergonomie-confluent", name: "Institut d'ergonomie et santé au travail, Université du Confluent",
        kind: "academique", x: 4, y: -2, epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["disability", "health"], odd: [3, 4, 8],
        objectives: ["societal_innovation", "performance_engagement"],
        needs: [res("field_access", "disability")],
        offers: [res("training", "disability"), res("data_research", "disability", "health")],
        monthsSinceUpdate: 4,
      },
      {
        key: "reseau-plateforme-inclusion", name: "Plateforme Inclusion Confluent", kind: "reseau", x: 1, y: 3,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["employment_inclusion", "disability"], odd: [8, 10, 17],
        objectives: ["performance_engagement", "territory_project"],
        needs: [res("network", "employment_inclusion")],
        offers: [res("expertise", "disability", "employment_inclusion"), res("network", "employment_inclusion")],
        monthsSinceUpdate: 2,
      },
      // entreprise GE
      {
        key: "ge-credit-du-confluent", name: "Crédit du Confluent", kind: "entreprise", x: 1, y: 1,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["disability", "equality_diversity"], odd: [8, 10],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "disability")],
        offers: [res("funding", "equality_diversity")],
        monthsSinceUpdate: 2,
      },
      {
        key: "asso-handicap-emploi-littoral", name: "Handicap et Emploi du Littoral", kind: "association", x: 130, y: -50,
        epci: "CA-LITTORAL-SUD", departement: "DC",
        themes: ["disability", "employment_inclusion"], odd: [8, 10],
        objectives: ["performance_engagement"],
        needs: [res("funding", "disability")],
        offers: [res("expertise", "disability", "employment_inclusion"), res("training", "disability")],
        monthsSinceUpdate: 2,
      },
      {
        key: "asso-handi-entreprises", name: "Handi-Entreprises Confluent", kind: "association", x: 1.5, y: -1,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["disability", "employment_inclusion"], odd: [8, 10],
        objectives: ["performance_engagement"],
        needs: [res("funding", "disability")],
        offers: [res("expertise", "disability", "employment_inclusion")],
        monthsSinceUpdate: 36,
      },
      {
        key: "asso-aviron-confluent", name: "Aviron Club du Confluent", kind: "association", x: 5, y: 5,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["sport"], odd: [3],
        objectives: ["hybrid_model"],
        needs: [res("funding", "sport")],
        offers: [res("volunteering", "sport")],
        monthsSinceUpdate: 6,
      },
      {
        key: "collectif-potagers-gare", name: "Potagers du quartier de la Gare", kind: "collectif", x: -2, y: -3,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["ecological_transition", "food_agriculture"], odd: [11, 15],
        objectives: ["territory_project"],
        needs: [res("equipment", "ecological_transition")],
        offers: [res("volunteering", "ecological_transition")],
        monthsSinceUpdate: 4,
      },
      // entreprise PME
      {
        key: "pme-confluent-print", name: "Imprimerie Confluent Print", kind: "entreprise", x: 6, y: -4,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [12],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "ecological_transition")],
        offers: [res("purchasing", "local_economy")],
        monthsSinceUpdate: 3,
      },
      {
        key: "fondation-culture-confluent", name: "Fondation Culture Confluent", kind: "fondation", x: -1, y: 2,
        epci: "METRO-CONFLUENT", departement: "DA",
        themes: ["culture_heritage"], odd: [4, 11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 5,
      },
    ],
    expected: ["asso-handicap-confluent", "asso-autisme-travail", "institut-ergonomie-confluent", "reseau-plateforme-inclusion"],
  },

  // 4. ------------------------------------------------------------------------------------------------------
  {
    id: "urban-siae-laundry-outlets",
    title: "An inclusion laundry and cleaning workshop looks for customers to hybridise its model",
    setting: "urban",
    objective: "hybrid_model",
    partnershipType: "economic_cooperation",
    rationale:
      "The question is the workshop's need for outlets: the hotel group, the city (public purchasing with social clauses), " +
      "the university hospital and the catering company all buy laundry or cleaning services nearby and several also need " +
      "its inclusion expertise. The inclusion foundation offers money, not contracts; the neighbourhood régie competes " +
      "for the same outlets; the spa is far away; the residence hotel's profile is stale; the theatre, the business " +
      "school and the canal friends do not buy these services.",
    subject: "asso-atelier-rebond",
    focus: { direction: "need", index: 0 },
    organisations: [
      {
        key: "asso-atelier-rebond", name: "Atelier Rebond — blanchisserie et nettoyage d'insertion", kind: "association",
        x: 0, y: 0, epci: "METRO-ARVENNE", departement: "DB",
        themes: ["employment_inclusion", "ecological_transition", "local_economy"], odd: [8, 10, 12],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "employment_inclusion", "local_economy"), res("employment", "employment_inclusion"), res("funding", "employment_inclusion")],
        offers: [res("expertise", "employment_inclusion")],
        monthsSinceUpdate: 2,
      },
      // entreprise PME
      {
        key: "pme-hotels-vieux-port", name: "Hôtels du Vieux-Port d'Arvenne", kind: "entreprise", x: 1.5, y: 2,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["local_economy", "employment_inclusion"], odd: [8, 12],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "employment_inclusion")],
        offers: [res("purchasing", "local_economy", "employment_inclusion"), res("employment", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "ville-arvenne", name: "Ville d'Arvenne", kind: "collectivite", x: 0.8, y: -1,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["employment_inclusion", "local_economy"], odd: [8, 11],
        objectives: ["territory_project"],
        needs: [res("expertise", "employment_inclusion")],
        offers: [res("purchasing", "employment_inclusion", "local_economy"), res("premises", "local_economy")],
        monthsSinceUpdate: 4,
      },
      {
        key: "chu-arvenne", name: "Centre hospitalier universitaire d'Arvenne", kind: "etat", x: 3, y: 4,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["health", "employment_inclusion", "ecological_transition"], odd: [3, 8, 12],
        objectives: ["performance_engagement"],
        needs: [res("network", "employment_inclusion")],
        offers: [res("purchasing", "health", "employment_inclusion")],
        monthsSinceUpdate: 5,
      },
      // entreprise ETI
      {
        key: "eti-saveurs-collectives", name: "Saveurs Collectives (restauration)", kind: "entreprise", x: -4, y: 2.5,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["employment_inclusion", "food_agriculture", "local_economy"], odd: [8, 12],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "employment_inclusion")],
        offers: [res("purchasing", "employment_inclusion", "local_economy")],
        monthsSinceUpdate: 2,
      },
      {
        key: "fondation-insertion-arvenne", name: "Fondation Insertion Arvenne", kind: "fondation", x: 2, y: -2,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["employment_inclusion"], odd: [8, 10],
        objectives: ["hybrid_model"],
        needs: [],
        offers: [res("funding", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "regie-quartier-tilleuls", name: "Régie de quartier Les Tilleuls", kind: "association", x: 1, y: 3,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["employment_inclusion", "social_ties"], odd: [8, 10],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "employment_inclusion")],
        offers: [res("expertise", "employment_inclusion")],
        monthsSinceUpdate: 2,
      },
      // entreprise PME
      {
        key: "pme-thermes-val-sainte", name: "Thermes de Val-Sainte", kind: "entreprise", x: 95, y: 60,
        epci: "CC-VAL-SAINTE", departement: "DC",
        themes: ["health", "local_economy"], odd: [3, 8],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("purchasing", "local_economy", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      // entreprise PME
      {
        key: "pme-residence-du-parc", name: "Résidence Hôtelière du Parc", kind: "entreprise", x: 2, y: 1,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["local_economy", "employment_inclusion"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "employment_inclusion")],
        offers: [res("purchasing", "local_economy", "employment_inclusion")],
        monthsSinceUpdate: 34,
      },
      {
        key: "theatre-des-docks", name: "Théâtre des Docks", kind: "association", x: -1.5, y: -2.5,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["culture_heritage"], odd: [4, 11],
        objectives: ["hybrid_model"],
        needs: [res("funding", "culture_heritage")],
        offers: [res("field_access", "culture_heritage")],
        monthsSinceUpdate: 4,
      },
      {
        key: "ecole-commerce-arvenne", name: "École de commerce d'Arvenne", kind: "academique", x: 5, y: -3,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["local_economy", "youth"], odd: [4, 8],
        objectives: ["performance_engagement"],
        needs: [res("field_access", "local_economy")],
        offers: [res("volunteering", "local_economy"), res("skills", "local_economy")],
        monthsSinceUpdate: 5,
      },
      {
        key: "collectif-amis-du-canal", name: "Les Amis du Canal", kind: "collectif", x: -3, y: -5,
        epci: "METRO-ARVENNE", departement: "DB",
        themes: ["ecological_transition", "citizenship"], odd: [6, 11],
        objectives: ["territory_project"],
        needs: [res("volunteering", "ecological_transition")],
        offers: [],
        monthsSinceUpdate: 6,
      },
    ],
    expected: ["pme-hotels-vieux-port", "ville-arvenne", "chu-arvenne", "eti-saveurs-collectives"],
  },

  // 5. ------------------------------------------------------------------------------------------------------
  {
    id: "periurban-lab-ageing-digital",
    title: "A university lab wants to experiment digital tools against the isolation of older people",
    setting: "periurban",
    objective: "societal_innovation",
    partnershipType: "societal_innovation",
    rationale:
      "The lab has research and students but needs a public of older people and some funding: the town's social " +
      "action centre, the seniors' digital association, the pension fund agency (public and funding) and the home-automation " +
      "SME (wants to test with real users, needs the lab's data) all meet it both ways. The public-health lab is a peer " +
      "with the same need, the mining-basin association is too far, the seniors' club profile is stale, and the football " +
      "club, the garage, the biodiversity foundation and the zero-waste collective are off-topic.",
    subject: "iut-val-de-lisiere-lab",
    organisations: [
      {
        key: "iut-val-de-lisiere-lab", name: "Laboratoire Usages numériques et vieillissement, IUT du Val-de-Lisière",
        kind: "academique", x: 0, y: 0, epci: "CA-VAL-DE-LISIERE", departement: "DA",
        themes: ["ageing", "digital_inclusion", "health"], odd: [3, 4, 10],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "ageing", "digital_inclusion"), res("funding", "ageing")],
        offers: [res("data_research", "ageing", "digital_inclusion"), res("training", "digital_inclusion"), res("volunteering", "digital_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "ville-lisiere-ccas", name: "Ville de Lisière-Saint-Pierre (CCAS)", kind: "collectivite", x: 4, y: 2,
        epci: "CA-VAL-DE-LISIERE", departement: "DA",
        themes: ["ageing", "social_ties"], odd: [3, 10, 11],
        objectives: ["territory_project", "societal_innovation"],
        needs: [res("data_research", "ageing")],
        offers: [res("field_access", "ageing"), res("premises", "ageing")],
        monthsSinceUpdate: 4,
      },
      {
        key: "asso-generation-connectee", name: "Génération Connectée Lisière", kind: "association", x: 6, y: -3,
        epci: "CA-VAL-DE-LISIERE", departement: "DA",
        themes: ["ageing", "digital_inclusion", "social_ties"], odd: [4, 10],
        objectives: ["societal_innovation"],
        needs: [res("training", "digital_inclusion"), res("volunteering", "digital_inclusion")],
        offers: [res("field_access", "ageing", "digital_inclusion")],
        monthsSinceUpdate: 2,
      },
      // entreprise PME
      {
        key: "pme-domalis", name: "Domalis Habitat Connecté", kind: "entreprise", x: 9, y: 5,
        epci: "CA-VAL-DE-LISIERE", departement: "DA",
        themes: ["ageing", "digital_inclusion", "housing"], odd: [3, 9],
        objectives: ["societal_innovation", "performance_engagement"],
        needs: [res("field_access", "ageing"), res("data_research", "ageing")],
        offers: [res("equipment", "ageing", "digital_inclusion")],
        monthsSinceUpdate: 5,
      },
      {
        key: "caisse-retraite-lisiere", name: "Caisse de retraite — agence de Lisière", kind: "etat", x: 12, y: -6,
        epci: "CC-PLAINE-D-ORNELLE", departement: "DA",
        themes: ["ageing", "social_ties", "health"], odd: [1, 3, 10],
        objectives: ["societal_innovation"],
        needs: [res("data_research", "ageing")],
        offers: [res("funding", "ageing"), res("field_access", "ageing")],
        monthsSinceUpdate: 3,
      },
      {
        key: "lab-sante-publique-hautbourg", name: "Laboratoire de santé publique, Université de Hautbourg",
        kind: "academique", x: 14, y: 10, epci: "CA-HAUTBOURG", departement: "DA",
        themes: ["health", "ageing"], odd: [3],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "ageing")],
        offers: [res("data_research", "health")],
        monthsSinceUpdate: 4,
      },
      {
        key: "asso-seniors-numeriques-bassin", name: "Seniors Numériques du Bassin Minier", kind: "association",
        x: 110, y: -70, epci: "CA-BASSIN-MINIER", departement: "DC",
        themes: ["ageing", "digital_inclusion"], odd: [4, 10],
        objectives: ["societal_innovation"],
        needs: [res("training", "digital_inclusion")],
        offers: [res("field_access", "ageing", "digital_inclusion")],
        monthsSinceUpdate: 2,
      },
      {
        key: "club-aines-lisiere", name: "Club des Aînés de Lisière", kind: "association", x: 3, y: -1,
        epci: "CA-VAL-DE-LISIERE", departement: "DA",
        themes: ["ageing", "social_ties", "digital_inclusion"], odd: [3, 10],
        objectives: ["territory_project"],
        needs: [res("training", "digital_inclusion")],
        offers: [res("field_access", "ageing", "digital_inclusion")],
        monthsSinceUpdate: 40,
      },
      {
        key: "fc-lisiere-jeunes", name: "FC Lisière Jeunes", kind: "association", x: -4, y: 3,
        epci: "CA-VAL-DE-LISIERE", departement: "DA",
        themes: ["sport", "youth"], odd: [3],
        objectives: ["hybrid_model"],
        needs: [res("funding", "sport"), res("equipment", "sport")],
        offers: [res("volunteering", "youth")],
        monthsSinceUpdate: 3,
      },
      // entreprise TPE
      {
        key: "tpe-garage-lisiere", name: "Garage Lisière Auto", kind: "entreprise", x: -7, y: -2,
        epci: "CA-VAL-DE-LISIERE", departement: "DA",
        themes: ["mobility", "local_economy"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [res("training", "mobility")],
        offers: [res("employment", "mobility")],
        monthsSinceUpdate: 6,
      },
      {
        key: "fondation-biodiversite-ornelle", name: "Fondation pour la biodiversité de l'Ornelle", kind: "fondation",
        x: 16, y: 4, epci: "CC-PLAINE-D-ORNELLE", departement: "DA",
        themes: ["ecological_transition"], odd: [13, 15],
        objectives: ["societal_innovation"],
        needs: [res("data_research", "ecological_transition")],
        offers: [res("funding", "ecological_transition")],
        monthsSinceUpdate: 4,
      },
      {
        key: "collectif-zero-dechet-lisiere", name: "Collectif Zéro Déchet Lisière", kind: "collectif", x: 2, y: 5,
        epci: "CA-VAL-DE-LISIERE", departement: "DA",
        themes: ["ecological_transition", "citizenship"], odd: [12],
        objectives: ["territory_project"],
        needs: [res("premises", "ecological_transition")],
        offers: [res("volunteering", "ecological_transition")],
        monthsSinceUpdate: 5,
      },
    ],
    expected: ["ville-lisiere-ccas", "asso-generation-connectee", "pme-domalis", "caisse-retraite-lisiere"],
  },

  // 6. ------------------------------------------------------------------------------------------------------
  {
    id: "rural-pme-staff-engagement",
    title: "A rural cheese dairy wants to engage its staff and resources in the life of its valleys",
    setting: "rural",
    objective: "performance_engagement",
    partnershipType: "mecenat",
    rationale:
      "The dairy offers staff volunteering, skills, funding and food donations: the village café association, the " +
      "villagers' revitalisation collective, the food bank and the public nursing home need exactly these, within the " +
      "département, and the café and the collective can give the dairy local visibility in return. The cured-meat SME " +
      "offers the same things and needs nothing, the coastal food charity is 140 km away, the rural hall association " +
      "has not updated its profile for years, the photo club only needs premises, and the foundation and the crafts " +
      "chamber are givers, not receivers.",
    subject: "pme-fromagerie-hautes-combes",
    organisations: [
      // entreprise PME
      {
        key: "pme-fromagerie-hautes-combes", name: "Fromagerie des Hautes Combes", kind: "entreprise", x: 0, y: 0,
        epci: "CC-HAUTES-COMBES", departement: "DA",
        themes: ["food_agriculture", "rural_revitalisation", "social_ties"], odd: [2, 8, 12],
        objectives: ["performance_engagement"],
        needs: [res("network", "rural_revitalisation", "food_agriculture")],
        offers: [
          res("skills", "local_economy"), res("volunteering", "social_ties", "rural_revitalisation"),
          res("funding", "rural_revitalisation", "social_ties"), res("equipment", "food_agriculture"),
        ],
        monthsSinceUpdate: 2,
      },
      {
        key: "asso-bistrot-des-combes", name: "Le Bistrot des Combes (café associatif)", kind: "association", x: 8, y: 5,
        epci: "CC-HAUTES-COMBES", departement: "DA",
        themes: ["social_ties", "rural_revitalisation", "culture_heritage"], odd: [10, 11],
        objectives: ["territory_project", "hybrid_model"],
        needs: [res("volunteering", "social_ties"), res("skills", "local_economy"), res("funding", "rural_revitalisation")],
        offers: [res("network", "rural_revitalisation", "social_ties")],
        monthsSinceUpdate: 3,
      },
      {
        key: "collectif-vivre-a-saint-ours", name: "Collectif Vivre à Saint-Ours", kind: "collectif", x: -12, y: 6,
        epci: "CC-HAUTES-COMBES", departement: "DA",
        themes: ["rural_revitalisation", "citizenship", "social_ties"], odd: [11, 17],
        objectives: ["territory_project"],
        needs: [res("funding", "rural_revitalisation"), res("volunteering", "rural_revitalisation")],
        offers: [res("network", "rural_revitalisation")],
        monthsSinceUpdate: 2,
      },
      {
        key: "banque-alimentaire-combes", name: "Banque alimentaire des Combes", kind: "association", x: 18, y: -10,
        epci: "CC-PIEMONT-DES-COMBES", departement: "DA",
        themes: ["poverty", "food_agriculture"], odd: [1, 2],
        objectives: ["hybrid_model"],
        needs: [res("equipment", "food_agriculture"), res("skills", "local_economy"), res("volunteering", "poverty", "food_agriculture")],
        offers: [res("field_access", "poverty")],
        monthsSinceUpdate: 4,
      },
      {
        key: "ehpad-saint-ours", name: "EHPAD public de Saint-Ours", kind: "etat", x: -10, y: -5,
        epci: "CC-HAUTES-COMBES", departement: "DA",
        themes: ["ageing", "social_ties"], odd: [3, 10],
        objectives: ["territory_project"],
        needs: [res("volunteering", "ageing", "social_ties")],
        offers: [res("field_access", "ageing")],
        monthsSinceUpdate: 5,
      },
      // entreprise PME
      {
        key: "pme-salaisons-des-combes", name: "Salaisons des Combes", kind: "entreprise", x: 14, y: 8,
        epci: "CC-HAUTES-COMBES", departement: "DA",
        themes: ["food_agriculture", "rural_revitalisation"], odd: [8, 12],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("volunteering", "rural_revitalisation"), res("skills", "local_economy")],
        monthsSinceUpdate: 3,
      },
      {
        key: "restos-solidaires-port-lannec", name: "Restos Solidaires de Port-Lannec", kind: "association", x: 140, y: 30,
        epci: "CA-PORT-LANNEC", departement: "DC",
        themes: ["poverty", "food_agriculture"], odd: [1, 2],
        objectives: ["hybrid_model"],
        needs: [res("volunteering", "poverty"), res("equipment", "food_agriculture")],
        offers: [],
        monthsSinceUpdate: 2,
      },
      {
        key: "foyer-rural-saint-ours", name: "Foyer rural de Saint-Ours", kind: "association", x: 7, y: 3,
        epci: "CC-HAUTES-COMBES", departement: "DA",
        themes: ["social_ties", "rural_revitalisation"], odd: [10, 11],
        objectives: ["territory_project"],
        needs: [res("volunteering", "social_ties"), res("skills", "local_economy"), res("funding", "rural_revitalisation")],
        offers: [res("network", "rural_revitalisation")],
        monthsSinceUpdate: 45,
      },
      {
        key: "club-photo-des-combes", name: "Club photo des Combes", kind: "association", x: 20, y: 14,
        epci: "CC-PIEMONT-DES-COMBES", departement: "DA",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("premises", "culture_heritage")],
        offers: [],
        monthsSinceUpdate: 6,
      },
      {
        key: "fondation-des-combes", name: "Fondation des Combes", kind: "fondation", x: 25, y: -4,
        epci: "CC-PIEMONT-DES-COMBES", departement: "DA",
        themes: ["rural_revitalisation", "social_ties"], odd: [10, 11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "rural_revitalisation")],
        monthsSinceUpdate: 4,
      },
      {
        key: "cma-antenne-combes", name: "Chambre de métiers et de l'artisanat — antenne des Combes", kind: "reseau",
        x: 30, y: 12, epci: "CA-VERGNE", departement: "DA",
        themes: ["local_economy"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("training", "local_economy")],
        monthsSinceUpdate: 5,
      },
    ],
    expected: ["asso-bistrot-des-combes", "collectif-vivre-a-saint-ours", "banque-alimentaire-combes", "ehpad-saint-ours"],
  },

  // 7. ------------------------------------------------------------------------------------------------------
  {
    id: "urban-ptce-food-hub",
    title: "An urban economic cooperation hub builds a local vegetable-processing unit with its territory",
    setting: "urban",
    objective: "territory_project",
    partnershipType: "economic_cooperation",
    rationale:
      "The hub needs buyers and premises for its vegetable unit and brings project engineering: the city (school " +
      "canteens and a former central kitchen), the contract caterer, the hospital and the inclusion market garden (a " +
      "supplier that needs outlets and engineering) form the joint local offer. The chamber of commerce is a peer network " +
      "with the same offers, the organic wholesaler is 170 km away, the school-catering syndicate's profile is stale, and " +
      "the theatre, the youth foundation, the sport-only bank and the cycling collective have no role in this chain.",
    subject: "ptce-rive-sud",
    organisations: [
      {
        key: "ptce-rive-sud", name: "Pôle Territorial de Coopération Économique Rive-Sud", kind: "reseau", x: 0, y: 0,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["food_agriculture", "local_economy", "employment_inclusion"], odd: [2, 8, 12],
        objectives: ["territory_project", "hybrid_model"],
        needs: [res("purchasing", "food_agriculture", "local_economy"), res("premises", "food_agriculture")],
        offers: [res("project_engineering", "food_agriculture", "local_economy"), res("network", "local_economy")],
        monthsSinceUpdate: 2,
      },
      {
        key: "ville-valmere", name: "Ville de Valmère (restauration scolaire)", kind: "collectivite", x: 2, y: 1,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["food_agriculture", "education", "local_economy"], odd: [2, 4, 12],
        objectives: ["territory_project"],
        needs: [res("project_engineering", "food_agriculture")],
        offers: [res("purchasing", "food_agriculture"), res("premises", "food_agriculture")],
        monthsSinceUpdate: 3,
      },
      // entreprise ETI
      {
        key: "eti-convive-restauration", name: "Convive Restauration", kind: "entreprise", x: 5, y: -3,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["food_agriculture", "local_economy"], odd: [2, 12],
        objectives: ["performance_engagement"],
        needs: [res("network", "local_economy", "food_agriculture")],
        offers: [res("purchasing", "food_agriculture", "local_economy")],
        monthsSinceUpdate: 4,
      },
      {
        key: "ch-valmere", name: "Centre hospitalier de Valmère", kind: "etat", x: -3, y: 4,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["health", "food_agriculture"], odd: [2, 3, 12],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("purchasing", "food_agriculture", "health")],
        monthsSinceUpdate: 6,
      },
      {
        key: "asso-potagers-insertion-val", name: "Les Potagers d'Insertion du Val", kind: "association", x: 8, y: 6,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["food_agriculture", "employment_inclusion"], odd: [2, 8],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "food_agriculture", "employment_inclusion"), res("project_engineering", "food_agriculture")],
        offers: [res("expertise", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "cci-valmere", name: "CCI de Valmère", kind: "reseau", x: 1, y: -1,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["local_economy"], odd: [8, 9],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("network", "local_economy"), res("project_engineering", "local_economy")],
        monthsSinceUpdate: 2,
      },
      // entreprise ETI
      {
        key: "grossiste-bio-du-nord", name: "Grossiste Bio du Nord", kind: "entreprise", x: 160, y: 80,
        epci: "CA-NORDHAVEN", departement: "DD",
        themes: ["food_agriculture"], odd: [2, 12],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("purchasing", "food_agriculture")],
        monthsSinceUpdate: 3,
      },
      {
        key: "syndicat-restauration-scolaire", name: "Syndicat intercommunal de restauration scolaire du Val",
        kind: "collectivite", x: 3, y: -2, epci: "METRO-VALMERE", departement: "DA",
        themes: ["food_agriculture", "education"], odd: [2, 4],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("purchasing", "food_agriculture")],
        monthsSinceUpdate: 48,
      },
      {
        key: "theatre-du-quai", name: "Compagnie Théâtre du Quai", kind: "association", x: -1, y: -2,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["culture_heritage"], odd: [4],
        objectives: ["hybrid_model"],
        needs: [res("funding", "culture_heritage")],
        offers: [],
        monthsSinceUpdate: 5,
      },
      {
        key: "fondation-valmere-jeunesse", name: "Fondation Valmère Jeunesse", kind: "fondation", x: 4, y: 3,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["youth"], odd: [4],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "youth")],
        monthsSinceUpdate: 4,
      },
      // entreprise GE
      {
        key: "banque-valmere", name: "Banque de Valmère", kind: "entreprise", x: 0.5, y: 1.5,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["sport"], odd: [3],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("funding", "sport")],
        monthsSinceUpdate: 3,
      },
      {
        key: "collectif-velo-valmere", name: "Collectif Vélo Valmère", kind: "collectif", x: -4, y: -1,
        epci: "METRO-VALMERE", departement: "DA",
        themes: ["mobility", "ecological_transition"], odd: [11, 13],
        objectives: ["territory_project"],
        needs: [res("premises", "mobility")],
        offers: [res("volunteering", "mobility")],
        monthsSinceUpdate: 2,
      },
    ],
    expected: ["ville-valmere", "eti-convive-restauration", "ch-valmere", "asso-potagers-insertion-val"],
  },

  // 8. ------------------------------------------------------------------------------------------------------
  {
    id: "periurban-boxing-club-premises",
    title: "An educational boxing club for teenagers needs a training room",
    setting: "periurban",
    objective: "hybrid_model",
    partnershipType: "mecenat",
    rationale:
      "The question is the club's premises need: the town (gym slots), the warehouse SME (unused space lent as in-kind " +
      "sponsorship), the lycée (evening gym) and the social housing office (ground-floor rooms on the estate) can all " +
      "lend a room nearby, and most want the club's access to teenagers in return. The sport foundation and the sports " +
      "store meet its funding and equipment needs, not this one; the judo club competes for rooms; the coastal town is " +
      "120 km away; the property company's profile is stale; the accountant has nothing to lend.",
    subject: "asso-boxe-coteaux",
    focus: { direction: "need", index: 0 },
    organisations: [
      {
        key: "asso-boxe-coteaux", name: "Boxe Éducative des Coteaux", kind: "association", x: 0, y: 0,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["sport", "youth", "equality_diversity"], odd: [3, 4, 5],
        objectives: ["hybrid_model"],
        needs: [res("premises", "sport", "youth"), res("funding", "sport"), res("equipment", "sport")],
        offers: [res("field_access", "youth", "sport"), res("expertise", "youth")],
        monthsSinceUpdate: 1,
      },
      {
        key: "ville-sainte-colombe", name: "Ville de Sainte-Colombe-les-Coteaux", kind: "collectivite", x: 2, y: 3,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["sport", "youth", "citizenship"], odd: [3, 11],
        objectives: ["territory_project"],
        needs: [res("field_access", "youth")],
        offers: [res("premises", "sport", "youth")],
        monthsSinceUpdate: 3,
      },
      // entreprise PME
      {
        key: "pme-entrepots-coteaux", name: "Entrepôts des Coteaux", kind: "entreprise", x: 6, y: -2,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["local_economy", "youth"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [res("field_access", "youth")],
        offers: [res("premises", "youth", "sport")],
        monthsSinceUpdate: 4,
      },
      {
        key: "lycee-polyvalent-coteaux", name: "Lycée polyvalent des Coteaux", kind: "academique", x: 4, y: 5,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["education", "youth", "sport"], odd: [4],
        objectives: ["territory_project"],
        needs: [res("field_access", "youth")],
        offers: [res("premises", "sport", "education")],
        monthsSinceUpdate: 5,
      },
      {
        key: "oph-coteaux-habitat", name: "Coteaux Habitat (office public de l'habitat)", kind: "etat", x: 1.5, y: -1.5,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["housing", "youth", "social_ties"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("field_access", "youth", "social_ties")],
        offers: [res("premises", "housing", "youth", "sport")],
        monthsSinceUpdate: 2,
      },
      {
        key: "fondation-sport-et-avenir", name: "Fondation Sport et Avenir", kind: "fondation", x: 8, y: 4,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["sport", "youth"], odd: [3, 4],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "sport", "youth")],
        monthsSinceUpdate: 3,
      },
      // entreprise GE (local store of a sports retailer)
      {
        key: "sportissimo-coteaux", name: "Magasin Sportissimo des Coteaux", kind: "entreprise", x: 5, y: 1,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["sport"], odd: [3],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("equipment", "sport")],
        monthsSinceUpdate: 2,
      },
      {
        key: "judo-club-coteaux", name: "Judo Club des Coteaux", kind: "association", x: -2, y: 2,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["sport", "youth"], odd: [3],
        objectives: ["hybrid_model"],
        needs: [res("premises", "sport")],
        offers: [res("field_access", "youth")],
        monthsSinceUpdate: 4,
      },
      {
        key: "ville-port-aures", name: "Ville de Port-Aurès", kind: "collectivite", x: 120, y: 40,
        epci: "CA-PORT-AURES", departement: "DC",
        themes: ["sport", "youth"], odd: [3, 11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("premises", "sport", "youth")],
        monthsSinceUpdate: 3,
      },
      // entreprise PME
      {
        key: "pme-immobiliere-coteaux", name: "Société immobilière des Coteaux", kind: "entreprise", x: 3, y: -4,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["local_economy", "youth"], odd: [11],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("premises", "youth", "sport")],
        monthsSinceUpdate: 36,
      },
      // entreprise TPE
      {
        key: "cabinet-comptable-lemoine", name: "Cabinet comptable Lemoine", kind: "entreprise", x: -3, y: -3,
        epci: "CA-COTEAUX-DE-L-YSE", departement: "DB",
        themes: ["local_economy"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("skills", "local_economy")],
        monthsSinceUpdate: 5,
      },
    ],
    expected: ["ville-sainte-colombe", "pme-entrepots-coteaux", "lycee-polyvalent-coteaux", "oph-coteaux-habitat"],
  },

  // 9. ------------------------------------------------------------------------------------------------------
  {
    id: "rural-tpe-joinery-circular",
    title: "A village joinery wants to reduce its waste and eco-design its products",
    setting: "rural",
    objective: "performance_engagement",
    partnershipType: "responsible_practices",
    rationale:
      "The joinery needs ecological-transition expertise and training, and offers apprenticeships and wood offcuts: the " +
      "environmental education association (wants the offcuts for its workshops), the crafts chamber's transition team, " +
      "the intercommunality's waste service (looks for pilot companies) and the wood vocational school (needs " +
      "apprenticeships, teaches eco-design) all complement it. The other carpenter has the same need, the Atlantic " +
      "eco-building association is 150 km away, the wood-and-environment association's profile is stale, and the " +
      "festival committee, the health foundation and the AMAP are off-topic.",
    subject: "tpe-menuiserie-vernet",
    organisations: [
      // entreprise TPE
      {
        key: "tpe-menuiserie-vernet", name: "Menuiserie artisanale Vernet et Fils", kind: "entreprise", x: 0, y: 0,
        epci: "CC-BOCAGE-DES-SAULES", departement: "DA",
        themes: ["ecological_transition", "local_economy", "rural_revitalisation"], odd: [8, 12, 13],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "ecological_transition"), res("training", "ecological_transition")],
        offers: [res("employment", "youth", "local_economy"), res("equipment", "ecological_transition"), res("skills", "local_economy")],
        monthsSinceUpdate: 2,
      },
      {
        key: "asso-bocage-environnement", name: "Bocage Environnement (centre d'éducation à l'environnement)",
        kind: "association", x: 12, y: 8, epci: "CC-BOCAGE-DES-SAULES", departement: "DA",
        themes: ["ecological_transition", "education"], odd: [4, 12, 13],
        objectives: ["performance_engagement", "territory_project"],
        needs: [res("equipment", "ecological_transition"), res("funding", "ecological_transition")],
        offers: [res("expertise", "ecological_transition"), res("training", "ecological_transition")],
        monthsSinceUpdate: 3,
      },
      {
        key: "cma-bocage-transition", name: "Chambre de métiers du Bocage — pôle transition", kind: "reseau", x: 25, y: -10,
        epci: "CC-VAL-DE-SORNE", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [8, 12],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("expertise", "ecological_transition", "local_economy"), res("training", "ecological_transition")],
        monthsSinceUpdate: 4,
      },
      {
        key: "cc-bocage-service-dechets", name: "Communauté de communes du Bocage des Saules — service déchets",
        kind: "collectivite", x: 6, y: -7, epci: "CC-BOCAGE-DES-SAULES", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [11, 12],
        objectives: ["territory_project"],
        needs: [res("field_access", "ecological_transition")],
        offers: [res("expertise", "ecological_transition"), res("data_research", "ecological_transition")],
        monthsSinceUpdate: 5,
      },
      {
        key: "lycee-pro-bois-sorne", name: "Lycée professionnel du bois de Sorne", kind: "academique", x: 30, y: 15,
        epci: "CC-VAL-DE-SORNE", departement: "DA",
        themes: ["education", "youth", "ecological_transition"], odd: [4, 8],
        objectives: ["performance_engagement"],
        needs: [res("employment", "youth")],
        offers: [res("training", "ecological_transition")],
        monthsSinceUpdate: 3,
      },
      // entreprise TPE
      {
        key: "tpe-charpente-dumas", name: "Charpente Dumas", kind: "entreprise", x: -14, y: 9,
        epci: "CC-BOCAGE-DES-SAULES", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [12],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "ecological_transition")],
        offers: [res("employment", "youth")],
        monthsSinceUpdate: 4,
      },
      {
        key: "eco-construction-atlantique", name: "Éco-Construction Atlantique", kind: "association", x: 150, y: -20,
        epci: "CA-ESTUAIRE", departement: "DC",
        themes: ["ecological_transition", "housing"], odd: [11, 12],
        objectives: ["performance_engagement"],
        needs: [res("funding", "ecological_transition")],
        offers: [res("expertise", "ecological_transition"), res("training", "ecological_transition")],
        monthsSinceUpdate: 2,
      },
      {
        key: "asso-bois-environnement-bocage", name: "Bois et Environnement du Bocage", kind: "association", x: 8, y: -5,
        epci: "CC-BOCAGE-DES-SAULES", departement: "DA",
        themes: ["ecological_transition"], odd: [12, 15],
        objectives: ["performance_engagement"],
        needs: [res("equipment", "ecological_transition")],
        offers: [res("expertise", "ecological_transition"), res("training", "ecological_transition")],
        monthsSinceUpdate: 33,
      },
      {
        key: "comite-fetes-saint-saulge", name: "Comité des fêtes de Saint-Saulge", kind: "association", x: -6, y: -9,
        epci: "CC-BOCAGE-DES-SAULES", departement: "DA",
        themes: ["culture_heritage", "social_ties"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("volunteering", "culture_heritage")],
        offers: [],
        monthsSinceUpdate: 6,
      },
      {
        key: "fondation-sante-bocage", name: "Fondation Santé Bocage", kind: "fondation", x: 20, y: 20,
        epci: "CC-VAL-DE-SORNE", departement: "DA",
        themes: ["health"], odd: [3],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "health")],
        monthsSinceUpdate: 4,
      },
      {
        key: "amap-du-bocage", name: "AMAP du Bocage", kind: "collectif", x: -10, y: 4,
        epci: "CC-BOCAGE-DES-SAULES", departement: "DA",
        themes: ["food_agriculture"], odd: [2, 12],
        objectives: ["territory_project"],
        needs: [res("premises", "food_agriculture")],
        offers: [res("purchasing", "food_agriculture")],
        monthsSinceUpdate: 3,
      },
    ],
    expected: ["asso-bocage-environnement", "cma-bocage-transition", "cc-bocage-service-dechets", "lycee-pro-bois-sorne"],
  },

  // 10. -----------------------------------------------------------------------------------------------------
  {
    id: "urban-foundation-youth-housing",
    title: "A foundation wants to experiment a new housing answer for young workers in the city",
    setting: "urban",
    objective: "societal_innovation",
    partnershipType: "societal_innovation",
    rationale:
      "The foundation brings funding and needs a public, a terrain and data to design its experiment: the young workers' " +
      "hostel, the public housing office (vacant flats, needs a study), the urban observatory, the local youth mission " +
      "and the city's housing department each bring one of these and most need funding or engineering in return. The " +
      "other foundation offers the same money, the coastal housing association is 140 km away, the social residence's " +
      "profile is stale, and the web agency and the fencing club have nothing to do with housing.",
    subject: "fondation-seuil",
    organisations: [
      {
        key: "fondation-seuil", name: "Fondation Le Seuil — habitat des jeunes", kind: "fondation", x: 0, y: 0,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["housing", "youth", "poverty"], odd: [1, 10, 11],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "housing", "youth"), res("data_research", "housing", "youth"), res("project_engineering", "housing")],
        offers: [res("funding", "housing", "youth", "poverty"), res("network", "housing")],
        monthsSinceUpdate: 2,
      },
      {
        key: "fjt-des-tanneurs", name: "Foyer de jeunes travailleurs des Tanneurs", kind: "association", x: 1.2, y: 2,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["housing", "youth"], odd: [1, 11],
        objectives: ["societal_innovation", "hybrid_model"],
        needs: [res("funding", "housing")],
        offers: [res("field_access", "housing", "youth"), res("expertise", "housing", "youth")],
        monthsSinceUpdate: 3,
      },
      {
        key: "oph-argens-habitat", name: "Argens Habitat (office public de l'habitat)", kind: "etat", x: 3, y: -1,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["housing", "poverty"], odd: [1, 11],
        objectives: ["societal_innovation", "territory_project"],
        needs: [res("data_research", "housing")],
        offers: [res("field_access", "housing"), res("premises", "housing")],
        monthsSinceUpdate: 4,
      },
      {
        key: "observatoire-urbain-argens", name: "Observatoire urbain, Université d'Argens", kind: "academique", x: -2, y: 3.5,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["housing", "youth", "poverty"], odd: [1, 4, 11],
        objectives: ["societal_innovation"],
        needs: [res("funding", "housing"), res("field_access", "housing")],
        offers: [res("data_research", "housing", "youth", "poverty")],
        monthsSinceUpdate: 5,
      },
      {
        key: "mission-locale-argens", name: "Mission locale Argens Centre", kind: "association", x: 0.8, y: -2.2,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["youth", "employment_inclusion", "housing"], odd: [4, 8, 10],
        objectives: ["societal_innovation"],
        needs: [res("funding", "youth", "housing")],
        offers: [res("field_access", "youth", "employment_inclusion")],
        monthsSinceUpdate: 2,
      },
      {
        key: "ville-argens-logement", name: "Ville d'Argens — service logement", kind: "collectivite", x: -0.6, y: 0.7,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["housing", "youth"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("project_engineering", "housing")],
        offers: [res("data_research", "housing"), res("field_access", "housing")],
        monthsSinceUpdate: 3,
      },
      {
        key: "fondation-argens-solidarites", name: "Fondation Argens Solidarités", kind: "fondation", x: 2, y: 2,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["housing", "poverty"], odd: [1, 11],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "housing")],
        offers: [res("funding", "housing", "poverty")],
        monthsSinceUpdate: 3,
      },
      {
        key: "habitat-jeunes-littoral", name: "Habitat Jeunes du Littoral", kind: "association", x: 140, y: -20,
        epci: "CA-LITTORAL-NORD", departement: "DC",
        themes: ["housing", "youth"], odd: [11],
        objectives: ["societal_innovation"],
        needs: [res("funding", "housing")],
        offers: [res("field_access", "housing", "youth")],
        monthsSinceUpdate: 2,
      },
      {
        key: "residence-sociale-saint-luc", name: "Résidence sociale Saint-Luc", kind: "association", x: 1.5, y: 1,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["housing", "youth", "poverty"], odd: [1, 11],
        objectives: ["societal_innovation"],
        needs: [res("funding", "housing")],
        offers: [res("field_access", "housing", "youth")],
        monthsSinceUpdate: 50,
      },
      // entreprise PME
      {
        key: "pme-pixel-argens", name: "Agence web Pixel Argens", kind: "entreprise", x: 4, y: 4,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["digital_inclusion", "local_economy"], odd: [9],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("skills", "digital_inclusion")],
        monthsSinceUpdate: 4,
      },
      {
        key: "escrime-argens", name: "Cercle d'escrime d'Argens", kind: "association", x: -3, y: -3,
        epci: "METRO-ARGENS", departement: "DA",
        themes: ["sport"], odd: [3],
        objectives: ["hybrid_model"],
        needs: [res("funding", "sport")],
        offers: [],
        monthsSinceUpdate: 6,
      },
    ],
    expected: ["fjt-des-tanneurs", "oph-argens-habitat", "observatoire-urbain-argens", "mission-locale-argens", "ville-argens-logement"],
  },

  // 11. -----------------------------------------------------------------------------------------------------
  {
    id: "rural-collective-third-place",
    title: "A citizens' collective turns a barn into a village third place and looks for support",
    setting: "rural",
    objective: "territory_project",
    partnershipType: "mecenat",
    rationale:
      "The collective needs funding, tools, legal skills and project engineering, and offers a lively public place and " +
      "volunteers: the village foundation, the sawmill (tools, wood), the hydro plant (funding and skills sponsorship, " +
      "wants local ties), the support scheme for project engineering and the town hall (engineering, wants volunteers) " +
      "answer these within the département. The festival collective is a peer with the same needs, the western rural " +
      "foundation is 200 km away, the old joinery profile is stale, and the pharma lab and the hiking club fund or do " +
      "other things.",
    subject: "collectif-grange-commune",
    organisations: [
      {
        key: "collectif-grange-commune", name: "Collectif La Grange Commune (tiers-lieu de Vauclair)", kind: "collectif",
        x: 0, y: 0, epci: "CC-MONTAGNE-DE-VAUCLAIR", departement: "DB",
        themes: ["rural_revitalisation", "social_ties", "culture_heritage", "citizenship"], odd: [10, 11, 17],
        objectives: ["territory_project"],
        needs: [
          res("funding", "rural_revitalisation", "social_ties"), res("equipment", "rural_revitalisation"),
          res("skills", "local_economy"), res("project_engineering", "rural_revitalisation"),
        ],
        offers: [res("field_access", "rural_revitalisation", "social_ties"), res("volunteering", "citizenship"), res("premises", "culture_heritage")],
        monthsSinceUpdate: 1,
      },
      {
        key: "fondation-villages-vivants", name: "Fondation Villages Vivants", kind: "fondation", x: 22, y: -14,
        epci: "CC-PAYS-DE-LUZERNE", departement: "DB",
        themes: ["rural_revitalisation", "social_ties"], odd: [10, 11],
        objectives: ["territory_project"],
        needs: [res("field_access", "rural_revitalisation")],
        offers: [res("funding", "rural_revitalisation", "social_ties")],
        monthsSinceUpdate: 4,
      },
      // entreprise PME
      {
        key: "pme-scierie-haut-vauclair", name: "Scierie du Haut-Vauclair", kind: "entreprise", x: 9, y: 6,
        epci: "CC-MONTAGNE-DE-VAUCLAIR", departement: "DB",
        themes: ["local_economy", "rural_revitalisation"], odd: [8, 12],
        objectives: ["performance_engagement"],
        needs: [res("network", "local_economy")],
        offers: [res("equipment", "rural_revitalisation"), res("skills", "local_economy")],
        monthsSinceUpdate: 5,
      },
      // entreprise GE (local plant)
      {
        key: "ge-hydro-gorges", name: "Hydro-Électrique des Gorges — centrale de Vauclair", kind: "entreprise", x: 15, y: 4,
        epci: "CC-MONTAGNE-DE-VAUCLAIR", departement: "DB",
        themes: ["ecological_transition", "rural_revitalisation"], odd: [7, 11, 13],
        objectives: ["performance_engagement", "territory_project"],
        needs: [res("field_access", "rural_revitalisation", "ecological_transition")],
        offers: [res("funding", "rural_revitalisation", "ecological_transition"), res("skills", "local_economy")],
        monthsSinceUpdate: 3,
      },
      {
        key: "dla-departement", name: "Dispositif local d'accompagnement (DLA) du département", kind: "reseau", x: 35, y: 10,
        epci: "CA-BOURG-EN-LUZE", departement: "DB",
        themes: ["local_economy", "rural_revitalisation"], odd: [8, 17],
        objectives: ["hybrid_model", "territory_project"],
        needs: [],
        offers: [res("project_engineering", "local_economy", "rural_revitalisation")],
        monthsSinceUpdate: 2,
      },
      {
        key: "mairie-vauclair", name: "Mairie de Vauclair", kind: "collectivite", x: 5, y: 2,
        epci: "CC-MONTAGNE-DE-VAUCLAIR", departement: "DB",
        themes: ["rural_revitalisation", "citizenship", "social_ties"], odd: [11, 16],
        objectives: ["territory_project"],
        needs: [res("volunteering", "citizenship")],
        offers: [res("project_engineering", "rural_revitalisation"), res("network", "rural_revitalisation")],
        monthsSinceUpdate: 3,
      },
      {
        key: "collectif-festival-des-granges", name: "Collectif Festival des Granges", kind: "collectif", x: -18, y: 12,
        epci: "CC-MONTAGNE-DE-VAUCLAIR", departement: "DB",
        themes: ["culture_heritage", "rural_revitalisation"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("funding", "culture_heritage"), res("volunteering", "culture_heritage")],
        offers: [],
        monthsSinceUpdate: 3,
      },
      {
        key: "fondation-rurale-grand-ouest", name: "Fondation Rurale du Grand Ouest", kind: "fondation", x: 200, y: 50,
        epci: "METRO-OUESTREL", departement: "DD",
        themes: ["rural_revitalisation"], odd: [11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "rural_revitalisation", "social_ties")],
        monthsSinceUpdate: 2,
      },
      // entreprise PME
      {
        key: "pme-menuiserie-vauclair", name: "Menuiserie du Vauclair", kind: "entreprise", x: 7, y: -6,
        epci: "CC-MONTAGNE-DE-VAUCLAIR", departement: "DB",
        themes: ["local_economy", "rural_revitalisation"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("equipment", "rural_revitalisation"), res("skills", "local_economy")],
        monthsSinceUpdate: 31,
      },
      // entreprise ETI
      {
        key: "eti-laboratoires-vauclair", name: "Laboratoires pharmaceutiques du Vauclair", kind: "entreprise", x: 28, y: -20,
        epci: "CC-PAYS-DE-LUZERNE", departement: "DB",
        themes: ["health"], odd: [3],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("funding", "health")],
        monthsSinceUpdate: 4,
      },
      {
        key: "rando-vauclair", name: "Club de randonnée du Vauclair", kind: "association", x: -8, y: -7,
        epci: "CC-MONTAGNE-DE-VAUCLAIR", departement: "DB",
        themes: ["sport"], odd: [3, 15],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("volunteering", "sport")],
        monthsSinceUpdate: 5,
      },
    ],
    expected: ["fondation-villages-vivants", "pme-scierie-haut-vauclair", "ge-hydro-gorges", "dla-departement", "mairie-vauclair"],
  },

  // 12. -----------------------------------------------------------------------------------------------------
  {
    id: "urban-eti-inclusive-purchasing",
    title: "A logistics company opens part of its purchasing to inclusive local suppliers",
    setting: "urban",
    objective: "performance_engagement",
    partnershipType: "economic_cooperation",
    rationale:
      "The question is who could take the company's purchasing offer (green spaces, cleaning, pallets, catering): the " +
      "sheltered workshop (which can also bring the disability expertise the company needs), the neighbourhood régie, " +
      "the pallet-repair inclusion site and the inclusion caterer all look for such customers nearby. The other " +
      "logistics company buys rather than sells, the youth centre and the university want funding or internships, not " +
      "contracts; the distant sheltered workshop is about 130 km away; the other régie's profile is stale; the collective and " +
      "the art foundation are unrelated.",
    subject: "eti-transports-beaumarais",
    focus: { direction: "offer", index: 0 },
    organisations: [
      // entreprise ETI
      {
        key: "eti-transports-beaumarais", name: "Transports et Logistique de Beaumarais", kind: "entreprise", x: 0, y: 0,
        epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["employment_inclusion", "disability", "local_economy"], odd: [8, 10, 12],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "disability")],
        offers: [
          res("purchasing", "employment_inclusion", "disability", "local_economy"), res("funding", "youth"),
          res("employment", "employment_inclusion"),
        ],
        monthsSinceUpdate: 2,
      },
      {
        key: "esat-ateliers-du-marais", name: "ESAT Les Ateliers du Marais", kind: "association", x: 2, y: -1.5,
        epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["disability", "employment_inclusion"], odd: [8, 10],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "disability", "employment_inclusion")],
        offers: [res("expertise", "disability")],
        monthsSinceUpdate: 3,
      },
      {
        key: "regie-beaumarais-nord", name: "Régie de quartier Beaumarais-Nord", kind: "association", x: 1, y: 3,
        epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["employment_inclusion", "social_ties"], odd: [8, 10, 11],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "employment_inclusion")],
        offers: [res("field_access", "social_ties")],
        monthsSinceUpdate: 4,
      },
      {
        key: "atelier-palettes-solidaires", name: "Atelier Palettes Solidaires (chantier d'insertion)", kind: "association",
        x: 5, y: -4, epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["employment_inclusion", "ecological_transition"], odd: [8, 12],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "employment_inclusion", "ecological_transition")],
        offers: [],
        monthsSinceUpdate: 2,
      },
      {
        key: "cuisine-solidaire-marais", name: "Cuisine Solidaire du Marais (traiteur d'insertion)", kind: "association",
        x: 3.5, y: 2.5, epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["employment_inclusion", "food_agriculture"], odd: [2, 8],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "employment_inclusion", "food_agriculture")],
        offers: [],
        monthsSinceUpdate: 5,
      },
      // entreprise PME
      {
        key: "pme-logistique-express", name: "Logistique Express Beaumarais", kind: "entreprise", x: 1.5, y: -0.5,
        epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["local_economy"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("purchasing", "local_economy")],
        monthsSinceUpdate: 3,
      },
      {
        key: "maison-des-jeunes-marais", name: "Maison des Jeunes du Marais", kind: "association", x: -2, y: 2,
        epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["youth", "education"], odd: [4],
        objectives: ["hybrid_model"],
        needs: [res("funding", "youth")],
        offers: [res("field_access", "youth")],
        monthsSinceUpdate: 2,
      },
      {
        key: "esat-val-lointain", name: "ESAT du Val Lointain", kind: "association", x: 120, y: 45,
        epci: "CC-VAL-LOINTAIN", departement: "DC",
        themes: ["disability", "employment_inclusion"], odd: [8, 10],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "disability", "employment_inclusion")],
        offers: [res("expertise", "disability")],
        monthsSinceUpdate: 3,
      },
      {
        key: "regie-saint-eloi", name: "Régie de quartier Saint-Éloi", kind: "association", x: 2.5, y: 1,
        epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["employment_inclusion"], odd: [8, 10],
        objectives: ["hybrid_model"],
        needs: [res("purchasing", "employment_inclusion")],
        offers: [],
        monthsSinceUpdate: 37,
      },
      {
        key: "collectif-quartier-fleuri", name: "Collectif Quartier Fleuri", kind: "collectif", x: -1, y: -3,
        epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["ecological_transition", "social_ties"], odd: [11, 15],
        objectives: ["territory_project"],
        needs: [res("premises", "ecological_transition")],
        offers: [res("volunteering", "ecological_transition")],
        monthsSinceUpdate: 4,
      },
      {
        key: "universite-beaumarais-rse", name: "Université de Beaumarais — master RSE", kind: "academique", x: 6, y: 5,
        epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["local_economy", "youth"], odd: [4, 8],
        objectives: ["performance_engagement"],
        needs: [res("employment", "youth")],
        offers: [res("training", "local_economy")],
        monthsSinceUpdate: 3,
      },
      {
        key: "fondation-art-contemporain-marais", name: "Fondation d'art contemporain du Marais", kind: "fondation",
        x: -4, y: 1, epci: "METRO-BEAUMARAIS", departement: "DA",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 6,
      },
    ],
    expected: ["esat-ateliers-du-marais", "regie-beaumarais-nord", "atelier-palettes-solidaires", "cuisine-solidaire-marais"],
  },

  // 13. -----------------------------------------------------------------------------------------------------
  {
    id: "periurban-cci-activity-zone-transition",
    title: "A chamber of commerce co-builds the ecological and mobility transition of a business park",
    setting: "periurban",
    objective: "territory_project",
    partnershipType: "responsible_practices",
    rationale:
      "The chamber needs energy and mobility expertise and a commuting diagnostic for the park's companies, and opens " +
      "access to them: the local energy agency, the cycling-and-mobility association, the agglomeration's mobility " +
      "service and the engineering school's industrial-ecology chair bring that expertise and data and all need access " +
      "to companies. The crafts chamber is a peer with the same need, the highland climate agency is far away, the " +
      "industrial-ecology association's profile is stale, and the toy library, the childhood foundation and the " +
      "residents' collective are off-topic.",
    subject: "cci-deux-rives-aulnes",
    organisations: [
      {
        key: "cci-deux-rives-aulnes", name: "CCI des Deux-Rives — délégation de la zone des Aulnes", kind: "reseau",
        x: 0, y: 0, epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["ecological_transition", "mobility", "local_economy"], odd: [9, 11, 13],
        objectives: ["territory_project", "performance_engagement"],
        needs: [res("expertise", "ecological_transition", "mobility"), res("data_research", "mobility")],
        offers: [res("network", "local_economy"), res("field_access", "local_economy", "ecological_transition", "mobility")],
        monthsSinceUpdate: 2,
      },
      {
        key: "alec-deux-rives", name: "Agence locale de l'énergie et du climat des Deux-Rives", kind: "association", x: 4, y: 3,
        epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["ecological_transition"], odd: [7, 13],
        objectives: ["territory_project", "performance_engagement"],
        needs: [res("field_access", "ecological_transition")],
        offers: [res("expertise", "ecological_transition"), res("data_research", "ecological_transition")],
        monthsSinceUpdate: 3,
      },
      {
        key: "velo-mobilites-deux-rives", name: "Vélo et Mobilités Deux-Rives", kind: "association", x: -3, y: 5,
        epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["mobility", "ecological_transition"], odd: [3, 11, 13],
        objectives: ["territory_project"],
        needs: [res("field_access", "mobility")],
        offers: [res("expertise", "mobility"), res("training", "mobility")],
        monthsSinceUpdate: 2,
      },
      {
        key: "ca-deux-rives-mobilite", name: "Communauté d'agglomération des Deux-Rives — service mobilité",
        kind: "collectivite", x: 1, y: 1, epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["mobility", "ecological_transition"], odd: [11, 13],
        objectives: ["territory_project"],
        needs: [res("field_access", "mobility")],
        offers: [res("data_research", "mobility"), res("project_engineering", "mobility")],
        monthsSinceUpdate: 4,
      },
      {
        key: "ecole-ingenieurs-ecologie-industrielle", name: "École d'ingénieurs des Deux-Rives — chaire Écologie industrielle",
        kind: "academique", x: 7, y: -4, epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [9, 12],
        objectives: ["societal_innovation", "territory_project"],
        needs: [res("field_access", "ecological_transition")],
        offers: [res("data_research", "ecological_transition"), res("expertise", "ecological_transition")],
        monthsSinceUpdate: 5,
      },
      {
        key: "cma-deux-rives", name: "Chambre de métiers des Deux-Rives", kind: "reseau", x: 2, y: -2,
        epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [8, 12],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "ecological_transition")],
        offers: [res("network", "local_economy")],
        monthsSinceUpdate: 3,
      },
      {
        key: "agence-climat-haut-pays", name: "Agence Climat du Haut-Pays", kind: "association", x: 130, y: 70,
        epci: "CC-HAUT-PAYS", departement: "DC",
        themes: ["ecological_transition"], odd: [13],
        objectives: ["territory_project"],
        needs: [res("field_access", "ecological_transition")],
        offers: [res("expertise", "ecological_transition")],
        monthsSinceUpdate: 2,
      },
      {
        key: "ecologie-industrielle-deux-rives", name: "Écologie Industrielle Deux-Rives", kind: "association", x: 5, y: 1,
        epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [9, 12],
        objectives: ["territory_project"],
        needs: [res("field_access", "ecological_transition")],
        offers: [res("expertise", "ecological_transition")],
        monthsSinceUpdate: 44,
      },
      {
        key: "ludotheque-des-aulnes", name: "Ludothèque des Aulnes", kind: "association", x: -2, y: -3,
        epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["youth", "education"], odd: [4],
        objectives: ["territory_project"],
        needs: [res("premises", "youth")],
        offers: [],
        monthsSinceUpdate: 4,
      },
      {
        key: "fondation-enfance-deux-rives", name: "Fondation Enfance Deux-Rives", kind: "fondation", x: 9, y: 6,
        epci: "CA-DEUX-RIVES", departement: "DA",
        themes: ["youth"], odd: [4],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "youth")],
        monthsSinceUpdate: 5,
      },
      {
        key: "collectif-habitants-vieux-bourg", name: "Collectif des habitants du Vieux-Bourg", kind: "collectif",
        x: -6, y: 2, epci: "CC-VIEUX-BOURG", departement: "DA",
        themes: ["citizenship", "social_ties"], odd: [11, 16],
        objectives: ["territory_project"],
        needs: [res("premises", "citizenship")],
        offers: [res("volunteering", "citizenship")],
        monthsSinceUpdate: 3,
      },
    ],
    expected: ["alec-deux-rives", "velo-mobilites-deux-rives", "ca-deux-rives-mobilite", "ecole-ingenieurs-ecologie-industrielle"],
  },

  // 14. -----------------------------------------------------------------------------------------------------
  {
    id: "urban-digital-inclusion-equipment",
    title: "A digital-inclusion association needs computers for the households it supports",
    setting: "urban",
    objective: "hybrid_model",
    partnershipType: "mecenat",
    rationale:
      "The question is the association's need for computers: the telecom operator's regional office, the provident " +
      "mutual renewing its fleet, the metropolis's digital department and the university's IT service all give " +
      "equipment nearby, and the operator, the metropolis and the mutual want its training or its public in return. The " +
      "digital foundation and the IT services SME answer funding and skills, not equipment; the other mediation " +
      "association competes for the same computers; the Atlantic bank is 150 km away; the insurer's profile is stale; " +
      "the cycling collective is unrelated.",
    subject: "asso-connect-solidaire",
    focus: { direction: "need", index: 0 },
    organisations: [
      {
        key: "asso-connect-solidaire", name: "Connect'Solidaire Nordbourg", kind: "association", x: 0, y: 0,
        epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion", "poverty", "education"], odd: [1, 4, 10],
        objectives: ["hybrid_model"],
        needs: [res("equipment", "digital_inclusion"), res("skills", "digital_inclusion"), res("funding", "digital_inclusion")],
        offers: [res("training", "digital_inclusion"), res("field_access", "poverty", "digital_inclusion")],
        monthsSinceUpdate: 1,
      },
      // entreprise GE
      {
        key: "ge-azur-reseaux", name: "Azur Réseaux (opérateur télécom) — direction régionale", kind: "entreprise",
        x: 2, y: 1.5, epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion"], odd: [9, 10],
        objectives: ["performance_engagement"],
        needs: [res("field_access", "digital_inclusion")],
        offers: [res("equipment", "digital_inclusion"), res("skills", "digital_inclusion")],
        monthsSinceUpdate: 3,
      },
      // entreprise ETI
      {
        key: "eti-mutuelle-nordbourg", name: "Mutuelle Nordbourg Prévoyance", kind: "entreprise", x: 3, y: -2,
        epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion", "health"], odd: [3, 10],
        objectives: ["performance_engagement"],
        needs: [res("training", "digital_inclusion")],
        offers: [res("equipment", "digital_inclusion")],
        monthsSinceUpdate: 4,
      },
      {
        key: "metropole-nordbourg-numerique", name: "Métropole de Nordbourg — direction du numérique", kind: "collectivite",
        x: 1, y: -1, epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion", "citizenship"], odd: [10, 11],
        objectives: ["territory_project"],
        needs: [res("field_access", "digital_inclusion")],
        offers: [res("equipment", "digital_inclusion"), res("funding", "digital_inclusion")],
        monthsSinceUpdate: 2,
      },
      {
        key: "universite-nordbourg-dsi", name: "Université de Nordbourg — service informatique", kind: "academique", x: 4, y: 4,
        epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion", "education"], odd: [4],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("equipment", "digital_inclusion", "education")],
        monthsSinceUpdate: 5,
      },
      {
        key: "fondation-numerique-pour-tous", name: "Fondation Numérique Pour Tous", kind: "fondation", x: 1.5, y: 2.5,
        epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion"], odd: [4, 10],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "digital_inclusion")],
        monthsSinceUpdate: 2,
      },
      // entreprise PME
      {
        key: "pme-codalis", name: "Codalis (entreprise de services numériques)", kind: "entreprise", x: -2, y: 2,
        epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion", "local_economy"], odd: [8, 9],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("skills", "digital_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "mediation-numerique-nordbourg-est", name: "Médiation Numérique Nordbourg Est", kind: "association",
        x: 3, y: 0.5, epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion", "poverty"], odd: [10],
        objectives: ["hybrid_model"],
        needs: [res("equipment", "digital_inclusion")],
        offers: [res("training", "digital_inclusion")],
        monthsSinceUpdate: 3,
      },
      // entreprise GE
      {
        key: "groupe-bancaire-atlantique", name: "Groupe Bancaire Atlantique", kind: "entreprise", x: 150, y: 20,
        epci: "METRO-ATLANTIQUE", departement: "DC",
        themes: ["digital_inclusion"], odd: [10],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("equipment", "digital_inclusion")],
        monthsSinceUpdate: 2,
      },
      // entreprise ETI
      {
        key: "eti-assurances-du-beffroi", name: "Assurances du Beffroi", kind: "entreprise", x: -1, y: -2,
        epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["digital_inclusion"], odd: [10],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("equipment", "digital_inclusion")],
        monthsSinceUpdate: 39,
      },
      {
        key: "collectif-velo-ecole-nordbourg", name: "Collectif Vélo-École Nordbourg", kind: "collectif", x: -3, y: -4,
        epci: "METRO-NORDBOURG", departement: "DA",
        themes: ["mobility"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("premises", "mobility")],
        offers: [res("volunteering", "mobility")],
        monthsSinceUpdate: 4,
      },
    ],
    expected: ["ge-azur-reseaux", "eti-mutuelle-nordbourg", "metropole-nordbourg-numerique", "universite-nordbourg-dsi"],
  },

  // 15. -----------------------------------------------------------------------------------------------------
  {
    id: "rural-hospital-remote-care",
    title: "A rural local hospital co-builds remote care for isolated villages",
    setting: "rural",
    objective: "territory_project",
    partnershipType: "societal_innovation",
    rationale:
      "The hospital has health data, expertise and training, but needs to reach isolated patients, places for " +
      "teleconsultation points and digital helpers: the intercommunality (service spaces, wants the health diagnostic), " +
      "the home-help association, the hamlets' digital collective and the village pharmacy each bring one of these. The " +
      "other hospital is a peer with the same need, the coastal home-help association is 170 km away, the rural seniors' " +
      "association profile is stale, and the quarry, the festival committee and the youth sport foundation are " +
      "unrelated.",
    subject: "hopital-vernieres",
    organisations: [
      {
        key: "hopital-vernieres", name: "Hôpital local de Vernières-en-Causse", kind: "etat", x: 0, y: 0,
        epci: "CC-PAYS-DE-VERNIERES", departement: "DA",
        themes: ["health", "ageing", "rural_revitalisation", "digital_inclusion"], odd: [3, 9, 10],
        objectives: ["territory_project", "societal_innovation"],
        needs: [
          res("field_access", "health", "ageing"), res("premises", "health"), res("volunteering", "digital_inclusion"),
        ],
        offers: [res("data_research", "health", "ageing"), res("expertise", "health"), res("training", "health")],
        monthsSinceUpdate: 2,
      },
      {
        key: "cc-pays-de-vernieres", name: "Communauté de communes du Pays de Vernières", kind: "collectivite", x: 6, y: 4,
        epci: "CC-PAYS-DE-VERNIERES", departement: "DA",
        themes: ["health", "rural_revitalisation"], odd: [3, 11],
        objectives: ["territory_project"],
        needs: [res("data_research", "health"), res("expertise", "health")],
        offers: [res("premises", "health", "rural_revitalisation"), res("field_access", "rural_revitalisation")],
        monthsSinceUpdate: 3,
      },
      {
        key: "aide-domicile-des-monts", name: "Aide à domicile des Monts", kind: "association", x: 14, y: -8,
        epci: "CC-PAYS-DE-VERNIERES", departement: "DA",
        themes: ["ageing", "health", "social_ties"], odd: [3, 8, 10],
        objectives: ["societal_innovation"],
        needs: [res("training", "health")],
        offers: [res("field_access", "ageing", "health")],
        monthsSinceUpdate: 4,
      },
      {
        key: "collectif-numerique-hameaux", name: "Collectif Numérique des Hameaux", kind: "collectif", x: -10, y: 12,
        epci: "CC-PAYS-DE-VERNIERES", departement: "DA",
        themes: ["digital_inclusion", "social_ties"], odd: [10],
        objectives: ["territory_project"],
        needs: [res("equipment", "digital_inclusion")],
        offers: [res("volunteering", "digital_inclusion")],
        monthsSinceUpdate: 2,
      },
      // entreprise TPE
      {
        key: "tpe-pharmacie-du-causse", name: "Pharmacie du Causse", kind: "entreprise", x: 5, y: -3,
        epci: "CC-PAYS-DE-VERNIERES", departement: "DA",
        themes: ["health", "ageing"], odd: [3],
        objectives: ["societal_innovation"],
        needs: [res("training", "health")],
        offers: [res("field_access", "health"), res("premises", "health")],
        monthsSinceUpdate: 5,
      },
      {
        key: "ch-saint-guiral", name: "Centre hospitalier de Saint-Guiral", kind: "etat", x: 35, y: -20,
        epci: "CC-SAINT-GUIRAL", departement: "DA",
        themes: ["health"], odd: [3],
        objectives: ["territory_project"],
        needs: [res("field_access", "health")],
        offers: [res("expertise", "health")],
        monthsSinceUpdate: 3,
      },
      {
        key: "aide-domicile-pays-maritime", name: "Aide à domicile du Pays Maritime", kind: "association", x: 170, y: 0,
        epci: "CA-PAYS-MARITIME", departement: "DC",
        themes: ["ageing", "health"], odd: [3, 10],
        objectives: ["societal_innovation"],
        needs: [res("training", "health")],
        offers: [res("field_access", "ageing", "health")],
        monthsSinceUpdate: 2,
      },
      {
        key: "presence-rurale-seniors", name: "Présence Rurale Seniors", kind: "association", x: 6, y: 5,
        epci: "CC-PAYS-DE-VERNIERES", departement: "DA",
        themes: ["ageing", "health", "social_ties"], odd: [3, 10],
        objectives: ["societal_innovation"],
        needs: [res("training", "health")],
        offers: [res("field_access", "ageing", "health")],
        monthsSinceUpdate: 40,
      },
      // entreprise PME
      {
        key: "pme-carrieres-vernieres", name: "Carrières de Vernières", kind: "entreprise", x: 20, y: 10,
        epci: "CC-PAYS-DE-VERNIERES", departement: "DA",
        themes: ["local_economy", "sport"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("funding", "sport")],
        monthsSinceUpdate: 4,
      },
      {
        key: "comite-fetes-vernieres", name: "Comité des fêtes de Vernières", kind: "association", x: -7, y: -5,
        epci: "CC-PAYS-DE-VERNIERES", departement: "DA",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("volunteering", "culture_heritage")],
        offers: [],
        monthsSinceUpdate: 6,
      },
      {
        key: "fondation-jeunesse-sportive", name: "Fondation de la Jeunesse Sportive", kind: "fondation", x: 40, y: 15,
        epci: "CA-RODEMONT", departement: "DA",
        themes: ["youth", "sport"], odd: [3, 4],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "youth", "sport")],
        monthsSinceUpdate: 3,
      },
    ],
    expected: ["cc-pays-de-vernieres", "aide-domicile-des-monts", "collectif-numerique-hameaux", "tpe-pharmacie-du-causse"],
  },

  // 16. -----------------------------------------------------------------------------------------------------
  {
    id: "urban-equality-expertise-offer",
    title: "An association selling gender-equality expertise looks for organisations that need it",
    setting: "urban",
    objective: "hybrid_model",
    partnershipType: "responsible_practices",
    rationale:
      "The question is who could take the association's equality expertise: the building SME (wants more women on " +
      "sites), the precision-engineering company, the bank's HR department and the city's equality plan all need it " +
      "nearby. The other equality consultancy offers the same thing, the north-eastern textile company is 180 km away, " +
      "the printer needs ecological not equality expertise, the transport SME's profile is stale, and the equal-" +
      "opportunity foundation and the IUT would answer other needs or none.",
    subject: "asso-egalites-pro",
    focus: { direction: "offer", index: 0 },
    organisations: [
      {
        key: "asso-egalites-pro", name: "Égalités Pro — conseil et formation à l'égalité femmes-hommes", kind: "association",
        x: 0, y: 0, epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["equality_diversity", "employment_inclusion"], odd: [5, 8, 10],
        objectives: ["hybrid_model"],
        needs: [res("funding", "equality_diversity"), res("network", "equality_diversity")],
        offers: [res("expertise", "equality_diversity", "employment_inclusion"), res("training", "equality_diversity")],
        monthsSinceUpdate: 2,
      },
      // entreprise PME
      {
        key: "pme-batiments-loranais", name: "Bâtiments Loranais", kind: "entreprise", x: 3, y: 2,
        epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["equality_diversity", "employment_inclusion", "local_economy"], odd: [5, 8],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "equality_diversity")],
        offers: [res("employment", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      // entreprise ETI
      {
        key: "eti-mecanique-loran", name: "Mécanique de Précision Loran", kind: "entreprise", x: 6, y: -3,
        epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["equality_diversity", "employment_inclusion"], odd: [5, 9],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "equality_diversity", "employment_inclusion"), res("training", "equality_diversity")],
        offers: [res("employment", "youth")],
        monthsSinceUpdate: 4,
      },
      // entreprise GE
      {
        key: "ge-banque-val-de-loran", name: "Banque du Val de Loran — direction des ressources humaines", kind: "entreprise",
        x: 1, y: 1, epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["equality_diversity"], odd: [5, 10],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "equality_diversity")],
        offers: [res("funding", "equality_diversity")],
        monthsSinceUpdate: 2,
      },
      {
        key: "ville-saint-loran-egalite", name: "Ville de Saint-Loran — plan égalité", kind: "collectivite", x: 0.5, y: -0.8,
        epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["equality_diversity", "citizenship"], odd: [5, 16],
        objectives: ["territory_project"],
        needs: [res("training", "equality_diversity"), res("expertise", "equality_diversity")],
        offers: [res("network", "equality_diversity")],
        monthsSinceUpdate: 3,
      },
      {
        key: "parite-conseil-loran", name: "Parité Conseil Loran", kind: "association", x: 2, y: -1,
        epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["equality_diversity"], odd: [5],
        objectives: ["hybrid_model"],
        needs: [res("funding", "equality_diversity")],
        offers: [res("expertise", "equality_diversity")],
        monthsSinceUpdate: 2,
      },
      // entreprise ETI
      {
        key: "eti-textiles-nord-est", name: "Textiles du Nord-Est", kind: "entreprise", x: 160, y: 90,
        epci: "CA-VAL-D-ESTRELLE", departement: "DD",
        themes: ["equality_diversity"], odd: [5, 8],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "equality_diversity")],
        offers: [],
        monthsSinceUpdate: 3,
      },
      // entreprise PME
      {
        key: "pme-imprimerie-verte-loran", name: "Imprimerie Verte Loran", kind: "entreprise", x: -2, y: 3,
        epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["ecological_transition"], odd: [12],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "ecological_transition")],
        offers: [],
        monthsSinceUpdate: 4,
      },
      // entreprise PME
      {
        key: "pme-transports-loranais", name: "Transports Loranais", kind: "entreprise", x: 4, y: 4,
        epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["equality_diversity", "mobility"], odd: [5, 8],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "equality_diversity")],
        offers: [],
        monthsSinceUpdate: 35,
      },
      {
        key: "fondation-egalite-des-chances", name: "Fondation pour l'Égalité des Chances", kind: "fondation", x: -1, y: -2,
        epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["equality_diversity", "education"], odd: [4, 10],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "equality_diversity")],
        monthsSinceUpdate: 3,
      },
      {
        key: "iut-saint-loran", name: "IUT de Saint-Loran", kind: "academique", x: 5, y: -5,
        epci: "METRO-SAINT-LORAN", departement: "DB",
        themes: ["education", "youth"], odd: [4],
        objectives: ["performance_engagement"],
        needs: [res("employment", "youth")],
        offers: [res("training", "education")],
        monthsSinceUpdate: 4,
      },
    ],
    expected: ["pme-batiments-loranais", "eti-mecanique-loran", "ge-banque-val-de-loran", "ville-saint-loran-egalite"],
  },

  // 17. -----------------------------------------------------------------------------------------------------
  {
    id: "rural-agricultural-school-local-food",
    title: "An agricultural school experiments a local food chain with its territory's buyers and farms",
    setting: "rural",
    objective: "societal_innovation",
    partnershipType: "economic_cooperation",
    rationale:
      "The school farm needs outlets for its produce and farms to run agro-ecology trials, and offers training, trial " +
      "data and students: the intercommunality's canteens (buy, need cook training), the cannery (buys, needs trial " +
      "data), the AMAP (buys baskets) and the partner farm (offers trials, needs data) all fit both ways. The family " +
      "rural school is a peer competing for the same outlets, the southern organic buying centre is 160 km away, the " +
      "farmers' shop profile is stale, and the mining museum, the tennis club and the industrial heritage foundation " +
      "are unrelated.",
    subject: "lycee-agricole-val-d-ourse",
    organisations: [
      {
        key: "lycee-agricole-val-d-ourse", name: "Lycée agricole du Val d'Ourse", kind: "academique", x: 0, y: 0,
        epci: "CC-VAL-D-OURSE", departement: "DA",
        themes: ["food_agriculture", "education", "local_economy", "rural_revitalisation"], odd: [2, 4, 12],
        objectives: ["societal_innovation"],
        needs: [res("purchasing", "food_agriculture"), res("field_access", "food_agriculture")],
        offers: [res("training", "food_agriculture"), res("data_research", "food_agriculture"), res("volunteering", "food_agriculture")],
        monthsSinceUpdate: 3,
      },
      {
        key: "cc-val-d-ourse-cantines", name: "Communauté de communes du Val d'Ourse (restauration scolaire)",
        kind: "collectivite", x: 6, y: 3, epci: "CC-VAL-D-OURSE", departement: "DA",
        themes: ["food_agriculture", "education"], odd: [2, 4],
        objectives: ["territory_project"],
        needs: [res("training", "food_agriculture")],
        offers: [res("purchasing", "food_agriculture")],
        monthsSinceUpdate: 4,
      },
      // entreprise PME
      {
        key: "pme-conserverie-val-d-ourse", name: "Conserverie du Val d'Ourse", kind: "entreprise", x: 16, y: -7,
        epci: "CC-VAL-D-OURSE", departement: "DA",
        themes: ["food_agriculture", "local_economy"], odd: [2, 8, 12],
        objectives: ["performance_engagement", "societal_innovation"],
        needs: [res("data_research", "food_agriculture")],
        offers: [res("purchasing", "food_agriculture", "local_economy")],
        monthsSinceUpdate: 5,
      },
      {
        key: "amap-trois-clochers", name: "AMAP des Trois Clochers", kind: "collectif", x: -8, y: 10,
        epci: "CC-TROIS-CLOCHERS", departement: "DA",
        themes: ["food_agriculture", "social_ties"], odd: [2, 12],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("purchasing", "food_agriculture")],
        monthsSinceUpdate: 2,
      },
      // entreprise TPE (farm)
      {
        key: "tpe-ferme-des-grands-pres", name: "Ferme des Grands Prés", kind: "entreprise", x: 11, y: 9,
        epci: "CC-VAL-D-OURSE", departement: "DA",
        themes: ["food_agriculture", "ecological_transition"], odd: [2, 15],
        objectives: ["societal_innovation"],
        needs: [res("data_research", "food_agriculture")],
        offers: [res("field_access", "food_agriculture")],
        monthsSinceUpdate: 3,
      },
      {
        key: "mfr-saint-ours", name: "Maison familiale rurale de Saint-Ours", kind: "academique", x: 24, y: 14,
        epci: "CC-TROIS-CLOCHERS", departement: "DA",
        themes: ["food_agriculture", "education"], odd: [2, 4],
        objectives: ["societal_innovation"],
        needs: [res("purchasing", "food_agriculture")],
        offers: [res("training", "food_agriculture")],
        monthsSinceUpdate: 3,
      },
      // entreprise ETI
      {
        key: "centrale-bio-grand-sud", name: "Centrale d'achats Bio Grand Sud", kind: "entreprise", x: 150, y: -60,
        epci: "METRO-GRAND-SUD", departement: "DC",
        themes: ["food_agriculture"], odd: [2, 12],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("purchasing", "food_agriculture")],
        monthsSinceUpdate: 2,
      },
      {
        key: "collectif-epicerie-paysanne-vaux", name: "Épicerie paysanne de Vaux", kind: "collectif", x: -6, y: 8,
        epci: "CC-TROIS-CLOCHERS", departement: "DA",
        themes: ["food_agriculture", "social_ties"], odd: [2, 12],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("purchasing", "food_agriculture")],
        monthsSinceUpdate: 34,
      },
      {
        key: "musee-de-la-mine", name: "Musée de la Mine du Val", kind: "association", x: 20, y: -15,
        epci: "CC-VAL-D-OURSE", departement: "DA",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("volunteering", "culture_heritage")],
        offers: [],
        monthsSinceUpdate: 5,
      },
      {
        key: "tennis-club-du-val", name: "Tennis Club du Val", kind: "association", x: 4, y: -6,
        epci: "CC-VAL-D-OURSE", departement: "DA",
        themes: ["sport"], odd: [3],
        objectives: ["hybrid_model"],
        needs: [res("funding", "sport")],
        offers: [],
        monthsSinceUpdate: 4,
      },
      {
        key: "fondation-patrimoine-industriel", name: "Fondation du Patrimoine industriel du Val", kind: "fondation",
        x: 30, y: -5, epci: "CA-FORGEVILLE", departement: "DA",
        themes: ["culture_heritage"], odd: [9, 11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 4,
      },
    ],
    expected: ["cc-val-d-ourse-cantines", "pme-conserverie-val-d-ourse", "amap-trois-clochers", "tpe-ferme-des-grands-pres"],
  },

  // 18. -----------------------------------------------------------------------------------------------------
  {
    id: "urban-ge-skills-youth-education",
    title: "A large energy company's regional office wants its staff to support young people's education and careers",
    setting: "urban",
    objective: "performance_engagement",
    partnershipType: "mecenat",
    rationale:
      "The company offers skills sponsorship, staff volunteering, internships and education funding, and wants access " +
      "to young people: the tutoring association, the youth mission, the priority-area middle school (needs internships " +
      "for its pupils) and the parents' collective need exactly this nearby and open that access. The port bank is a " +
      "peer offering the same, the valley association is 120 km away, the older tutoring profile is stale, the dune " +
      "association needs volunteers for an unrelated cause, and the youth foundation and the shipyard give rather than " +
      "receive.",
    subject: "ge-energeia-port-sorel",
    organisations: [
      // entreprise GE
      {
        key: "ge-energeia-port-sorel", name: "Groupe Énergéia — siège régional de Port-Sorel", kind: "entreprise", x: 0, y: 0,
        epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["youth", "education", "employment_inclusion"], odd: [4, 8, 10],
        objectives: ["performance_engagement"],
        needs: [res("field_access", "youth")],
        offers: [
          res("skills", "youth", "education"), res("volunteering", "youth", "education"), res("employment", "youth"),
          res("funding", "education"),
        ],
        monthsSinceUpdate: 1,
      },
      {
        key: "tremplin-reussite-port-sorel", name: "Tremplin Réussite Port-Sorel (tutorat scolaire)", kind: "association",
        x: 2, y: 1, epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["education", "youth", "equality_diversity"], odd: [4, 10],
        objectives: ["societal_innovation"],
        needs: [res("volunteering", "education", "youth"), res("funding", "education")],
        offers: [res("field_access", "youth")],
        monthsSinceUpdate: 2,
      },
      {
        key: "mission-locale-du-port", name: "Mission locale du Port", kind: "association", x: -1.5, y: 3,
        epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["youth", "employment_inclusion"], odd: [4, 8],
        objectives: ["territory_project"],
        needs: [res("employment", "youth"), res("skills", "employment_inclusion", "youth")],
        offers: [res("field_access", "youth", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "college-des-bassins", name: "Collège des Bassins (réseau d'éducation prioritaire)", kind: "academique",
        x: 3, y: -2, epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["education", "youth"], odd: [4, 10],
        objectives: ["territory_project"],
        needs: [res("employment", "youth"), res("volunteering", "education")],
        offers: [res("field_access", "youth", "education")],
        monthsSinceUpdate: 4,
      },
      {
        key: "collectif-parents-docks", name: "Collectif des parents du quartier des Docks", kind: "collectif", x: -2, y: -1,
        epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["education", "youth", "citizenship"], odd: [4, 11],
        objectives: ["territory_project"],
        needs: [res("volunteering", "education")],
        offers: [res("field_access", "youth")],
        monthsSinceUpdate: 2,
      },
      // entreprise GE
      {
        key: "banque-port-sorel", name: "Banque de Port-Sorel", kind: "entreprise", x: 1, y: 0.5,
        epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["youth", "education"], odd: [4, 8],
        objectives: ["performance_engagement"],
        needs: [res("field_access", "youth")],
        offers: [res("skills", "youth"), res("volunteering", "education")],
        monthsSinceUpdate: 2,
      },
      {
        key: "reussite-educative-des-vallees", name: "Réussite Éducative des Vallées", kind: "association", x: 110, y: 50,
        epci: "CC-DES-VALLEES", departement: "DB",
        themes: ["education", "youth"], odd: [4],
        objectives: ["societal_innovation"],
        needs: [res("volunteering", "education", "youth")],
        offers: [res("field_access", "youth")],
        monthsSinceUpdate: 3,
      },
      {
        key: "soutien-scolaire-sorelien", name: "Soutien Scolaire Sorélien", kind: "association", x: 1.5, y: 2,
        epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["education", "youth"], odd: [4],
        objectives: ["societal_innovation"],
        needs: [res("volunteering", "education", "youth")],
        offers: [res("field_access", "youth")],
        monthsSinceUpdate: 47,
      },
      {
        key: "protection-des-dunes", name: "Association de protection des dunes de Port-Sorel", kind: "association",
        x: 6, y: 5, epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["ecological_transition"], odd: [14, 15],
        objectives: ["territory_project"],
        needs: [res("volunteering", "ecological_transition")],
        offers: [],
        monthsSinceUpdate: 3,
      },
      {
        key: "fondation-jeunesse-port-sorel", name: "Fondation Jeunesse Port-Sorel", kind: "fondation", x: -3, y: 2,
        epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["youth"], odd: [4],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "youth")],
        monthsSinceUpdate: 4,
      },
      // entreprise PME
      {
        key: "pme-chantier-naval-sorel", name: "Chantier naval de Sorel", kind: "entreprise", x: 4, y: -4,
        epci: "METRO-PORT-SOREL", departement: "DA",
        themes: ["youth", "local_economy"], odd: [8, 9],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("employment", "youth")],
        monthsSinceUpdate: 3,
      },
    ],
    expected: ["tremplin-reussite-port-sorel", "mission-locale-du-port", "college-des-bassins", "collectif-parents-docks"],
  },

  // 19. -----------------------------------------------------------------------------------------------------
  {
    id: "periurban-repair-collective-reuse-shop",
    title: "A repair-café collective wants to become a reuse shop with paid activity",
    setting: "periurban",
    objective: "hybrid_model",
    partnershipType: "economic_cooperation",
    rationale:
      "The collective needs premises, paying customers, tools and project engineering, and offers repair workshops and " +
      "volunteers: the agglomeration's waste service (space at the recycling centre, a reuse contract), the DIY " +
      "retailer (tools, buys repair workshops for its customers), the social economy incubator (engineering) and the " +
      "housing office (premises, wants activities on its estates) complement it. The zero-waste collective competes for " +
      "the same premises, the national recycler is 140 km away, the small commune's profile is stale, and the brass " +
      "band, the mental-health foundation and the geography department are unrelated.",
    subject: "collectif-repar-acteurs",
    organisations: [
      {
        key: "collectif-repar-acteurs", name: "Collectif Répar'Acteurs des Essarts", kind: "collectif", x: 0, y: 0,
        epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["ecological_transition", "social_ties", "employment_inclusion"], odd: [11, 12, 13],
        objectives: ["hybrid_model"],
        needs: [
          res("premises", "ecological_transition"), res("purchasing", "ecological_transition"),
          res("equipment", "ecological_transition"), res("project_engineering", "local_economy"),
        ],
        offers: [res("volunteering", "ecological_transition", "social_ties"), res("training", "ecological_transition")],
        monthsSinceUpdate: 2,
      },
      {
        key: "ca-essarts-service-dechets", name: "Communauté d'agglomération de la Plaine des Essarts — service déchets",
        kind: "collectivite", x: 3, y: 2, epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["ecological_transition"], odd: [11, 12],
        objectives: ["territory_project"],
        needs: [res("training", "ecological_transition")],
        offers: [res("premises", "ecological_transition"), res("purchasing", "ecological_transition")],
        monthsSinceUpdate: 3,
      },
      // entreprise ETI
      {
        key: "eti-brico-plaine", name: "Brico-Plaine (enseigne régionale de bricolage)", kind: "entreprise", x: 5, y: -3,
        epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [12],
        objectives: ["performance_engagement"],
        needs: [res("training", "ecological_transition")],
        offers: [res("equipment", "ecological_transition"), res("purchasing", "ecological_transition")],
        monthsSinceUpdate: 4,
      },
      {
        key: "incubateur-ess-plaine", name: "Incubateur de l'économie sociale et solidaire de la Plaine", kind: "reseau",
        x: 7, y: 4, epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["local_economy", "ecological_transition"], odd: [8, 17],
        objectives: ["hybrid_model"],
        needs: [],
        offers: [res("project_engineering", "local_economy", "ecological_transition")],
        monthsSinceUpdate: 2,
      },
      {
        key: "oph-plaine-habitat", name: "Plaine Habitat (office public de l'habitat)", kind: "etat", x: -2, y: 3,
        epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["housing", "social_ties", "ecological_transition"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("volunteering", "social_ties")],
        offers: [res("premises", "social_ties", "ecological_transition")],
        monthsSinceUpdate: 5,
      },
      {
        key: "collectif-zero-dechet-plaine", name: "Collectif Zéro Déchet Plaine", kind: "collectif", x: 1, y: -2,
        epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["ecological_transition"], odd: [12],
        objectives: ["territory_project"],
        needs: [res("premises", "ecological_transition")],
        offers: [res("volunteering", "ecological_transition")],
        monthsSinceUpdate: 3,
      },
      // entreprise GE
      {
        key: "recyclage-national-industries", name: "Recyclage National Industries", kind: "entreprise", x: 140, y: 0,
        epci: "CU-HAUTE-FORGE", departement: "DC",
        themes: ["ecological_transition"], odd: [12],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("purchasing", "ecological_transition")],
        monthsSinceUpdate: 2,
      },
      {
        key: "commune-saint-just-des-essarts", name: "Commune de Saint-Just-des-Essarts", kind: "collectivite", x: -4, y: -3,
        epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["ecological_transition", "social_ties"], odd: [11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("premises", "ecological_transition")],
        monthsSinceUpdate: 32,
      },
      {
        key: "harmonie-des-essarts", name: "Harmonie municipale des Essarts", kind: "association", x: -1, y: 4,
        epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["culture_heritage"], odd: [4],
        objectives: ["hybrid_model"],
        needs: [res("premises", "culture_heritage")],
        offers: [],
        monthsSinceUpdate: 5,
      },
      {
        key: "fondation-sante-mentale-plaine", name: "Fondation Santé Mentale de la Plaine", kind: "fondation", x: 9, y: -6,
        epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["health"], odd: [3],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "health")],
        monthsSinceUpdate: 4,
      },
      {
        key: "universite-departement-geographie", name: "Université de la Plaine — département de géographie",
        kind: "academique", x: 12, y: 8, epci: "CA-PLAINE-DES-ESSARTS", departement: "DA",
        themes: ["mobility"], odd: [11],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "mobility")],
        offers: [res("data_research", "mobility")],
        monthsSinceUpdate: 3,
      },
    ],
    expected: ["ca-essarts-service-dechets", "eti-brico-plaine", "incubateur-ess-plaine", "oph-plaine-habitat"],
  },

  // 20. -----------------------------------------------------------------------------------------------------
  {
    id: "urban-city-heritage-market-hall",
    title: "A city restores its old covered market as a cultural place, with a heritage inclusion site",
    setting: "urban",
    objective: "territory_project",
    partnershipType: "mecenat",
    rationale:
      "The city needs funding and stonemasonry skills and opens its site and the young people of the project: the " +
      "heritage foundation, the stonemasons' SME (skills, wants apprentices), the mutual group (funding, wants a staff " +
      "engagement site) and the heritage inclusion site (expertise, needs sites to restore) answer it nearby. The " +
      "neighbouring town competes for the same funding, the maritime heritage foundation is 190 km away, the old-town " +
      "endowment fund's profile is stale, and the diabetes research foundation, the food truck and the cyclists' " +
      "collective are unrelated.",
    subject: "ville-de-verancourt",
    organisations: [
      {
        key: "ville-de-verancourt", name: "Ville de Vérancourt", kind: "collectivite", x: 0, y: 0,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["culture_heritage", "youth", "employment_inclusion"], odd: [4, 8, 11],
        objectives: ["territory_project"],
        needs: [res("funding", "culture_heritage"), res("skills", "culture_heritage")],
        offers: [res("premises", "culture_heritage"), res("field_access", "culture_heritage", "youth")],
        monthsSinceUpdate: 2,
      },
      {
        key: "fondation-pierres-et-memoire", name: "Fondation Pierres et Mémoire", kind: "fondation", x: 2, y: 1.5,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 3,
      },
      // entreprise PME
      {
        key: "pme-tailleurs-de-pierre", name: "Tailleurs de Pierre Vérancourtois", kind: "entreprise", x: 4, y: -2,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["culture_heritage", "youth", "local_economy"], odd: [4, 8, 11],
        objectives: ["performance_engagement"],
        needs: [res("field_access", "youth")],
        offers: [res("skills", "culture_heritage"), res("employment", "youth")],
        monthsSinceUpdate: 4,
      },
      // entreprise GE
      {
        key: "ge-groupe-mutualiste-verancourt", name: "Groupe Mutualiste de Vérancourt", kind: "entreprise", x: 1, y: -1,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["culture_heritage", "youth"], odd: [4, 11],
        objectives: ["performance_engagement"],
        needs: [res("field_access", "culture_heritage")],
        offers: [res("funding", "culture_heritage", "youth")],
        monthsSinceUpdate: 2,
      },
      {
        key: "chantiers-patrimoine-insertion", name: "Chantiers Patrimoine et Insertion", kind: "association", x: 6, y: 3,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["culture_heritage", "employment_inclusion"], odd: [8, 11],
        objectives: ["hybrid_model"],
        needs: [res("field_access", "culture_heritage"), res("funding", "employment_inclusion")],
        offers: [res("expertise", "employment_inclusion", "culture_heritage"), res("skills", "culture_heritage")],
        monthsSinceUpdate: 3,
      },
      {
        key: "ville-saint-brieux-le-val", name: "Ville de Saint-Brieux-le-Val", kind: "collectivite", x: 8, y: -6,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("funding", "culture_heritage")],
        offers: [res("premises", "culture_heritage")],
        monthsSinceUpdate: 3,
      },
      {
        key: "fondation-patrimoine-maritime", name: "Fondation du Patrimoine Maritime", kind: "fondation", x: 190, y: 10,
        epci: "CA-PORT-MARGELLE", departement: "DD",
        themes: ["culture_heritage"], odd: [11, 14],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 2,
      },
      {
        key: "fonds-vieux-verancourt", name: "Fonds de dotation du Vieux Vérancourt", kind: "fondation", x: 0.7, y: 0.6,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 55,
      },
      {
        key: "fondation-recherche-diabete", name: "Fondation Recherche Diabète", kind: "fondation", x: -3, y: 2,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["health"], odd: [3],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "health")],
        monthsSinceUpdate: 3,
      },
      // entreprise TPE
      {
        key: "tpe-food-truck-petit-creux", name: "Food-truck Le Petit Creux", kind: "entreprise", x: -1, y: -2,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["food_agriculture"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [res("premises", "food_agriculture")],
        offers: [],
        monthsSinceUpdate: 4,
      },
      {
        key: "collectif-cyclistes-verancourt", name: "Collectif des cyclistes de Vérancourt", kind: "collectif", x: -4, y: -3,
        epci: "CA-VERANCOURT", departement: "DB",
        themes: ["mobility"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("premises", "mobility")],
        offers: [res("volunteering", "mobility")],
        monthsSinceUpdate: 2,
      },
    ],
    expected: ["fondation-pierres-et-memoire", "pme-tailleurs-de-pierre", "ge-groupe-mutualiste-verancourt", "chantiers-patrimoine-insertion"],
  },

  // 21. -----------------------------------------------------------------------------------------------------
  {
    id: "periurban-pme-employee-mobility",
    title: "A cosmetics SME outside town wants a responsible commuting plan for its staff",
    setting: "periurban",
    objective: "performance_engagement",
    partnershipType: "responsible_practices",
    rationale:
      "The SME needs mobility expertise and a commuting diagnostic, and offers jobs, some funding and its employees as " +
      "testers: the solidarity-mobility association (also helps job-seekers reach its site), the agglomeration's mobility " +
      "authority, the bike workshop and the university transport lab bring that expertise or data and want funding or a " +
      "terrain. The plastics SME is a peer with the same need, the northern mobility association is over 200 km away, " +
      "the car-pool association's profile is stale, and the choir, the childhood foundation and the crafts chamber's " +
      "generic training do not fit.",
    subject: "pme-cosmetiques-orvane",
    organisations: [
      // entreprise PME
      {
        key: "pme-cosmetiques-orvane", name: "Laboratoires Cosmétiques d'Orvane", kind: "entreprise", x: 0, y: 0,
        epci: "CA-VAL-D-ORVANE", departement: "DB",
        themes: ["mobility", "ecological_transition", "employment_inclusion"], odd: [8, 11, 13],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "mobility", "ecological_transition"), res("data_research", "mobility")],
        offers: [res("employment", "employment_inclusion"), res("funding", "mobility"), res("field_access", "mobility")],
        monthsSinceUpdate: 2,
      },
      {
        key: "mobilite-solidaire-orvane", name: "Mobilité Solidaire Orvane", kind: "association", x: 3, y: 2,
        epci: "CA-VAL-D-ORVANE", departement: "DB",
        themes: ["mobility", "employment_inclusion"], odd: [8, 10, 11],
        objectives: ["performance_engagement", "hybrid_model"],
        needs: [res("funding", "mobility"), res("employment", "employment_inclusion")],
        offers: [res("expertise", "mobility", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "ca-val-d-orvane-mobilites", name: "Communauté d'agglomération du Val d'Orvane — autorité des mobilités",
        kind: "collectivite", x: 1, y: -1, epci: "CA-VAL-D-ORVANE", departement: "DB",
        themes: ["mobility", "ecological_transition"], odd: [11, 13],
        objectives: ["territory_project"],
        needs: [res("field_access", "mobility")],
        offers: [res("data_research", "mobility"), res("expertise", "mobility")],
        monthsSinceUpdate: 4,
      },
      {
        key: "atelier-velo-orvane", name: "Atelier Vélo Orvane", kind: "association", x: -4, y: 3,
        epci: "CA-VAL-D-ORVANE", departement: "DB",
        themes: ["mobility", "ecological_transition", "social_ties"], odd: [3, 11, 13],
        objectives: ["hybrid_model"],
        needs: [res("funding", "mobility")],
        offers: [res("expertise", "mobility"), res("training", "mobility")],
        monthsSinceUpdate: 2,
      },
      {
        key: "lab-ville-mobilite-orvane", name: "Laboratoire Ville Mobilité Transport, Université d'Est-Orvane",
        kind: "academique", x: 9, y: -5, epci: "CA-EST-ORVANE", departement: "DB",
        themes: ["mobility"], odd: [9, 11],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "mobility")],
        offers: [res("data_research", "mobility")],
        monthsSinceUpdate: 5,
      },
      // entreprise PME
      {
        key: "pme-plasturgie-orvane", name: "Plasturgie d'Orvane", kind: "entreprise", x: 2, y: -3,
        epci: "CA-VAL-D-ORVANE", departement: "DB",
        themes: ["mobility", "ecological_transition"], odd: [9, 12],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "mobility")],
        offers: [res("employment", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "mobilite-durable-grand-nord", name: "Mobilité Durable du Grand Nord", kind: "association", x: 200, y: 80,
        epci: "METRO-GRAND-NORD", departement: "DD",
        themes: ["mobility"], odd: [11],
        objectives: ["performance_engagement"],
        needs: [res("funding", "mobility")],
        offers: [res("expertise", "mobility")],
        monthsSinceUpdate: 2,
      },
      {
        key: "covoiturage-orvane-plus", name: "Covoiturage Orvane Plus", kind: "association", x: 2, y: 4,
        epci: "CA-VAL-D-ORVANE", departement: "DB",
        themes: ["mobility", "ecological_transition"], odd: [11, 13],
        objectives: ["performance_engagement"],
        needs: [res("funding", "mobility")],
        offers: [res("expertise", "mobility")],
        monthsSinceUpdate: 30,
      },
      {
        key: "choeur-d-orvane", name: "Chœur d'Orvane", kind: "association", x: -2, y: -2,
        epci: "CA-VAL-D-ORVANE", departement: "DB",
        themes: ["culture_heritage"], odd: [4],
        objectives: ["hybrid_model"],
        needs: [res("premises", "culture_heritage")],
        offers: [],
        monthsSinceUpdate: 4,
      },
      {
        key: "fondation-orvane-enfance", name: "Fondation Orvane Enfance", kind: "fondation", x: 6, y: 6,
        epci: "CA-VAL-D-ORVANE", departement: "DB",
        themes: ["youth"], odd: [4],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "youth")],
        monthsSinceUpdate: 5,
      },
      {
        key: "cma-orvane", name: "Chambre de métiers d'Orvane", kind: "reseau", x: 10, y: 2,
        epci: "CA-EST-ORVANE", departement: "DB",
        themes: ["local_economy"], odd: [8],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("training", "local_economy")],
        monthsSinceUpdate: 3,
      },
    ],
    expected: ["mobilite-solidaire-orvane", "ca-val-d-orvane-mobilites", "atelier-velo-orvane", "lab-ville-mobilite-orvane"],
  },

  // 22. -----------------------------------------------------------------------------------------------------
  {
    id: "rural-association-isolation-seniors",
    title: "A plateau association experiments a new way to spot and visit isolated older people",
    setting: "rural",
    objective: "societal_innovation",
    partnershipType: "societal_innovation",
    rationale:
      "The association has volunteers and know-how against isolation but needs data on who is isolated, a way to reach " +
      "them and funding: the intercommunal social action centre (data and access, wants volunteers), the parcel and " +
      "services network whose carriers visit every hamlet (wants training to detect isolation), the agricultural social " +
      "security agency (data and funding) and the social gerontology lab (data, wants a terrain) complete it. The " +
      "seniors' friendly society is a peer with the same needs, the Atlantic longevity institute is 180 km away, the " +
      "commune's social centre profile is stale while the intercommunal one is fresh, and the quarry, the young farmers " +
      "and the sport foundation are off-topic.",
    subject: "asso-liens-du-plateau",
    organisations: [
      {
        key: "asso-liens-du-plateau", name: "Les Liens du Plateau — lutte contre l'isolement", kind: "association", x: 0, y: 0,
        epci: "CC-PLATEAU-DE-MIREVAL", departement: "DA",
        themes: ["ageing", "social_ties", "rural_revitalisation"], odd: [3, 10, 11],
        objectives: ["societal_innovation"],
        needs: [res("data_research", "ageing", "social_ties"), res("field_access", "ageing"), res("funding", "ageing")],
        offers: [res("volunteering", "social_ties", "ageing"), res("expertise", "social_ties", "ageing")],
        monthsSinceUpdate: 2,
      },
      {
        key: "cias-plateau-de-mireval", name: "Centre intercommunal d'action sociale du Plateau de Mireval",
        kind: "collectivite", x: 5, y: 3, epci: "CC-PLATEAU-DE-MIREVAL", departement: "DA",
        themes: ["ageing", "social_ties"], odd: [3, 10],
        objectives: ["territory_project", "societal_innovation"],
        needs: [res("volunteering", "social_ties")],
        offers: [res("data_research", "ageing"), res("field_access", "ageing")],
        monthsSinceUpdate: 3,
      },
      // entreprise GE (local site)
      {
        key: "ge-reseau-colis-services", name: "Réseau Colis et Services — plateforme du Plateau", kind: "entreprise",
        x: 10, y: -5, epci: "CC-PLATEAU-DE-MIREVAL", departement: "DA",
        themes: ["ageing", "rural_revitalisation", "social_ties"], odd: [9, 10, 11],
        objectives: ["societal_innovation", "performance_engagement"],
        needs: [res("expertise", "social_ties", "ageing")],
        offers: [res("field_access", "ageing", "rural_revitalisation")],
        monthsSinceUpdate: 4,
      },
      {
        key: "msa-agence-mireval", name: "Mutualité sociale agricole — agence de Mireval", kind: "etat", x: 18, y: 12,
        epci: "CC-HAUTES-TERRES-DU-LIADOU", departement: "DA",
        themes: ["ageing", "rural_revitalisation", "health"], odd: [1, 3, 10],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "ageing")],
        offers: [res("data_research", "ageing", "rural_revitalisation"), res("funding", "ageing")],
        monthsSinceUpdate: 3,
      },
      {
        key: "lab-gerontologie-clervaux", name: "Laboratoire de gérontologie sociale, Université de Clervaux",
        kind: "academique", x: 45, y: -20, epci: "CA-CLERVAUX", departement: "DA",
        themes: ["ageing", "social_ties"], odd: [3, 10],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "ageing")],
        offers: [res("data_research", "ageing", "social_ties")],
        monthsSinceUpdate: 4,
      },
      {
        key: "amicale-aines-du-plateau", name: "Amicale des Aînés du Plateau", kind: "association", x: 6, y: -2,
        epci: "CC-PLATEAU-DE-MIREVAL", departement: "DA",
        themes: ["ageing", "social_ties"], odd: [3, 10],
        objectives: ["territory_project"],
        needs: [res("funding", "ageing"), res("volunteering", "social_ties")],
        offers: [],
        monthsSinceUpdate: 3,
      },
      {
        key: "institut-longevite-atlantique", name: "Institut Longévité Atlantique", kind: "academique", x: 180, y: 40,
        epci: "METRO-OCEANE", departement: "DC",
        themes: ["ageing"], odd: [3],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "ageing")],
        offers: [res("data_research", "ageing", "social_ties")],
        monthsSinceUpdate: 2,
      },
      {
        key: "ccas-mireval-le-haut", name: "Commune de Mireval-le-Haut (CCAS)", kind: "collectivite", x: 8, y: 6,
        epci: "CC-PLATEAU-DE-MIREVAL", departement: "DA",
        themes: ["ageing", "social_ties"], odd: [3, 10],
        objectives: ["territory_project"],
        needs: [res("volunteering", "social_ties")],
        offers: [res("field_access", "ageing"), res("data_research", "ageing")],
        monthsSinceUpdate: 36,
      },
      // entreprise PME
      {
        key: "pme-granit-du-plateau", name: "Carrière de granit du Plateau", kind: "entreprise", x: -12, y: 9,
        epci: "CC-PLATEAU-DE-MIREVAL", departement: "DA",
        themes: ["ecological_transition", "local_economy"], odd: [8, 12],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("equipment", "ecological_transition")],
        monthsSinceUpdate: 5,
      },
      {
        key: "jeunes-agriculteurs-plateau", name: "Jeunes Agriculteurs du Plateau", kind: "association", x: -20, y: -8,
        epci: "CC-HAUTES-TERRES-DU-LIADOU", departement: "DA",
        themes: ["food_agriculture", "youth"], odd: [2, 8],
        objectives: ["hybrid_model"],
        needs: [res("training", "food_agriculture")],
        offers: [],
        monthsSinceUpdate: 4,
      },
      {
        key: "fondation-sport-rural", name: "Fondation pour le Sport Rural", kind: "fondation", x: 30, y: 25,
        epci: "CA-CLERVAUX", departement: "DA",
        themes: ["sport", "rural_revitalisation"], odd: [3],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "sport")],
        monthsSinceUpdate: 3,
      },
    ],
    expected: ["cias-plateau-de-mireval", "ge-reseau-colis-services", "msa-agence-mireval", "lab-gerontologie-clervaux"],
  },

  // 23. -----------------------------------------------------------------------------------------------------
  {
    id: "urban-collective-solidarity-fridges",
    title: "A citizens' collective wants places and publics to test solidarity fridges against food waste",
    setting: "urban",
    objective: "societal_innovation",
    partnershipType: "societal_innovation",
    rationale:
      "The question is the collective's need for test sites reaching people in need: the social centre, the public " +
      "housing office (estate halls), the student services (residences) and the city's social action centre all open " +
      "such places nearby, and most want the collective's volunteers. The hypermarket gives unsold food (another need), " +
      "the food-waste foundation gives money the collective did not ask for, the soup collective competes for the same " +
      "sites, the southern social centre is 100 km away, the neighbourhood house's profile is stale, and the estate " +
      "agency is unrelated.",
    subject: "collectif-frigos-solidaires",
    focus: { direction: "need", index: 0 },
    organisations: [
      {
        key: "collectif-frigos-solidaires", name: "Collectif Frigos Solidaires de Belleroche", kind: "collectif", x: 0, y: 0,
        epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["food_agriculture", "poverty", "ecological_transition", "social_ties"], odd: [1, 2, 12],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "food_agriculture", "poverty"), res("equipment", "food_agriculture")],
        offers: [res("volunteering", "food_agriculture", "social_ties"), res("network", "citizenship")],
        monthsSinceUpdate: 1,
      },
      {
        key: "centre-social-hauts-de-belleroche", name: "Centre social des Hauts-de-Belleroche", kind: "association",
        x: 1.5, y: 2, epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["poverty", "social_ties", "food_agriculture"], odd: [1, 10],
        objectives: ["societal_innovation", "territory_project"],
        needs: [res("volunteering", "social_ties")],
        offers: [res("field_access", "poverty", "social_ties")],
        monthsSinceUpdate: 2,
      },
      {
        key: "oph-belleroche-habitat", name: "Belleroche Habitat (office public de l'habitat)", kind: "etat", x: -2, y: 1,
        epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["housing", "poverty", "social_ties"], odd: [1, 11],
        objectives: ["societal_innovation"],
        needs: [res("volunteering", "social_ties")],
        offers: [res("field_access", "housing", "poverty"), res("premises", "housing")],
        monthsSinceUpdate: 4,
      },
      {
        key: "services-etudiants-belleroche", name: "Services étudiants de Belleroche (résidences universitaires)",
        kind: "etat", x: 3, y: -2.5, epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["youth", "poverty", "food_agriculture"], odd: [1, 2, 4],
        objectives: ["societal_innovation"],
        needs: [res("volunteering", "food_agriculture")],
        offers: [res("field_access", "poverty", "youth")],
        monthsSinceUpdate: 3,
      },
      {
        key: "ville-belleroche-ccas", name: "Ville de Belleroche — centre communal d'action sociale", kind: "collectivite",
        x: 0.5, y: -1, epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["poverty", "social_ties"], odd: [1, 10],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("field_access", "poverty"), res("data_research", "poverty")],
        monthsSinceUpdate: 3,
      },
      // entreprise GE (local store)
      {
        key: "hyper-belleroche-centre", name: "Hypermarché Belleroche Centre", kind: "entreprise", x: 2, y: 0.5,
        epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["food_agriculture", "ecological_transition"], odd: [2, 12],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("equipment", "food_agriculture")],
        monthsSinceUpdate: 2,
      },
      {
        key: "fondation-alimentation-durable", name: "Fondation Alimentation Durable", kind: "fondation", x: -1, y: 3,
        epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["food_agriculture", "ecological_transition"], odd: [2, 12],
        objectives: ["societal_innovation"],
        needs: [],
        offers: [res("funding", "food_agriculture")],
        monthsSinceUpdate: 3,
      },
      {
        key: "collectif-disco-soupe", name: "Collectif Disco Soupe Belleroche", kind: "collectif", x: -1.5, y: -2,
        epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["food_agriculture", "ecological_transition"], odd: [2, 12],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "food_agriculture")],
        offers: [res("volunteering", "food_agriculture")],
        monthsSinceUpdate: 2,
      },
      {
        key: "centre-social-bassin-sud", name: "Centre social du Bassin Sud", kind: "association", x: 95, y: -30,
        epci: "CA-BASSIN-SUD", departement: "DC",
        themes: ["poverty", "social_ties"], odd: [1, 10],
        objectives: ["societal_innovation"],
        needs: [res("volunteering", "social_ties")],
        offers: [res("field_access", "poverty", "social_ties")],
        monthsSinceUpdate: 2,
      },
      {
        key: "maison-de-quartier-saint-roch", name: "Maison de quartier Saint-Roch", kind: "association", x: 1, y: 1,
        epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["poverty", "social_ties"], odd: [1, 10],
        objectives: ["societal_innovation"],
        needs: [res("volunteering", "social_ties")],
        offers: [res("field_access", "poverty", "social_ties")],
        monthsSinceUpdate: 41,
      },
      // entreprise PME
      {
        key: "agence-immobiliere-belleroche", name: "Agence immobilière de Belleroche", kind: "entreprise", x: -3, y: -3,
        epci: "METRO-BELLEROCHE", departement: "DA",
        themes: ["culture_heritage"], odd: [11],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 5,
      },
    ],
    expected: ["centre-social-hauts-de-belleroche", "oph-belleroche-habitat", "services-etudiants-belleroche", "ville-belleroche-ccas"],
  },

  // 24. -----------------------------------------------------------------------------------------------------
  {
    id: "periurban-pme-inclusive-housing",
    title: "A building SME co-designs inclusive housing for disabled and older residents",
    setting: "periurban",
    objective: "societal_innovation",
    partnershipType: "responsible_practices",
    rationale:
      "The builder needs disability and ageing expertise, future residents to co-design with and research on accessible " +
      "housing, and offers its building skills: the disability-housing association and the shared-housing seniors' " +
      "association bring expertise and residents and need accessibility works, the town brings land and wants housing " +
      "know-how. The only lab working on accessible housing is 90 km away in another département, but nobody closer " +
      "offers that research, so a catalyst would still propose it; the Mediterranean disability association, by " +
      "contrast, is far while two local ones exist. The other builder is a peer, the canton's seniors-housing profile is " +
      "stale, and the football club, the music foundation and the bank (the SME needs no funding) are not relevant.",
    subject: "pme-constructions-breval",
    organisations: [
      // entreprise PME
      {
        key: "pme-constructions-breval", name: "Constructions Habitat du Bréval", kind: "entreprise", x: 0, y: 0,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["housing", "disability", "ageing"], odd: [3, 10, 11],
        objectives: ["societal_innovation"],
        needs: [
          res("expertise", "disability", "ageing", "housing"), res("field_access", "housing", "disability"),
          res("data_research", "housing", "disability"),
        ],
        offers: [res("skills", "housing"), res("employment", "employment_inclusion")],
        monthsSinceUpdate: 3,
      },
      {
        key: "handi-habitat-breval", name: "Handi-Habitat Bréval", kind: "association", x: 2, y: 2,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["disability", "housing"], odd: [10, 11],
        objectives: ["societal_innovation"],
        needs: [res("skills", "housing")],
        offers: [res("expertise", "disability", "housing"), res("field_access", "disability")],
        monthsSinceUpdate: 2,
      },
      {
        key: "habitat-partage-seniors-breval", name: "Habitat Partagé Seniors du Bréval", kind: "association", x: -3, y: 4,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["ageing", "housing", "social_ties"], odd: [3, 11],
        objectives: ["societal_innovation"],
        needs: [res("skills", "housing")],
        offers: [res("expertise", "ageing", "housing"), res("field_access", "ageing", "housing")],
        monthsSinceUpdate: 4,
      },
      {
        key: "ville-breval-les-vignes", name: "Ville de Bréval-les-Vignes", kind: "collectivite", x: 1, y: -1,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["housing", "ageing", "disability"], odd: [11],
        objectives: ["territory_project"],
        needs: [res("skills", "housing")],
        offers: [res("premises", "housing"), res("field_access", "housing")],
        monthsSinceUpdate: 3,
      },
      {
        key: "lab-habitat-accessible-mornay", name: "Laboratoire Habitat accessible, École d'architecture de Mornay",
        kind: "academique", x: 85, y: 30, epci: "METRO-MORNAY", departement: "DC",
        themes: ["housing", "disability", "ageing"], odd: [9, 11],
        objectives: ["societal_innovation"],
        needs: [res("field_access", "housing", "disability")],
        offers: [res("data_research", "housing", "disability")],
        monthsSinceUpdate: 4,
      },
      // entreprise PME
      {
        key: "pme-bati-breval", name: "Bâti-Bréval", kind: "entreprise", x: 3, y: -3,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["housing", "disability"], odd: [11],
        objectives: ["performance_engagement"],
        needs: [res("expertise", "disability")],
        offers: [res("skills", "housing")],
        monthsSinceUpdate: 3,
      },
      {
        key: "handicap-logement-mediterranee", name: "Handicap et Logement Méditerranée", kind: "association", x: 170, y: -50,
        epci: "METRO-AZURINE", departement: "DD",
        themes: ["disability", "housing"], odd: [10, 11],
        objectives: ["societal_innovation"],
        needs: [res("skills", "housing")],
        offers: [res("expertise", "disability", "housing"), res("field_access", "disability")],
        monthsSinceUpdate: 2,
      },
      {
        key: "seniors-habitat-du-canton", name: "Seniors et Habitat du Canton", kind: "association", x: -2, y: -4,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["ageing", "housing"], odd: [3, 11],
        objectives: ["societal_innovation"],
        needs: [res("skills", "housing")],
        offers: [res("expertise", "ageing", "housing"), res("field_access", "ageing")],
        monthsSinceUpdate: 38,
      },
      {
        key: "fc-breval", name: "Football Club de Bréval", kind: "association", x: 4, y: 3,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["sport", "youth"], odd: [3],
        objectives: ["hybrid_model"],
        needs: [res("funding", "sport")],
        offers: [],
        monthsSinceUpdate: 4,
      },
      {
        key: "fondation-musique-breval", name: "Fondation Musique en Bréval", kind: "fondation", x: -5, y: 1,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["culture_heritage"], odd: [4],
        objectives: ["territory_project"],
        needs: [],
        offers: [res("funding", "culture_heritage")],
        monthsSinceUpdate: 3,
      },
      // entreprise GE
      {
        key: "banque-breval", name: "Banque du Bréval", kind: "entreprise", x: 0.5, y: 1.5,
        epci: "CA-COTEAUX-DU-BREVAL", departement: "DB",
        themes: ["housing"], odd: [11],
        objectives: ["performance_engagement"],
        needs: [],
        offers: [res("funding", "housing")],
        monthsSinceUpdate: 2,
      },
    ],
    expected: [
      "handi-habitat-breval", "habitat-partage-seniors-breval", "ville-breval-les-vignes", "lab-habitat-accessible-mornay",
    ],
  },
];
