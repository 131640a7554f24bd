// Opens the database: embedded PGlite in a data folder (or in memory) when no URL is given, postgres.js on a
// real server otherwise. Both yield the same drizzle database type, so every query runs unchanged on either.
import { mkdirSync } from "node:fs";
import { sql, type SQL } from "drizzle-orm";
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { z } from "zod";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;
export type Engine = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /** The server URL (postgres engine only), so a task can open a dedicated connection. */
  url: string | null;
  /** Runs raw SQL with no parameters (several statements allowed); used by migrations and tests. */
  exec(sqlText: string): Promise<void>;
  /** PGlite only: the whole data folder as a gzipped tarball (the embedded engine's backup, db/backup.ts). */
  dumpDataDir?: () => Promise<Blob>;
  /**
   * Proves the database answers, on a connection of its own so that a busy pool does not make it look down.
   * A no-op on PGlite, which lives in this process.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | {
      engine: "postgres";
      url: string;
      maxConnections?: number;
      /**
       * Cancels any statement of this handle running longer (PostgreSQL's statement_timeout, SQLSTATE 57014);
       * absent or 0: none. Only the app's pool asks for it (lib/server/db.ts): migrations, seeds and CLI scripts may
       * run long and leave it out. PGlite has no such option: it cannot interrupt a running statement.
       */
      statementTimeoutMs?: number;
    }
  | {
      engine: "pglite";
      dataDir: string | null;
      loadDataDir?: Blob;
      /**
       * Runs the engine in a worker thread (db/pglite-remote.ts): the app's server asks for it, so that a long
       * query does not block every other request of the process. Scripts and tests keep it in their own thread.
       */
      worker?: boolean;
    };

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.engine === "postgres"
    ? openPostgres(options.url, options.maxConnections ?? 10, options.statementTimeoutMs ?? 0)
    : options.worker && !options.loadDataDir
      ? openPgliteInWorker(options.dataDir)
      : openPglite(options.dataDir, options.loadDataDir);
}

async function openPostgres(url: string, maxConnections: number, statementTimeoutMs: number): Promise<DatabaseHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: maxConnections,
    onnotice: () => {},
    // Sent with each connection's startup, so it holds for every query and transaction without a round trip.
    ...(statementTimeoutMs > 0 ? { connection: { statement_timeout: statementTimeoutMs } } : {}),
    connect_timeout: 10,
    // Keep idle connections short-lived so a restarted server is picked up again quickly.
    idle_timeout: 30,
    backoff: reconnectDelaySeconds,
  });
  const db = drizzle(client, { schema }) as unknown as Database;
  let pinger: ReturnType<typeof postgres> | null = null;
  return {
    db,
    engine: "postgres",
    url,
    exec: async (sqlText) => {
      await client.unsafe(sqlText);
    },
    ping: async () => {
      pinger ??= postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 2, idle_timeout: 30, backoff: reconnectDelaySeconds });
      await pinger`SELECT 1`;
    },
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), pinger?.end({ timeout: 1 })]);
    },
  };
}

/**
 * Wait before a pool connection reconnects after a failure. postgres.js's default grows with the failures of the
 * whole pool up to 20 s, so after an outage of a few seconds the pool stayed dead for up to 20 s more while the
 * server was back; capped at 1 s here (the proxy turns requests away while the server is down, so retries are few).
 */
function reconnectDelaySeconds(failures: number): number {
  return Math.min(0.05 * 2 ** failures, 1);
}

async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { drizzle } = await import("drizzle-orm/pglite");
  // PGlite fails with an obscure error when the parent folder is missing.
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm, unaccent }, ...(loadDataDir ? { loadDataDir } : {}) });
  const db = drizzle(client, { schema }) as unknown as Database;
  return {
    db,
    engine: "pglite",
    url: null,
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    dumpDataDir: () => client.dumpDataDir("gzip"),
    ping: async () => {},
    close: () => client.close(),
  };
}

async function openPgliteInWorker(dataDir: string | null): Promise<DatabaseHandle> {
  const { openPgliteWorker } = await import("./pglite-remote");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = await openPgliteWorker(dataDir);
  // The worker's client answers as PGlite does for everything drizzle calls (query, transaction).
  const db = drizzle({ client: client as unknown as import("@electric-sql/pglite").PGlite, schema }) as unknown as Database;
  return {
    db,
    engine: "pglite",
    url: null,
    exec: (sqlText) => client.exec(sqlText),
    dumpDataDir: () => client.dumpDataDir("gzip"),
    ping: async () => {},
    close: () => client.close(),
  };
}

/**
 * Rows of a raw SQL query, unchecked: postgres.js returns an array, PGlite an object with `rows`; T is a bare cast,
 * so a renamed column or alias reads as `undefined`. For tests and db/testing only: lib/ and app/ read raw SQL
 * through parsedRows (the lint rule forbids this one there).
 */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The shape of a raw query's row as both engines hand it over, a zod schema that only checks: no transform,
 * coercion or default (the type says so: its input and output are one type), so a row is returned as the driver
 * made it whether it was checked or not. What the engines hand over (db/parsed-rows.db.test.ts shows it):
 * - int8 (bigint columns, count(*), sum of integers): a number on PGlite, a string on postgres.js. Cast in SQL
 *   (`count(*)::int`, `::float8`) so the row is the same on both, rather than accepting either;
 * - numeric (avg of integers, round(x, n)): a string on both; int4, int2, float4/8: numbers; booleans; arrays;
 * - timestamptz, timestamp, date: text on both (drizzle turns the drivers' date parsers off), in the session's time
 *   zone: isoTimestamp below gives one format;
 * - json and jsonb: parsed on both (postgres.js parses them itself; drizzle only replaces their serializers).
 */
export type RowSchema<T> = z.ZodType<T, T>;

/** A raw query's row that does not have the shape its schema says: a renamed column, alias or changed type. */
export class RowShapeError extends Error {
  constructor(query: SQL, index: number, error: z.ZodError) {
    // The statement without its parameters, which may hold personal data.
    const statement = new PgDialect().sqlToQuery(query).sql.replace(/\s+/g, " ").trim();
    const issues = error.issues.map((issue) => `${issue.path.join(".") || "(row)"}: ${issue.message}`).join("; ");
    super(`Row ${index} of a raw query does not match its schema: ${issues} (${statement.slice(0, 300)})`);
    this.name = "RowShapeError";
  }
}

/**
 * Rows of a raw SQL query, checked against `row`. Every row is checked in tests and development (and CLI scripts);
 * under NODE_ENV=production, the first row of each result only: a renamed alias or a changed type shows on every
 * row alike, so one row proves the statement's shape at a constant cost (about 1 µs), where checking all of them
 * cost ~0.5 µs a row (a 14-field row, zod 4) on hot paths that read thousands (map cells at high zoom) or 250
 * (proposals' candidates). Rows the check skips are returned as they are, as they would be after it (RowSchema).
 * Use drizzle's typed builder instead where a plain read of a table or a simple join suffices.
 */
export async function parsedRows<T>(db: Executor, query: SQL, row: RowSchema<T>): Promise<T[]> {
  const rows = await queryRows<unknown>(db, query);
  const checked = process.env.NODE_ENV === "production" ? Math.min(rows.length, 1) : rows.length;
  for (let index = 0; index < checked; index++) {
    const result = row.safeParse(rows[index]);
    if (!result.success) throw new RowShapeError(query, index, result.error);
  }
  return rows as T[];
}

/**
 * A json/jsonb value as read, parsed if it came as text. Both engines parse json and jsonb in raw rows today
 * (postgres 3.4, PGlite 0.5: db/parsed-rows.db.test.ts), so parsedRows' schemas take the parsed value; this
 * stays for tests' unchecked rows.
 */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** A timestamptz column as an ISO 8601 UTC string ("2026-11-30T10:00:00Z"), the same on both engines. */
export function isoTimestamp(column: string): SQL {
  return sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);
}
