// The demo network: ~350 catalysts with plausible coverages on real EPCI and départements (with white zones
// left on purpose), ~5,000 organisations in real communes with needs and offers, and a few users of each role.
// Generated from a fixed seed, so it is the same on every machine and every run.
import type { CatalystCoverage, NewCatalyst, NewNeedOffer, NewOrganisation, NewUser } from "../schema";
import { CATALYST_TRADES, type CoverageKind, type HostKind } from "../../lib/shared/vocabulary";
import { slugify, uniqueSlug } from "../../lib/shared/slug";
import { DEMO_REFERENCE_DATE, FICTITIOUS_NOTICE, buildNeedsOffers, buildOrganisation, fictitiousPerson, pickActorKind, type FactoryContext } from "./factories";
import { generateDemoIntroductions, type DemoIntroductions } from "./demo-introductions";
import { SeededRandom, WeightedTable } from "./random";
import type { TerritoriesData, TerritoryCommune } from "./territories-data";
import { DAY_MS } from "../../lib/shared/time";
import { de } from "../../lib/shared/french";

export const DEMO_SEED = 17; // ODD 17

export interface DemoNetworkSize {
  catalysts: { departement: number; intercommunality: number; commune: number };
  whiteZoneDepartements: number;
  organisations: number;
}

export const DEMO_SIZE: DemoNetworkSize = {
  catalysts: { departement: 40, intercommunality: 290, commune: 20 },
  whiteZoneDepartements: 12,
  organisations: 5_000,
};

export interface DemoUserSpec {
  email: string;
  name: string;
  role: "admin" | "catalyst" | "member";
}

/** The demo accounts, documented in the README; their sign-in works once e-mail sign-in is configured. */
export const DEMO_USERS: DemoUserSpec[] = [
  { email: "admin@alliances.example", name: "Alex Admin (démo)", role: "admin" },
  { email: "catalyseur@alliances.example", name: "Camille Catalyseur (démo)", role: "catalyst" },
  { email: "catalyseur2@alliances.example", name: "Karim Catalyseur (démo)", role: "catalyst" },
  { email: "membre@alliances.example", name: "Manon Membre (démo)", role: "member" },
  { email: "membre2@alliances.example", name: "Hugo Membre (démo)", role: "member" },
];

export interface DemoNetwork {
  catalysts: (NewCatalyst & { id: string })[];
  coverage: CatalystCoverage[];
  organisations: (NewOrganisation & { id: string })[];
  needsOffers: NewNeedOffer[];
  users: (NewUser & { id: string })[];
  memberships: { userId: string; organisationId: string; role: "owner" | "editor"; createdAt: Date }[];
  catalystStaff: { userId: string; catalystId: string; createdAt: Date }[];
  introductions: DemoIntroductions["introductions"];
  introductionEvents: DemoIntroductions["events"];
}

const CATALYST_NAME_PATTERNS = [
  "Alliances {place}",
  "Catalyseur territorial {place}",
  "Fabrique des alliances {place}",
  "Maison des coopérations {place}",
  "{place} en commun",
  "Pôle Faire Alliance {place}",
];

const HOST_PATTERNS: Record<HostKind, string> = {
  association: "Association {place} Solidaire",
  collectivite: "Service développement local — {place}",
  entreprise: "Coopérative {place} Conseil",
  reseau: "Maison de l'ESS {place}",
  universite: "Université populaire {de place}",
  ptce: "PTCE {place} Coopère",
};

/** Short, readable place name from an EPCI's official name ("CC du Pays de Gex" → "Pays de Gex"). */
export function shortTerritoryName(name: string): string {
  return (
    name
      .replace(/^(CC|CA|CU|Communauté (de communes|d'agglomération|urbaine)|Métropole|Établissement public territorial)\s+/i, "")
      .replace(/^(du|de la|de l'|des|de|d')\s*/i, "")
      .trim() || name
  );
}

export function generateDemoNetwork(territories: TerritoriesData, size: DemoNetworkSize = DEMO_SIZE): DemoNetwork {
  const random = new SeededRandom(DEMO_SEED);
  const communeByCode = new Map(territories.communes.map((commune) => [commune.code, commune]));
  const context: FactoryContext = {
    random,
    departementNames: new Map(territories.departements.map((departement) => [departement.code, departement.name])),
    epciNames: new Map(territories.intercommunalities.map((epci) => [epci.code, epci.name])),
  };

  // Communes grouped by EPCI, and each EPCI's main département (the one most of its communes are in).
  const communesByEpci = new Map<string, TerritoryCommune[]>();
  for (const commune of territories.communes) {
    if (!commune.epciCode) continue;
    const list = communesByEpci.get(commune.epciCode) ?? [];
    list.push(commune);
    communesByEpci.set(commune.epciCode, list);
  }
  const mainCommune = (communes: TerritoryCommune[]) =>
    communes.reduce((best, commune) => ((commune.population ?? 0) > (best.population ?? 0) ? commune : best));

  const departementCodes = territories.departements.map((departement) => departement.code);
  const whiteZones = new Set(random.sample(departementCodes, size.whiteZoneDepartements));
  const coveredDepartements = departementCodes.filter((code) => !whiteZones.has(code));

  const catalysts: DemoNetwork["catalysts"] = [];
  const coverage: CatalystCoverage[] = [];
  const catalystSlugs = new Set<string>();
  const hostKinds: HostKind[] = ["association", "collectivite", "reseau", "ptce", "entreprise", "universite"];

  const addCatalyst = (place: string, seat: TerritoryCommune, covered: { kind: CoverageKind; code: string }[]) => {
    const id = random.uuid();
    const name = random.pick(CATALYST_NAME_PATTERNS).replace("{place}", place);
    const hostKind = random.weighted(hostKinds, [35, 20, 20, 12, 8, 5]);
    const person = fictitiousPerson(random);
    const adhesionDays = random.int(30, 1_400);
    catalysts.push({
      id,
      slug: uniqueSlug(slugify(name), catalystSlugs),
      name,
      hostName: HOST_PATTERNS[hostKind].replace("{de place}", de(place)).replace("{place}", place),
      hostKind,
      trades: random.sample(CATALYST_TRADES, random.int(2, 4)),
      description: `Tiers de confiance du territoire ${place} : nous créons des liens entre collectivités, entreprises, associations et fondations pour répondre ensemble aux besoins locaux. ${FICTITIOUS_NOTICE}`,
      website: `https://${slugify(name, 40)}.example`,
      contactName: `${person.firstName} ${person.surname}`,
      contactEmail: `${slugify(person.firstName)}.${slugify(person.surname)}@${slugify(name, 30)}.example`,
      contactPhone: `01 99 00 ${random.digits(2)} ${random.digits(2)}`,
      contactPublic: false,
      charterSignedOn: new Date(DEMO_REFERENCE_DATE.getTime() - adhesionDays * DAY_MS).toISOString().slice(0, 10),
      communeCode: seat.code,
      lat: seat.lat,
      lon: seat.lon,
      isDemo: true,
      createdAt: new Date(DEMO_REFERENCE_DATE.getTime() - adhesionDays * DAY_MS),
      updatedAt: new Date(DEMO_REFERENCE_DATE.getTime() - random.int(0, adhesionDays) * 86_400_000),
    });
    for (const item of covered) coverage.push({ catalystId: id, territoryKind: item.kind, territoryCode: item.code });
  };

  // Département-wide catalysts.
  for (const code of random.sample(coveredDepartements, size.catalysts.departement)) {
    const departement = territories.departements.find((item) => item.code === code);
    const seat = departement?.chefLieuCode ? communeByCode.get(departement.chefLieuCode) : undefined;
    if (!departement || !seat) continue;
    addCatalyst(departement.name, seat, [{ kind: "departement", code }]);
  }

  // Catalysts of one to three neighbouring EPCI of the same département (EPT of the Grand Paris included).
  const epciByDepartement = new Map<string, string[]>();
  for (const [epciCode, members] of communesByEpci) {
    const counts = new Map<string, number>();
    for (const member of members) counts.set(member.departementCode, (counts.get(member.departementCode) ?? 0) + 1);
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    if (!main || whiteZones.has(main)) continue;
    epciByDepartement.set(main, [...(epciByDepartement.get(main) ?? []), epciCode]);
  }
  const epciPool = [...epciByDepartement.entries()].sort((a, b) => a[0].localeCompare(b[0])).flatMap(([, codes]) => [...codes].sort());
  const usedEpci = new Set<string>();
  let created = 0;
  for (const start of random.shuffle(epciPool)) {
    if (created >= size.catalysts.intercommunality) break;
    if (usedEpci.has(start)) continue;
    const startIndex = epciPool.indexOf(start);
    const group = [start];
    const wanted = random.weighted([1, 2, 3], [60, 30, 10]);
    for (let offset = 1; group.length < wanted && startIndex + offset < epciPool.length; offset += 1) {
      const neighbour = epciPool[startIndex + offset] as string;
      const sameDepartement = communesByEpci.get(neighbour)?.[0]?.departementCode === communesByEpci.get(start)?.[0]?.departementCode;
      if (!sameDepartement || usedEpci.has(neighbour)) break;
      group.push(neighbour);
    }
    for (const code of group) usedEpci.add(code);
    const seat = mainCommune(group.flatMap((code) => communesByEpci.get(code) ?? []));
    const place = shortTerritoryName(context.epciNames.get(start) ?? seat.name);
    addCatalyst(
      place,
      seat,
      group.map((code) => ({ kind: "intercommunality" as const, code })),
    );
    created += 1;
  }

  // City catalysts covering a large commune, sometimes with one or two of its nearest neighbours.
  const cities = territories.communes
    .filter((commune) => !whiteZones.has(commune.departementCode) && (commune.population ?? 0) > 40_000)
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const city of random.sample(cities, size.catalysts.commune)) {
    const neighbours = territories.communes
      .filter((commune) => commune.epciCode === city.epciCode && commune.code !== city.code)
      .sort((a, b) => distanceSquared(a, city) - distanceSquared(b, city) || a.code.localeCompare(b.code))
      .slice(0, random.int(0, 2));
    addCatalyst(
      city.name,
      city,
      [city, ...neighbours].map((commune) => ({ kind: "commune" as const, code: commune.code })),
    );
  }

  // Organisations: mostly where people live, with a share spread over small communes so rural areas exist too.
  const byPopulation = new WeightedTable(territories.communes, (commune) => commune.population ?? 0);
  const smallCommunes = territories.communes.filter((commune) => (commune.population ?? 0) >= 150);
  const organisations: DemoNetwork["organisations"] = [];
  const needsOffers: NewNeedOffer[] = [];
  const organisationSlugs = new Set<string>();
  const organisationNames = new Set<string>();
  const communesWithTownHall = new Set<string>();
  while (organisations.length < size.organisations) {
    const commune = random.chance(0.7) ? byPopulation.pick(random) : random.pick(smallCommunes);
    let kind = pickActorKind(random);
    // One town hall per commune: a second one would be a duplicate of the same real collectivité.
    if (kind === "collectivite" && communesWithTownHall.has(commune.code)) kind = "association";
    if (kind === "collectivite") communesWithTownHall.add(commune.code);
    const organisation = buildOrganisation(context, { kind, commune });
    organisation.name = distinctName(organisation.name, organisationNames);
    organisation.slug = uniqueSlug(slugify(organisation.name), organisationSlugs);
    organisations.push(organisation);
    needsOffers.push(
      ...buildNeedsOffers(context, {
        id: organisation.id,
        kind,
        themes: organisation.themes ?? [],
        createdAt: organisation.createdAt ?? DEMO_REFERENCE_DATE,
      }),
    );
  }

  // Demo users: staff of two catalysts and owners of published organisations covered by the first one.
  const users: DemoNetwork["users"] = DEMO_USERS.map((spec) => ({
    id: random.uuid(),
    email: spec.email,
    name: spec.name,
    emailVerified: DEMO_REFERENCE_DATE,
    isAdmin: spec.role === "admin",
    createdAt: DEMO_REFERENCE_DATE,
  }));
  const staffUsers = users.filter((_, index) => DEMO_USERS[index]?.role === "catalyst");
  const memberUsers = users.filter((_, index) => DEMO_USERS[index]?.role === "member");
  // Staff the intercommunality catalysts with the most published organisations, so that the demo's catalysts
  // have a territory busy enough to moderate, match and introduce in.
  const publishedPerIntercommunality = new Map<string, number>();
  for (const organisation of organisations) {
    if (organisation.status !== "published") continue;
    const commune = communeByCode.get(organisation.communeCode);
    for (const code of new Set([commune?.epciCode, commune?.eptCode])) {
      if (code) publishedPerIntercommunality.set(code, (publishedPerIntercommunality.get(code) ?? 0) + 1);
    }
  }
  const publishedInTerritory = (catalystId: string) =>
    coverage
      .filter((item) => item.catalystId === catalystId && item.territoryKind === "intercommunality")
      .reduce((total, item) => total + (publishedPerIntercommunality.get(item.territoryCode) ?? 0), 0);
  const staffedCatalysts = catalysts
    .map((catalyst, index) => ({ catalyst, index, published: publishedInTerritory(catalyst.id) }))
    .filter((entry) => entry.published > 0)
    .sort((a, b) => b.published - a.published || a.index - b.index)
    .slice(0, staffUsers.length)
    .map((entry) => entry.catalyst);
  const catalystStaff = staffUsers.flatMap((user, index) => {
    const catalyst = staffedCatalysts[index];
    return catalyst ? [{ userId: user.id, catalystId: catalyst.id, createdAt: DEMO_REFERENCE_DATE }] : [];
  });
  // Members own published organisations inside the first staffed catalyst's territory, so the demo can show a
  // catalyst and "its" organisations working together.
  const firstTerritory = new Set(coverage.filter((item) => item.catalystId === staffedCatalysts[0]?.id).map((item) => item.territoryCode));
  const published = organisations.filter((organisation) => organisation.status === "published");
  const local = published.filter((organisation) => {
    const commune = communeByCode.get(organisation.communeCode);
    return [commune?.epciCode, commune?.eptCode].some((code) => code && firstTerritory.has(code));
  });
  const candidates = local.length >= memberUsers.length ? local : published;
  // The first member's organisation, then for the others the nearby organisations that complement it best (another
  // kind of actor, an offer for one of its needs or the reverse), so the demo's members can try the whole
  // introduction journey between themselves.
  const chosen = candidates.slice(0, 1);
  const first = chosen[0];
  if (first) {
    const openItems = (organisationId: string, direction: "need" | "offer") =>
      new Set(
        needsOffers
          .filter((item) => item.organisationId === organisationId && item.direction === direction && (item.status ?? "open") === "open")
          .map((item) => item.resourceKind),
      );
    const firstNeeds = openItems(first.id, "need");
    const firstOffers = openItems(first.id, "offer");
    const complement = (organisation: (typeof candidates)[number]) => {
      const meets = [...openItems(organisation.id, "offer")].some((kind) => firstNeeds.has(kind));
      const needs = [...openItems(organisation.id, "need")].some((kind) => firstOffers.has(kind));
      return (meets ? 2 : 0) + (needs ? 1 : 0) + (organisation.kind !== first.kind ? 1 : 0) - Math.sqrt(distanceSquared(first, organisation)) * 10;
    };
    const ranked = candidates
      .slice(1)
      .map((organisation, index) => ({ organisation, index, value: complement(organisation) }))
      .sort((a, b) => b.value - a.value || a.index - b.index);
    chosen.push(...ranked.slice(0, memberUsers.length - 1).map((entry) => entry.organisation));
  }
  const memberships = memberUsers.flatMap((user, index) => {
    const organisation = chosen[index];
    return organisation ? [{ userId: user.id, organisationId: organisation.id, role: "owner" as const, createdAt: DEMO_REFERENCE_DATE }] : [];
  });

  const { introductions, events: introductionEvents } = generateDemoIntroductions({
    communes: communeByCode,
    catalysts,
    coverage,
    organisations,
    needsOffers,
    memberships,
    catalystStaff,
    adminUserId: users.find((user) => user.isAdmin)?.id ?? null,
  });

  return { catalysts, coverage, organisations, needsOffers, users, memberships, catalystStaff, introductions, introductionEvents };
}

/** Two organisations of a city must not share a name: a second one gets a part of town, as real ones do. */
const NAME_QUALIFIERS = ["Nord", "Sud", "Est", "Ouest", "Centre", "Rive gauche", "Rive droite", "Faubourgs", "Quartiers", "Agglomération"];
function distinctName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let attempt = 0; taken.has(candidate); attempt++) {
    const qualifier = NAME_QUALIFIERS[attempt % NAME_QUALIFIERS.length]!;
    candidate = attempt < NAME_QUALIFIERS.length ? `${name} ${qualifier}` : `${name} ${qualifier} ${Math.floor(attempt / NAME_QUALIFIERS.length) + 1}`;
  }
  taken.add(candidate);
  return candidate;
}

function distanceSquared(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  return (a.lat - b.lat) ** 2 + ((a.lon - b.lon) * 0.69) ** 2;
}
