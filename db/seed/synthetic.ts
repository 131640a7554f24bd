// Large synthetic sets (100,000 or 1,000,000 organisations) for benchmarks, built with the demo factories.
// Written in deterministic batches, each in its own transaction, so an interrupted load resumes where it stopped.
import { count, like } from "drizzle-orm";
import type { Executor } from "../client";
import { needsOffers, organisations, type NewNeedOffer, type NewOrganisation } from "../schema";
import { buildNeedsOffers, buildOrganisation, pickActorKind, type FactoryContext } from "./factories";
import { insertInBatches } from "./prepare-database";
import { SeededRandom, WeightedTable } from "./random";
import type { TerritoriesData } from "./territories-data";

export const SYNTHETIC_SLUG_PREFIX = "synthetic-";
const BATCH = 2_000;

export interface SyntheticProgress {
  done: number;
  target: number;
}

/** Adds synthetic organisations until `target` of them exist; returns how many were added. */
export async function loadSyntheticOrganisations(
  db: Executor,
  territories: TerritoriesData,
  target: number,
  onProgress: (progress: SyntheticProgress) => void = () => {},
): Promise<number> {
  const [existing] = await db
    .select({ value: count() })
    .from(organisations)
    .where(like(organisations.slug, `${SYNTHETIC_SLUG_PREFIX}%`));
  const start = Number(existing?.value ?? 0);
  if (start >= target) return 0;
  const byPopulation = new WeightedTable(territories.communes, (commune) => commune.population ?? 0);
  const departementNames = new Map(territories.departements.map((item) => [item.code, item.name]));
  const epciNames = new Map(territories.intercommunalities.map((item) => [item.code, item.name]));

  // Row i is always drawn from its batch's seed at its position in the batch, whatever the target was, so a
  // resumed load regenerates its batch from the boundary and skips the rows already stored.
  for (let batchStart = Math.floor(start / BATCH) * BATCH; batchStart < target; batchStart += BATCH) {
    const random = new SeededRandom(1_000_003 + Math.floor(batchStart / BATCH));
    const context: FactoryContext = { random, departementNames, epciNames };
    const rows: NewOrganisation[] = [];
    const items: NewNeedOffer[] = [];
    for (let index = batchStart; index < Math.min(batchStart + BATCH, target); index += 1) {
      const commune = random.chance(0.75) ? byPopulation.pick(random) : random.pick(territories.communes);
      const kind = pickActorKind(random);
      const organisation = buildOrganisation(context, { kind, commune, slug: `${SYNTHETIC_SLUG_PREFIX}${index}` });
      const organisationItems = buildNeedsOffers(context, {
        id: organisation.id,
        kind,
        themes: organisation.themes ?? [],
        createdAt: organisation.createdAt as Date,
      });
      if (index < start) continue;
      rows.push(organisation);
      items.push(...organisationItems);
    }
    await db.transaction(async (tx) => {
      await insertInBatches(tx, organisations, rows);
      await insertInBatches(tx, needsOffers, items);
    });
    onProgress({ done: Math.min(batchStart + BATCH, target), target });
  }
  return target - start;
}
