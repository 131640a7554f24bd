// Health of the service for load balancers and operators: is the database answering, and how fast.
import "server-only";
import { count, sql } from "drizzle-orm";
import { communes } from "@/db/schema";
import { reportDatabaseFailure, reportDatabaseSuccess } from "./database-availability";
import { getDatabaseHandle } from "./db";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: { engine: "pglite" | "postgres" | "unknown"; ok: boolean; latencyMs: number | null; communes?: number; error?: string };
  checkedAt: string;
}

// Territories are reference data loaded before the server starts and unchanged while it runs: counted once, so
// that each check afterwards is a one-row round trip (the health check is the floor load tests compare with).
let communeCount: number | null = null;

export async function checkHealth(): Promise<HealthReport> {
  const checkedAt = new Date().toISOString();
  const started = performance.now();
  try {
    const handle = await getDatabaseHandle();
    if (communeCount === null) {
      const [row] = await handle.db.select({ communes: count() }).from(communes);
      communeCount = row?.communes ?? 0;
    } else {
      await handle.db.execute(sql`SELECT 1`);
    }
    reportDatabaseSuccess();
    return {
      status: "ok",
      database: { engine: handle.engine, ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10, communes: communeCount },
      checkedAt,
    };
  } catch (error) {
    // Say what kind of failure without leaking connection strings or stack traces.
    reportDatabaseFailure(error);
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    return {
      status: "unavailable",
      database: { engine: "unknown", ok: false, latencyMs: null, error: code ? `database error ${code}` : "database unreachable" },
      checkedAt,
    };
  }
}
