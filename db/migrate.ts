// Applies the committed migrations in db/migrations. On Postgres a session advisory lock, taken on a dedicated
// single connection, makes concurrent starts of several app instances wait for each other instead of racing.
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
const MIGRATION_LOCK_KEY = 8_172_024;

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  await withPostgresLock(handle, MIGRATION_LOCK_KEY, async (single) => {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(single.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  });
}

/**
 * Runs `task` on a one-connection client holding a session advisory lock; on PGlite (one process owns the data
 * folder) it simply runs on the given handle.
 */
export async function withPostgresLock<T>(handle: DatabaseHandle, key: number, task: (single: DatabaseHandle) => Promise<T>): Promise<T> {
  if (handle.engine === "pglite" || !handle.url) return task(handle);
  const single = await openDatabase({ engine: "postgres", url: handle.url, maxConnections: 1 });
  try {
    await single.db.execute(sql`SELECT pg_advisory_lock(${key})`);
    try {
      return await task(single);
    } finally {
      await single.db.execute(sql`SELECT pg_advisory_unlock(${key})`);
    }
  } finally {
    await single.close();
  }
}
