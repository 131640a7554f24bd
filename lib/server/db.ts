// The process-wide database handle, opened once from the environment and kept on globalThis so hot reload and
// repeated imports never open PGlite's data folder twice.
import "server-only";
import { openDatabase, type Database, type DatabaseHandle, type DatabaseOptions } from "@/db/client";
import { DatabaseUnavailableError, reportDatabaseFailure } from "./database-availability";
import { databaseOptions, getEnv } from "./env";

const holder = globalThis as unknown as { allianceDatabase?: Promise<DatabaseHandle> };

/** The app's own pool: on PostgreSQL every query is bounded by STATEMENT_TIMEOUT_MS (PGlite cannot be); PGlite in a worker. */
function appDatabaseOptions(): DatabaseOptions {
  const env = getEnv();
  const options = databaseOptions(env);
  // PGlite in a worker thread: its statements run in WebAssembly on the thread that owns it, and would block every
  // other request of the server, cached pages and health checks included (bench/RESULTS.md, issue 20).
  return options.engine === "postgres" ? { ...options, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS } : { ...options, worker: true };
}

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  holder.allianceDatabase ??= openDatabase(appDatabaseOptions()).catch((error: unknown) => {
    // Forget the failed attempt so the next request tries again (e.g. after Postgres restarts).
    holder.allianceDatabase = undefined;
    throw error;
  });
  return holder.allianceDatabase;
}

export async function getDatabase(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Throws DatabaseUnavailableError (and records the outage) unless the database answers a ping. */
export async function assertDatabaseReachable(): Promise<void> {
  try {
    await (await getDatabaseHandle()).ping();
  } catch {
    const error = new DatabaseUnavailableError();
    reportDatabaseFailure(error);
    throw error;
  }
}
