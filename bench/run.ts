// `npm run bench -- [--engine pglite|postgres|both] [--size tiny|100k|1m] [--only latency,postgis,http,bundle,lighthouse]
// [--runs 300] [--duration 30]`: loads (or reuses) the synthetic data sets, measures, prints Markdown and writes it to
// bench/results/<size>-<parts>.md. Postgres needs BENCH_DATABASE_URL (a server; the bench uses alliances_bench_<size> on it).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { queryRows, type DatabaseHandle, type Engine } from "../db/client";
import { countDataset, ensureDataset, pgliteDataset, postgresDataset, SIZES, type Dataset, type SizeName } from "./datasets";
import { LATENCY_CASES, loadDrawPool, measureProposalReach, runLatencyCase, type CaseResult, type DrawPool } from "./latency";
import { compareWithPostgis, preparePostgisPeer } from "./postgis";
import { measureFirstLoad } from "./bundle";
import { latencyTable } from "./report";
import { browserHeaders, httpEndpoints, loadEndpoint, loadWhileBusy, type HttpEndpoint, type HttpResult } from "./http";
import { LIGHTHOUSE_CATEGORIES, runLighthouse } from "./lighthouse";
import { buildIfStale, startServer } from "./server";
import { formatMs, markdownTable, verdict } from "./stats";
import {
  CACHED_PAGE_THROUGHPUT_RATIO_MIN,
  EXPORT_FIRST_BYTE_MS,
  FIRST_LOAD_KB,
  HTTP_P95_RATIO_MAX,
  LIGHTHOUSE_MIN,
  POSTGIS_RATIO_MAX,
  PUBLIC_P95_RATIO_MAX,
  PUBLIC_THROUGHPUT_RATIO_MIN,
} from "./targets";

// Raw rows are checked as in production (the first row of each result, ADR 009), so in-process latencies are the app's.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });

const PARTS = ["latency", "postgis", "http", "bundle", "lighthouse"] as const;
type Part = (typeof PARTS)[number];

export interface BenchOptions {
  engines: Engine[];
  size: SizeName;
  parts: Set<Part>;
  runs: number;
  warmUp: number;
  durationSeconds: number;
  seed: number;
}

function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      engine: { type: "string", default: "both" },
      size: { type: "string", default: "100k" },
      only: { type: "string", default: PARTS.join(",") },
      runs: { type: "string", default: "300" },
      "warm-up": { type: "string", default: "30" },
      duration: { type: "string", default: "30" },
      seed: { type: "string", default: "20261130" },
    },
  });
  const engines: Engine[] = values.engine === "both" ? ["pglite", "postgres"] : [values.engine as Engine];
  if (!engines.every((engine) => engine === "pglite" || engine === "postgres")) throw new Error("--engine: pglite, postgres or both");
  if (!(values.size in SIZES)) throw new Error(`--size: ${Object.keys(SIZES).join(", ")}`);
  const parts = values.only.split(",").map((part) => part.trim());
  const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length) throw new Error(`--only: unknown part(s) ${unknown.join(", ")}; known: ${PARTS.join(", ")}`);
  const integer = (name: string, value: string) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name}: a whole number`);
    return parsed;
  };
  return {
    engines,
    size: values.size as SizeName,
    parts: new Set(parts as Part[]),
    runs: integer("runs", values.runs),
    warmUp: integer("warm-up", values["warm-up"]),
    durationSeconds: integer("duration", values.duration),
    seed: integer("seed", values.seed),
  };
}

const log = (message: string) => console.error(message);

async function engineVersion(handle: DatabaseHandle): Promise<string> {
  const [row] = await queryRows<{ version: string }>(handle.db, sql`SELECT version()`);
  return (row?.version ?? "?").split(" on ")[0]!.split(",")[0]!;
}

function httpTable(results: HttpResult[]): string {
  const floor = results[0]!;
  return markdownTable(
    ["endpoint", ">req/s", ">median ms", ">p95 ms", ">p99 ms", ">non-2xx", ">errors", ">p95 ÷ floor", ">req/s ÷ floor", "verdict"],
    results.map((result, index) => {
      const p95Ratio = result.latency.p95 / floor.latency.p95;
      const throughputRatio = result.requestsPerSecond / floor.requestsPerSecond;
      const judged =
        index === 0
          ? "floor"
          : result.kind === "page"
            ? `req/s ${verdict(throughputRatio, CACHED_PAGE_THROUGHPUT_RATIO_MIN, "atLeast")}, p95 ${verdict(p95Ratio, PUBLIC_P95_RATIO_MAX, "atMost")}`
            : result.kind === "cold-page"
              ? `req/s ${verdict(throughputRatio, PUBLIC_THROUGHPUT_RATIO_MIN, "atLeast")}, p95 ${verdict(p95Ratio, PUBLIC_P95_RATIO_MAX, "atMost")}`
              : result.kind === "api"
                ? `req/s ${verdict(throughputRatio, PUBLIC_THROUGHPUT_RATIO_MIN, "atLeast")}, p95 ${verdict(p95Ratio, HTTP_P95_RATIO_MAX, "atMost")}`
                : "see the downloads table";
      return [
        result.name,
        result.requestsPerSecond.toFixed(0),
        formatMs(result.latency.median),
        formatMs(result.latency.p95),
        formatMs(result.latency.p99),
        result.non2xx,
        result.errors,
        `${p95Ratio.toFixed(2)}×`,
        `${throughputRatio.toFixed(2)}×`,
        judged,
      ];
    }),
  );
}

/** The health check alone, then it and a cached page beside each busy endpoint: how much a loaded database holds them. */
function busyTable(rows: HttpResult[]): string {
  const alone = rows[0]!;
  return markdownTable(
    ["probe", ">req/s", ">median ms", ">p95 ms", ">p99 ms", ">max ms", ">p95 ÷ health alone"],
    rows.map((row, index) => [
      index === 0 ? "/api/health alone (10 connections, above)" : row.name,
      row.requestsPerSecond.toFixed(0),
      formatMs(row.latency.median),
      formatMs(row.latency.p95),
      formatMs(row.latency.p99),
      formatMs(row.latency.max),
      `${(row.latency.p95 / alone.latency.p95).toFixed(2)}×`,
    ]),
  );
}

/** Each download alone: time to the first byte and to the end, size, and whether a conditional request gets 304. */
async function downloadsTable(baseUrl: string): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const path of ["/api/export/geojson", "/api/export/hsds"]) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { "Accept-Encoding": "gzip" } });
    const reader = response.body!.getReader();
    let firstByteMs = Number.NaN;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
      if (done) break;
      bytes += value.byteLength;
    }
    const totalMs = performance.now() - started;
    const etag = response.headers.get("etag");
    const conditional = etag ? (await fetch(`${baseUrl}${path}`, { headers: { "If-None-Match": etag } })).status : "no ETag";
    rows.push([
      path,
      response.status,
      formatMs(firstByteMs),
      formatMs(totalMs),
      `${(bytes / 1024).toFixed(0)} KB${response.headers.get("content-encoding") ? ` (${response.headers.get("content-encoding")})` : ""}`,
      String(conditional),
      `first byte ${verdict(firstByteMs, EXPORT_FIRST_BYTE_MS, "atMost")}, ${conditional === 304 ? "304 met" : "304 missed"}`,
    ]);
  }
  return markdownTable(["download", ">status", ">first byte ms", ">total ms", ">size as sent", ">conditional GET", "verdict"], rows);
}

/** Asks for each path `times` times, ten at a time, as a browser would, and waits for the answers. */
async function warmPaths(baseUrl: string, endpoint: HttpEndpoint, times: number): Promise<void> {
  const distinct = [...new Set(endpoint.paths)];
  for (let round = 0; round < times; round++) {
    for (let start = 0; start < distinct.length; start += 10) {
      await Promise.all(
        distinct
          .slice(start, start + 10)
          .map((path) => fetch(`${baseUrl}${path}`, { headers: browserHeaders(endpoint.kind) }).then((response) => response.arrayBuffer())),
      );
    }
    // The storing renders run after the misses: give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * The open-data files are built by the server's background job after its start: measuring before they exist would
 * measure that build (seconds of the database's time) instead of each endpoint.
 */
async function waitForStoredDownloads(baseUrl: string, timeoutMs = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const path of ["/api/export/geojson?type=catalysts", "/api/export/geojson", "/api/export/hsds"]) {
    for (;;) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { "If-None-Match": '"none"', "Accept-Encoding": "gzip" } });
      await response.body?.cancel();
      if (response.headers.get("etag")) break;
      if (Date.now() > deadline) throw new Error(`${path}: no stored file after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
}

/** `next start` on the set: HTTP under load, then (once per run) Lighthouse on the public pages. */
async function measureServer(dataset: Dataset, pool: DrawPool, options: BenchOptions, out: string[], withLighthouse: boolean): Promise<void> {
  buildIfStale(log);
  const server = await startServer(dataset);
  try {
    if (options.parts.has("http")) {
      log("  waiting for the stored open-data files…");
      await waitForStoredDownloads(server.url);
      const results: HttpResult[] = [];
      for (const endpoint of httpEndpoints(pool, options.seed)) {
        log(`  http: ${endpoint.name}, ${options.durationSeconds} s…`);
        // Unmeasured passes so that compilation and first-use caches are not in the figures: every path of a page
        // twice (a page is stored from its second miss), a few of anything else once; a cold page is not warmed.
        if (endpoint.kind === "page") await warmPaths(server.url, endpoint, 2);
        else if (endpoint.kind !== "cold-page") await warmPaths(server.url, { ...endpoint, paths: endpoint.paths.slice(0, 20) }, 1);
        results.push(await loadEndpoint(server.url, endpoint, options.durationSeconds));
      }
      out.push(`\n### HTTP under load (autocannon, 10 connections, ${options.durationSeconds} s per endpoint, next start)\n`, httpTable(results));
      // Does a busy database hold the rest of the app? The health check and a cached page beside the heaviest loads.
      const endpoints = httpEndpoints(pool, options.seed);
      const byName = (name: string) => endpoints.find((endpoint) => endpoint.name === name)!;
      const busyRows: HttpResult[] = [results[0]!];
      for (const busyName of ["profile page, first visits (not warmed)", "search API /api/organisations?near=…"]) {
        const busy = byName(busyName);
        for (const probe of [endpoints[0]!, byName("home page /")]) {
          log(`  http: ${probe.name} while ${busy.name} is loaded, ${options.durationSeconds} s…`);
          busyRows.push(await loadWhileBusy(server.url, probe, { ...busy, paths: [...busy.paths].reverse() }, options.durationSeconds));
        }
      }
      out.push("\n### The health check and a cached page while the app is busy (2 connections on them, 10 on the busy endpoint)\n", busyTable(busyRows));
      out.push("\n### Open-data downloads, one at a time\n", await downloadsTable(server.url));
    }
    if (withLighthouse) {
      const pages = [
        ["home", "/"],
        ["directory", "/organisations"],
        ["profile", `/organisations/${pool.organisationSlugs[0]}`],
        ["map", "/map"],
      ] as const;
      const rows = [];
      for (const [name, pagePath] of pages) {
        log(`  lighthouse: ${pagePath}…`);
        const scores = runLighthouse(`${server.url}${pagePath}`);
        const met =
          (scores.performance ?? 0) >= LIGHTHOUSE_MIN.performance && (scores.accessibility ?? 0) >= LIGHTHOUSE_MIN.accessibility ? "met" : "**not met**";
        rows.push([name, pagePath, ...LIGHTHOUSE_CATEGORIES.map((category) => scores[category]?.toFixed(2) ?? "n/a"), met]);
      }
      out.push(
        `\n### Lighthouse (${dataset.engine}; targets: performance ≥ ${LIGHTHOUSE_MIN.performance}, accessibility ≥ ${LIGHTHOUSE_MIN.accessibility})\n`,
        markdownTable(["page", "path", ...LIGHTHOUSE_CATEGORIES, "verdict"], rows),
      );
    }
  } finally {
    await server.stop();
  }
}

function firstLoadSection(): string {
  const rows = measureFirstLoad().map((entry) => {
    const target = FIRST_LOAD_KB[entry.page];
    return [
      entry.page,
      entry.route,
      entry.chunks,
      entry.rawKb.toFixed(0),
      entry.gzipKb.toFixed(1),
      target ? `≤ ${target}` : "",
      target ? verdict(entry.gzipKb, target, "atMost") : "",
    ];
  });
  return `\n## First-load JavaScript (from .next, gzip level 9)\n\n${markdownTable(["page", "route", ">chunks", ">raw KB", ">gzip KB", "target KB", "verdict"], rows)}`;
}

async function measureEngine(dataset: Dataset, options: BenchOptions, out: string[], withLighthouse: boolean): Promise<void> {
  log(`\n== ${dataset.engine}, ${dataset.size}: ${dataset.engine === "pglite" ? dataset.location : new URL(dataset.location).pathname.slice(1)}`);
  const handle = await ensureDataset(dataset, log);
  let pool: DrawPool;
  try {
    const counts = await countDataset(handle);
    out.push(
      `\n## ${dataset.engine === "pglite" ? "PGlite" : "Postgres"}, ${dataset.size}`,
      `\n${await engineVersion(handle)}; ${counts.organisations.toLocaleString("en")} organisations (${counts.published.toLocaleString("en")} published), ${counts.catalysts} catalysts, ${counts.communes.toLocaleString("en")} communes.`,
    );
    pool = await loadDrawPool(handle.db, 2_000);
    if (options.parts.has("latency")) {
      const results: CaseResult[] = [];
      for (const entry of LATENCY_CASES) {
        log(`  latency: ${entry.name}…`);
        results.push(await runLatencyCase(handle.db, pool, entry, options));
      }
      out.push(
        `\n### In-process latency (${options.runs} calls after ${options.warmUp} warm-up, seed ${options.seed})\n`,
        latencyTable(dataset.engine, results),
      );
      log("  proposals beyond the nearest 250…");
      const reach = await measureProposalReach(handle.db, pool, 200, options.seed);
      const share = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(1) : "0.0"} %`;
      out.push(
        `
### Proposals beyond the nearest 250 (${reach.lists} public lists of ten, seed ${options.seed})
`,
        `${share(reach.beyond, reach.proposals)} of ${reach.proposals} proposals lie farther than the subject's 250th nearest published organisation (the former retrieval never read them), in ${share(reach.listsBeyond, reach.lists)} of the lists; ${share(reach.tied, reach.proposals)} sit exactly as far as it, on a shared point (read or not, before, by the rows' order).`,
      );
    }
    if (options.parts.has("postgis") && dataset.engine === "postgres") {
      out.push("\n### The PostGIS way, same data, same run\n");
      if (!(await preparePostgisPeer(handle, log))) {
        out.push("PostGIS is not installed on this server (Debian package postgresql-15-postgis-3): comparison skipped.");
      } else {
        log("  postgis comparison…");
        const comparisons = await compareWithPostgis(handle.db, pool, options);
        out.push(
          markdownTable(
            [
              "question",
              ">ours median",
              ">ours p95",
              ">PostGIS median",
              ">PostGIS p95",
              ">same rows",
              `ours ÷ PostGIS (median; target ≤ ${POSTGIS_RATIO_MAX}×)`,
            ],
            comparisons.map((entry) => [
              entry.question,
              formatMs(entry.product.median),
              formatMs(entry.product.p95),
              formatMs(entry.postgis.median),
              formatMs(entry.postgis.p95),
              `${entry.agreeing} / ${entry.runs}`,
              `${(entry.product.median / entry.postgis.median).toFixed(2)}× — ${verdict(entry.product.median / entry.postgis.median, POSTGIS_RATIO_MAX, "atMost")}; p95 ${(entry.product.p95 / entry.postgis.p95).toFixed(2)}×`,
            ]),
          ),
        );
      }
    }
  } finally {
    await handle.close();
  }
  // PGlite allows one process per data folder: the server opens the set only after this process closed it.
  if (options.parts.has("http") || withLighthouse) await measureServer(dataset, pool, options, out, withLighthouse);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const datasets: Dataset[] = [];
  for (const engine of options.engines) {
    if (engine === "pglite") datasets.push(pgliteDataset(options.size));
    else if (serverUrl) datasets.push(postgresDataset(options.size, serverUrl));
    else log("BENCH_DATABASE_URL is not set: Postgres skipped.");
  }
  const out = [
    `# Bench results, ${options.size} (${new Date().toISOString().slice(0, 10)})`,
    `\nMachine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}. Command: \`npm run bench -- ${process.argv.slice(2).join(" ")}\`.`,
  ];
  for (const [index, dataset] of datasets.entries()) await measureEngine(dataset, options, out, index === 0 && options.parts.has("lighthouse"));
  if (options.parts.has("bundle")) {
    buildIfStale(log);
    out.push(firstLoadSection());
  }
  const text = `${out.join("\n")}\n`;
  const file = path.join(process.cwd(), "bench", "results", `${options.size}-${[...options.parts].join("-")}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(text);
  log(`Written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
