// `DATABASE_URL=… NODE_OPTIONS=--conditions=react-server npx tsx bench/matching.ts` (or DATA_DIR=… for PGlite;
// the condition lets tsx load server-only modules): in-process latency of one organisation's partner
// proposals (retrieval + scoring + ranking, as the profile page and the API run it) for random published
// organisations, after a warm-up. Prints a Markdown table: median, p95, p99, and what the retrieval saw.
import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "../db/client";
import { databaseOptions, parseEnv } from "../lib/env";
import { proposePartners } from "../lib/matches";

const WARM_UP = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 300);

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;

async function main() {
  const env = parseEnv(process.env);
  const handle = await openDatabase(databaseOptions(env));
  try {
    const [count] = await queryRows<{ total: number; published: number }>(
      handle.db,
      sql`SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'published')::int AS published FROM organisations`,
    );
    // A fixed random sample (setseed) so that runs on both engines measure the same organisations.
    await handle.db.execute(sql`SELECT setseed(0.17)`);
    const sample = await queryRows<{ slug: string }>(
      handle.db,
      sql`SELECT slug FROM organisations WHERE status = 'published' ORDER BY random() LIMIT ${WARM_UP + RUNS}`,
    );
    const times: number[] = [];
    const candidates: number[] = [];
    let widened = 0;
    let empty = 0;
    for (const [index, { slug }] of sample.entries()) {
      const started = performance.now();
      const result = await proposePartners(handle.db, null, slug, { locale: "fr", limit: 10 });
      const elapsed = performance.now() - started;
      if (index < WARM_UP || !result) continue;
      times.push(elapsed);
      candidates.push(result.candidatesConsidered);
      if (result.widened) widened++;
      if (!result.proposals.length) empty++;
    }
    times.sort((a, b) => a - b);
    candidates.sort((a, b) => a - b);
    console.log(`Engine: ${handle.engine}; organisations: ${count?.total.toLocaleString("en")} (${count?.published.toLocaleString("en")} published); ${times.length} queries after ${WARM_UP} warm-up\n`);
    console.log("| median ms | p95 ms | p99 ms | max ms | candidates (median / p95) | widened | no proposal |");
    console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    console.log(
      `| ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${percentile(times, 0.99).toFixed(1)} | ${times.at(-1)!.toFixed(1)} | ${percentile(candidates, 0.5)} / ${percentile(candidates, 0.95)} | ${widened} | ${empty} |`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
