// The matching evaluation's suite (`npm run matching:evaluate` and its test): every scenario, fictional territories
// and real dense cities, and a dense synthetic background for them: organisations drawn by the product's own factories
// (db/seed/factories.ts, the same ones `npm run synthetic` loads), published, with their open needs and offers,
// concentrated in the communes around the scenarios' cities (weighted by population, as people are) plus a share
// spread over France. Seeded: the same background every run, built in memory in well under a second per 10,000.
import { buildNeedsOffers, buildOrganisation, DEMO_REFERENCE_DATE, pickActorKind, type FactoryContext } from "./factories";
import { SeededRandom, WeightedTable } from "./random";
import { readTerritoriesData, type TerritoriesData } from "./territories-data";
import { haversineKm } from "@/lib/geo/distance";
import { CITY_SCENARIOS } from "@/lib/matching/evaluation/city-scenarios";
import { epciKinds, placeCity, placeFictional, profileAt, scenarioCentres, type PlacedScenario } from "@/lib/matching/evaluation/evaluate";
import { EVALUATION_SCENARIOS } from "@/lib/matching/evaluation/scenarios";
import type { MatchProfile } from "@/lib/matching/score";

const MONTH_MS = 2_629_746_000;

export interface BackgroundOptions {
  /** The places to crowd (the scenarios' cities). */
  centres: readonly { lat: number; lon: number }[];
  size: number;
  /** Communes within this distance of a centre are drawn for the concentrated share. */
  radiusKm?: number;
  /** The share drawn from all of France instead (by population, as the synthetic sets do). */
  nationalShare?: number;
  seed?: number;
}

export function buildBackground(territories: TerritoriesData, options: BackgroundOptions): MatchProfile[] {
  const random = new SeededRandom(options.seed ?? 20_261_202);
  const radiusKm = options.radiusKm ?? 35;
  const context: FactoryContext = {
    random,
    departementNames: new Map(territories.departements.map((item) => [item.code, item.name])),
    epciNames: new Map(territories.intercommunalities.map((item) => [item.code, item.name])),
  };
  const kinds = epciKinds(territories);
  const nearCentres = territories.communes.filter((commune) => options.centres.some((centre) => haversineKm(centre, commune) <= radiusKm));
  const local = new WeightedTable(nearCentres, (commune) => commune.population ?? 0);
  const national = new WeightedTable(territories.communes, (commune) => commune.population ?? 0);
  const nationalShare = options.nationalShare ?? 0.15;
  const profiles: MatchProfile[] = [];
  for (let index = 0; index < options.size; index++) {
    const commune = random.chance(nationalShare) || !nearCentres.length ? national.pick(random) : local.pick(random);
    const kind = pickActorKind(random);
    const organisation = buildOrganisation(context, { kind, commune, status: "published", slug: `background-${index}` });
    const items = buildNeedsOffers(context, { id: organisation.id, kind, themes: organisation.themes ?? [], createdAt: organisation.createdAt as Date }).filter(
      (item) => item.status === "open",
    );
    profiles.push({
      id: `background-${index}`,
      kind,
      themes: organisation.themes ?? [],
      odd: organisation.odd ?? [],
      objectives: organisation.objectives ?? [],
      ...profileAt(commune, kinds),
      monthsSinceUpdate: (DEMO_REFERENCE_DATE.getTime() - (organisation.updatedAt as Date).getTime()) / MONTH_MS,
      needs: items.filter((item) => item.direction === "need").map((item) => ({ resourceKind: item.resourceKind, themes: item.themes ?? [] })),
      offers: items.filter((item) => item.direction === "offer").map((item) => ({ resourceKind: item.resourceKind, themes: item.themes ?? [] })),
    });
  }
  return profiles;
}

// The suite: every scenario, alone and on top of a seeded background of 24,000 organisations crowded around the cities.
export const BACKGROUND_SIZE = 24_000;

export interface EvaluationSuite {
  scenarios: PlacedScenario[];
  background: MatchProfile[];
}

export function loadEvaluationSuite(backgroundSize: number = BACKGROUND_SIZE): EvaluationSuite {
  const territories = readTerritoriesData();
  const scenarios = [...EVALUATION_SCENARIOS.map(placeFictional), ...CITY_SCENARIOS.map((scenario) => placeCity(scenario, territories))];
  const background = buildBackground(territories, { centres: scenarioCentres(scenarios), size: backgroundSize });
  return { scenarios, background };
}
