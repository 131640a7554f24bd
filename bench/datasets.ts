// The benchmark data sets: the synthetic organisations (on top of the territories and the demo network) in a
// PGlite data folder under .data/bench-pglite-<size> or in a dedicated database alliances_bench_<size> on the server of
// BENCH_DATABASE_URL. Loading is the product's own seeding (resumable); a set already loaded is reused as is.
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows, type DatabaseHandle, type Engine } from "../db/client";
import { prepareDatabase } from "../db/seed/prepare-database";
import { loadSyntheticOrganisations } from "../db/seed/synthetic";
import { readTerritoriesData } from "../db/seed/territories-data";

export const SIZES = { tiny: 1_000, "100k": 100_000, "1m": 1_000_000 } as const;
export type SizeName = keyof typeof SIZES;

export interface Dataset {
  engine: Engine;
  size: SizeName;
  /** Where the set lives: a folder for PGlite, a database URL for Postgres. */
  location: string;
}

export function pgliteDataset(size: SizeName, root = process.cwd()): Dataset {
  return { engine: "pglite", size, location: path.join(root, ".data", `bench-pglite-${size}`) };
}

/** The dedicated database for a size on the server of `serverUrl` (whatever database that URL names). */
export function postgresDataset(size: SizeName, serverUrl: string): Dataset {
  const url = new URL(serverUrl);
  url.pathname = `/alliances_bench_${size}`;
  return { engine: "postgres", size, location: url.toString() };
}

async function createDatabaseIfMissing(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const { default: postgres } = await import("postgres");
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    const existing = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!existing.length) await admin.unsafe(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export function openDataset(dataset: Dataset): Promise<DatabaseHandle> {
  return dataset.engine === "pglite"
    ? openDatabase({ engine: "pglite", dataDir: dataset.location })
    : openDatabase({ engine: "postgres", url: dataset.location, maxConnections: 4 });
}

export interface DatasetCounts {
  organisations: number;
  published: number;
  catalysts: number;
  communes: number;
}

export async function countDataset(handle: DatabaseHandle): Promise<DatasetCounts> {
  const [row] = await queryRows<DatasetCounts>(
    handle.db,
    sql`SELECT (SELECT count(*)::int FROM organisations) AS organisations,
               (SELECT count(*)::int FROM organisations WHERE status = 'published') AS published,
               (SELECT count(*)::int FROM catalysts) AS catalysts,
               (SELECT count(*)::int FROM communes) AS communes`,
  );
  return row!;
}

/**
 * Opens the set, loading what is missing first (migrations, territories, demo network, then the synthetic
 * organisations in resumable batches, with progress on stderr). A complete set costs a count and is reused.
 */
export async function ensureDataset(dataset: Dataset, log: (message: string) => void): Promise<DatabaseHandle> {
  if (dataset.engine === "postgres") await createDatabaseIfMissing(dataset.location);
  const handle = await openDataset(dataset);
  try {
    await prepareDatabase(handle, { demo: true, log });
    const target = SIZES[dataset.size];
    const started = Date.now();
    const added = await loadSyntheticOrganisations(handle.db, readTerritoriesData(), target, ({ done }) => {
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(
        `\r  ${dataset.engine} ${dataset.size}: ${done.toLocaleString("en")} / ${target.toLocaleString("en")} organisations, ${seconds.toFixed(0)} s`,
      );
    });
    if (added) {
      process.stderr.write("\n");
      log(`Loaded ${added.toLocaleString("en")} organisations in ${((Date.now() - started) / 1000).toFixed(0)} s; vacuuming and updating planner statistics…`);
      // As autovacuum would in a running deployment: the visibility map lets index-only scans skip the table.
      await handle.db.execute(sql`VACUUM ANALYZE`);
    }
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
