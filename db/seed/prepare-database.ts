// Brings a database to a usable state: migrations, the French territories (reloaded when the committed data file
// changes) and, on an empty database, the demo network. Safe to run at every start and from several instances.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { count, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DatabaseHandle, Executor } from "../client";
import { migrateDatabase, withPostgresLock } from "../migrate";
import {
  appSettings,
  catalystCoverage,
  catalystStaff,
  catalysts,
  communes,
  departements,
  intercommunalities,
  introductionEvents,
  introductions,
  memberships,
  needsOffers,
  organisations,
  regions,
  users,
} from "../schema";
import { generateDemoNetwork } from "./demo-network";
import { DEMO_REFERENCE_DATE } from "./factories";
import { TERRITORIES_FILE, readTerritoriesData } from "./territories-data";

const PREPARE_LOCK_KEY = 8_172_025;
const BATCH_SIZE = 1_000;

export interface PrepareOptions {
  demo: boolean;
  log?: (message: string) => void;
}

export interface PrepareReport {
  territoriesLoaded: boolean;
  demoLoaded: boolean;
}

export async function prepareDatabase(handle: DatabaseHandle, options: PrepareOptions): Promise<PrepareReport> {
  const log = options.log ?? (() => {});
  await migrateDatabase(handle);
  return withPostgresLock(handle, PREPARE_LOCK_KEY, async (single) => {
    const territoriesLoaded = await loadTerritoriesIfChanged(single.db, log);
    const demoLoaded = options.demo ? await loadDemoIfEmpty(single.db, log) : false;
    // PGlite has no autovacuum daemon: without fresh statistics the planner guesses a few dozen rows per table.
    if (territoriesLoaded || demoLoaded) await single.db.execute(sql`ANALYZE`);
    return { territoriesLoaded, demoLoaded };
  });
}

/** Inserts rows in batches; with `conflictTarget`, rows already there are updated to the new values. */
export async function insertInBatches<T extends PgTable>(
  db: Executor,
  table: T,
  rows: T["$inferInsert"][],
  conflictTarget?: PgColumn | PgColumn[],
  onBatch?: (done: number) => void,
): Promise<void> {
  const updatable = Object.entries(getTableColumns(table)).filter(([, column]) => !column.primary && !(column as { generated?: unknown }).generated);
  const set: Record<string, SQL> = Object.fromEntries(updatable.map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]));
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const insert = db.insert(table).values(batch as never);
    await (conflictTarget ? insert.onConflictDoUpdate({ target: conflictTarget, set: set as never }) : insert);
    onBatch?.(Math.min(start + BATCH_SIZE, rows.length));
  }
}

async function loadTerritoriesIfChanged(db: Executor, log: (message: string) => void): Promise<boolean> {
  const fingerprint = createHash("sha256").update(readFileSync(TERRITORIES_FILE)).digest("hex");
  const [stored] = await db.select().from(appSettings).where(eq(appSettings.key, "territories"));
  if ((stored?.value as { sha256?: string } | undefined)?.sha256 === fingerprint) return false;

  const data = readTerritoriesData();
  log(`Loading French territories: ${data.communes.length.toLocaleString("en")} communes…`);
  await db.transaction(async (tx) => {
    await insertInBatches(tx, regions, data.regions, regions.code);
    await insertInBatches(tx, departements, data.departements, departements.code);
    await insertInBatches(tx, intercommunalities, data.intercommunalities, intercommunalities.code);
    await insertInBatches(tx, communes, data.communes, communes.code);
    await tx
      .insert(appSettings)
      .values({ key: "territories", value: { sha256: fingerprint, version: data.version } })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: { sha256: fingerprint, version: data.version }, updatedAt: new Date() } });
  });
  return true;
}

/** Whole days from the demo's reference date to `now` (never negative), so two loads on one day agree. */
export function demoClockShift(now: Date): number {
  const day = 24 * 3600 * 1000;
  return Math.max(0, Math.floor((now.getTime() - DEMO_REFERENCE_DATE.getTime()) / day) * day);
}

async function loadDemoIfEmpty(db: Executor, log: (message: string) => void): Promise<boolean> {
  const [catalystCount] = await db.select({ value: count() }).from(catalysts);
  const [organisationCount] = await db.select({ value: count() }).from(organisations);
  if (Number(catalystCount?.value) > 0 || Number(organisationCount?.value) > 0) return false;

  const network = generateDemoNetwork(readTerritoriesData());
  log(
    `Loading demo data (fictitious): ${network.catalysts.length} catalysts, ${network.organisations.length.toLocaleString("en")} organisations, ${network.introductions.length} introductions…`,
  );
  // All or nothing: an interrupted first start must not leave a half-seeded network that is then never completed.
  await db.transaction(async (tx) => {
    await insertInBatches(tx, catalysts, network.catalysts);
    await insertInBatches(tx, catalystCoverage, network.coverage);
    await insertInBatches(tx, organisations, network.organisations);
    await insertInBatches(tx, needsOffers, network.needsOffers);
    await insertInBatches(tx, users, network.users);
    await insertInBatches(tx, memberships, network.memberships);
    await insertInBatches(tx, catalystStaff, network.catalystStaff);
    // The introductions' story ends on the demo's reference date; told from today, pending requests stay pending
    // (they would otherwise all expire at the first run of the scheduled job) and the observatory stays current.
    const shift = demoClockShift(new Date());
    const later = <T extends Date | null | undefined>(date: T): T => (date ? (new Date(date.getTime() + shift) as T) : date);
    await insertInBatches(
      tx,
      introductions,
      network.introductions.map((row) => ({ ...row, createdAt: later(row.createdAt), updatedAt: later(row.updatedAt), expiresAt: later(row.expiresAt) })),
    );
    await insertInBatches(
      tx,
      introductionEvents,
      network.introductionEvents.map((row) => ({ ...row, createdAt: later(row.createdAt) })),
    );
  });
  return true;
}
