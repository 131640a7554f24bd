// Whether this instance can reach its database, so that pages and APIs answer a clear 503 while it is down
// instead of failing one by one. The verdict is shared by the whole process (proxy, routes, instrumentation),
// refreshed by a ping at most once per `freshMs` while requests come in, and set at once when a query fails with
// a connection-class error. No database or Next.js import here: the ping is handed in.

/** SQLSTATE classes and codes meaning "the server is not there", not "this query is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** Socket errors (Node) and postgres.js's own connection errors. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);

/**
 * A failure of the database connection rather than of the query: the server is stopped, restarting, refusing
 * connections or unreachable. Follows `cause` (drizzle wraps driver errors) and AggregateError's `errors`.
 */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (error instanceof DatabaseUnavailableError) return true;
  if (Array.isArray(errors) && errors.some((item) => isDatabaseUnavailableError(item, depth + 1))) return true;
  return isDatabaseUnavailableError(cause, depth + 1);
}

/**
 * A query the server cancelled (SQLSTATE 57014: statement_timeout, or an operator's pg_cancel_backend): the
 * database answered, so it is not down; the request gets a 503 to retry, not a 500. Follows `cause` like above.
 */
export function isQueryCancelledError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return code === "57014" || isQueryCancelledError(cause, depth + 1);
}

/** Thrown when the verdict is already "down", so callers can map it like a driver's connection error. */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super("database unavailable");
  }
}

interface AvailabilityState {
  down: boolean;
  /** When the verdict was last established (ms since the epoch); 0 = never. */
  checkedAt: number;
  probe: Promise<boolean> | null;
}

const KEY = Symbol.for("alliances.databaseAvailability");
const holder = globalThis as unknown as Record<typeof KEY, AvailabilityState | undefined>;

function state(): AvailabilityState {
  holder[KEY] ??= { down: false, checkedAt: 0, probe: null };
  return holder[KEY];
}

/** Records a failed query: a connection-class error marks the database down at once. Returns whether it did. */
export function reportDatabaseFailure(error: unknown, now = Date.now()): boolean {
  if (!isDatabaseUnavailableError(error)) return false;
  const current = state();
  current.down = true;
  current.checkedAt = now;
  return true;
}

/** Records a query that succeeded (e.g. the health check), which proves the database up. */
export function reportDatabaseSuccess(now = Date.now()): void {
  const current = state();
  current.down = false;
  current.checkedAt = now;
}

export interface AvailabilityOptions {
  /** How long a verdict is trusted before the next request pings again. */
  freshMs?: number;
  /** A ping slower than this counts as a failure. */
  timeoutMs?: number;
  now?: number;
}

/**
 * Whether the database is available: the recent verdict when there is one, else the result of one ping shared by
 * every request that asks meanwhile (so at most one ping per `freshMs`, whatever the load).
 */
export async function databaseIsAvailable(ping: () => Promise<void>, options: AvailabilityOptions = {}): Promise<boolean> {
  const { freshMs = 500, timeoutMs = 2000, now = Date.now() } = options;
  const current = state();
  if (current.checkedAt && now - current.checkedAt < freshMs) return !current.down;
  current.probe ??= (async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error("database ping timed out"), { code: "CONNECT_TIMEOUT" })), timeoutMs);
        }),
      ]);
      reportDatabaseSuccess();
      return true;
    } catch (error) {
      // Whatever made the ping fail (even an error of an unknown kind), the pages would fail the same way.
      if (!reportDatabaseFailure(error)) {
        current.down = true;
        current.checkedAt = Date.now();
      }
      return false;
    } finally {
      clearTimeout(timer);
      current.probe = null;
    }
  })();
  return current.probe;
}

/** Forgets the verdict (tests). */
export function resetDatabaseAvailability(): void {
  holder[KEY] = { down: false, checkedAt: 0, probe: null };
}
