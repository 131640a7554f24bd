// The bench in miniature, on the test lane's demo data (5,000 organisations): every latency case, the report and,
// on Postgres with PostGIS installed, the comparison with the PostGIS way. Checks results, never timings, so the
// bench code cannot rot between the runs of `npm run bench`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { LATENCY_CASES, loadDrawPool, runLatencyCase, type CaseResult, type DrawPool } from "./latency";
import { compareWithPostgis, preparePostgisPeer } from "./postgis";
import { latencyTable } from "./report";

let handle: DatabaseHandle;
let pool: DrawPool;
beforeAll(async () => {
  handle = await openTestDatabase();
  pool = await loadDrawPool(handle.db, 50);
});
afterAll(async () => {
  await handle?.close();
});

const RUNS = 6;
// Calls that may legitimately find nothing: a viewport at town or street level in the countryside, a proposal for an
// organisation alone in its area. Every other case draws real communes and must find something each time.
const MAY_BE_EMPTY = new Set(["map-z12", "map-z14", "proposals", "search"]);

describe("bench smoke run", () => {
  it("runs every latency case on drawn arguments and reports it against its target", async () => {
    expect(pool.communes.length).toBe(34_969);
    expect(pool.organisationSlugs.length).toBe(50);
    const results: CaseResult[] = [];
    for (const entry of LATENCY_CASES) results.push(await runLatencyCase(handle.db, pool, entry, { warmUp: 1, runs: RUNS, seed: 20261130 }));
    for (const result of results) {
      expect(result.timings.count, result.key).toBe(RUNS);
      expect(result.timings.median, result.key).toBeGreaterThan(0);
      if (!MAY_BE_EMPTY.has(result.key)) expect(result.empty, result.key).toBe(0);
      expect(result.empty, result.key).toBeLessThan(RUNS);
      if (result.key.startsWith("map-")) {
        expect(result.jsonKb?.median, result.key).toBeGreaterThan(0);
        expect(result.gzipKb!.median, result.key).toBeLessThan(result.jsonKb!.median);
      }
    }
    const table = latencyTable(handle.engine, results);
    expect(table.split("\n")).toHaveLength(2 + LATENCY_CASES.length);
    for (const entry of LATENCY_CASES) expect(table).toContain(entry.name);
    expect(table).toMatch(/p95 ≤ \d+ ms/);
  });

  it("answers the nearest and radius questions as PostGIS does, on Postgres where PostGIS is installed", async (context) => {
    if (handle.engine !== "postgres" || !(await preparePostgisPeer(handle, () => {}))) {
      context.skip("PostGIS is not available on this engine or server (the bench skips the comparison with a note)");
    }
    const comparisons = await compareWithPostgis(handle.db, pool, { warmUp: 1, runs: 20, seed: 7 });
    expect(comparisons).toHaveLength(2);
    for (const comparison of comparisons)
      expect({ question: comparison.question, agreeing: comparison.agreeing }).toEqual({ question: comparison.question, agreeing: 20 });
  });
});
