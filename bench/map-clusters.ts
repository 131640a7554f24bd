// `DATA_DIR=/tmp/map-1m NODE_OPTIONS=--conditions=react-server npx tsx bench/map-clusters.ts` (the condition lets
// tsx load server-only modules): latency and payload of the map's clusters query on the
// configured database, for typical viewports from all of France down to a street. Prints a Markdown table.
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "../db/client";
import { databaseOptions, parseEnv } from "../lib/env";
import { getMapClusters, type MapFilters } from "../lib/map";
import type { BoundingBox } from "../lib/geo/distance";

// Viewports of a 1280×800 map.
const CASES: { name: string; bbox: BoundingBox; zoom: number; filters?: MapFilters }[] = [
  { name: "France, zoom 6", bbox: { west: -5.5, south: 41.2, east: 9.8, north: 51.2 }, zoom: 6 },
  { name: "France, zoom 6, kind=association", bbox: { west: -5.5, south: 41.2, east: 9.8, north: 51.2 }, zoom: 6, filters: { kind: ["association"] } },
  { name: "France, zoom 6, theme=youth", bbox: { west: -5.5, south: 41.2, east: 9.8, north: 51.2 }, zoom: 6, filters: { theme: ["youth"] } },
  { name: "France, zoom 6, offers=funding", bbox: { west: -5.5, south: 41.2, east: 9.8, north: 51.2 }, zoom: 6, filters: { offers: ["funding"] } },
  { name: "Île-de-France, zoom 9", bbox: { west: 1.4, south: 48.1, east: 3.6, north: 49.2 }, zoom: 9 },
  { name: "Paris, zoom 12", bbox: { west: 2.07, south: 48.78, east: 2.62, north: 48.93 }, zoom: 12 },
  { name: "Lyon, zoom 14", bbox: { west: 4.78, south: 45.73, east: 4.92, north: 45.78 }, zoom: 14 },
  { name: "Rural Creuse, zoom 10", bbox: { west: 1.4, south: 45.8, east: 2.6, north: 46.4 }, zoom: 10 },
];
const RUNS = 7;

async function main() {
  const env = parseEnv(process.env);
  const handle = await openDatabase(databaseOptions(env));
  try {
    const [count] = await queryRows<{ total: number; published: number }>(
      handle.db,
      sql`SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'published')::int AS published FROM organisations`,
    );
    console.log(`Engine: ${handle.engine}; organisations: ${count?.total.toLocaleString("en")} (${count?.published.toLocaleString("en")} published)\n`);
    console.log("| viewport | in view | features | JSON bytes | gzip bytes | first ms | median ms | max ms |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const entry of CASES) {
      const times: number[] = [];
      let body = "";
      let inView = 0;
      let features = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        const result = await getMapClusters(handle.db, { bbox: entry.bbox, zoom: entry.zoom, filters: entry.filters });
        body = JSON.stringify(result);
        times.push(performance.now() - started);
        inView = result.totals.organisations ?? 0;
        features = result.features.length;
      }
      // The first run is cold (up to zoom 7 it fills the whole-world cell cache); the median of the rest is what
      // visitors meet while the cache lives.
      const warm = times.slice(1).sort((a, b) => a - b);
      const median = warm[Math.floor(warm.length / 2)] ?? 0;
      const max = warm[warm.length - 1] ?? 0;
      console.log(
        `| ${entry.name} | ${inView.toLocaleString("en")} | ${features} | ${body.length.toLocaleString("en")} | ${gzipSync(body).length.toLocaleString("en")} | ${(times[0] ?? 0).toFixed(0)} | ${median.toFixed(0)} | ${max.toFixed(0)} |`,
      );
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
