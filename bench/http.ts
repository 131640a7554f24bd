// HTTP under load: autocannon from this process against `next start` in another, 10 connections for a fixed
// duration per endpoint, one endpoint after another. Each endpoint cycles through a list of paths drawn with the
// seeded generator; every response time is recorded so p95 is exact (autocannon's own summary stops at p97.5).
import autocannon from "autocannon";
import { SeededRandom } from "../db/seed/random";
import { ACTOR_KINDS, THEMES } from "../lib/shared/vocabulary";
import { MAP_ZOOMS, pickCommune, viewportAround, type DrawPool } from "./latency";
import { summarize, type Summary } from "./stats";

export interface HttpEndpoint {
  name: string;
  /**
   * How it is judged (bench/targets.ts): a page people visit (served from the cache of anonymous pages once warm),
   * a page on its first visits (rendered, as most of 100,000 profiles are), a JSON API, an open-data download.
   */
  kind: "floor" | "page" | "cold-page" | "api" | "export";
  paths: string[];
}

/** What a browser sends: pages are asked for as HTML documents, everything accepts compression. */
export function browserHeaders(kind: HttpEndpoint["kind"]): Record<string, string> {
  const accept = kind === "page" || kind === "cold-page" ? "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" : "*/*";
  return { accept, "accept-encoding": "gzip, deflate, br" };
}

export interface HttpResult {
  name: string;
  kind: HttpEndpoint["kind"];
  requestsPerSecond: number;
  latency: Summary;
  non2xx: number;
  errors: number;
}

const PATHS_PER_ENDPOINT = 200;

export function httpEndpoints(pool: DrawPool, seed: number): HttpEndpoint[] {
  const random = new SeededRandom(seed);
  const place = () => pickCommune(random, pool);
  const many = (make: () => string) => Array.from({ length: PATHS_PER_ENDPOINT }, make);
  return [
    { name: "/api/health (floor)", kind: "floor", paths: ["/api/health"] },
    { name: "home page /", kind: "page", paths: ["/"] },
    { name: "directory /organisations", kind: "page", paths: ["/organisations"] },
    { name: "directory /organisations?kind=…", kind: "page", paths: ACTOR_KINDS.map((kind) => `/organisations?kind=${kind}`) },
    { name: "directory /organisations?page=N", kind: "page", paths: many(() => `/organisations?page=${random.int(2, 200)}`) },
    { name: "profile page /organisations/[slug]", kind: "page", paths: many(() => `/organisations/${random.pick(pool.organisationSlugs)}`) },
    {
      name: "profile page, first visits (not warmed)",
      kind: "cold-page",
      paths: Array.from({ length: 2_000 }, () => `/organisations/${random.pick(pool.organisationSlugs)}`),
    },
    { name: "catalyst page /catalysts/[slug]", kind: "page", paths: many(() => `/catalysts/${random.pick(pool.catalystSlugs)}`) },
    { name: "observatory /observatory", kind: "page", paths: ["/observatory"] },
    { name: "open-data page /open-data", kind: "page", paths: ["/open-data"] },
    { name: "map page /map", kind: "page", paths: ["/map"] },
    {
      name: "search API /api/organisations?near=…",
      kind: "api",
      paths: many(
        () => `/api/organisations?near=${place().code}&radius=${random.pick([5, 10, 30])}${random.chance(0.5) ? `&theme=${random.pick(THEMES)}` : ""}`,
      ),
    },
    {
      name: "clusters API /api/map/clusters",
      kind: "api",
      paths: many(() => {
        const zoom = random.pick(MAP_ZOOMS);
        const { west, south, east, north } = viewportAround(pool.byPopulation.pick(random), zoom);
        return `/api/map/clusters?bbox=${[west, south, east, north].map((value) => value.toFixed(4)).join(",")}&zoom=${zoom}`;
      }),
    },
    { name: "nearest-catalyst API /api/catalysts/nearest", kind: "api", paths: many(() => `/api/catalysts/nearest?commune=${place().code}`) },
    { name: "export /api/export/geojson", kind: "export", paths: ["/api/export/geojson"] },
    { name: "export /api/export/hsds", kind: "export", paths: ["/api/export/hsds"] },
  ];
}

export async function loadEndpoint(baseUrl: string, endpoint: HttpEndpoint, durationSeconds: number, connections = 10): Promise<HttpResult> {
  const times: number[] = [];
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    requests: endpoint.paths.map((path) => ({ method: "GET", path, headers: browserHeaders(endpoint.kind) })),
    setupClient: (client) => {
      client.on("response", (_status: number, _bytes: number, responseTime: number) => times.push(responseTime));
    },
  });
  return {
    name: endpoint.name,
    kind: endpoint.kind,
    requestsPerSecond: result.requests.average,
    latency: summarize(times.length ? times : [Number.NaN]),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * A probe's answers while another endpoint is under load: on the embedded engine, queries run one at a time, and
 * in the app's own thread a long one held every other request (issue 20). Two connections ask for the probe while
 * ten load the busy endpoint; the probe's own figures are returned.
 */
export async function loadWhileBusy(baseUrl: string, probe: HttpEndpoint, busy: HttpEndpoint, durationSeconds: number): Promise<HttpResult> {
  const [probed] = await Promise.all([loadEndpoint(baseUrl, probe, durationSeconds, 2), loadEndpoint(baseUrl, busy, durationSeconds)]);
  return { ...probed!, name: `${probe.name} while ${busy.name} is loaded`, kind: "floor" };
}
