// HTTP under load: autocannon from this process against `next start` in another, 10 connections for a fixed
// duration per endpoint, one endpoint after another. Each endpoint cycles through a list of paths drawn with the
// seeded generator; every response time is recorded so p95 is exact (autocannon's own summary stops at p97.5).
import autocannon from "autocannon";
import { SeededRandom } from "../db/seed/random";
import { THEMES } from "../lib/shared/vocabulary";
import { MAP_ZOOMS, pickCommune, viewportAround, type DrawPool } from "./latency";
import { summarize, type Summary } from "./stats";

export interface HttpEndpoint {
  name: string;
  paths: string[];
}

export interface HttpResult {
  name: string;
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
    { name: "/api/health (floor)", paths: ["/api/health"] },
    { name: "profile page /organisations/[slug]", paths: many(() => `/organisations/${random.pick(pool.organisationSlugs)}`) },
    {
      name: "search API /api/organisations?near=…",
      paths: many(
        () => `/api/organisations?near=${place().code}&radius=${random.pick([5, 10, 30])}${random.chance(0.5) ? `&theme=${random.pick(THEMES)}` : ""}`,
      ),
    },
    {
      name: "clusters API /api/map/clusters",
      paths: many(() => {
        const zoom = random.pick(MAP_ZOOMS);
        const { west, south, east, north } = viewportAround(pool.byPopulation.pick(random), zoom);
        return `/api/map/clusters?bbox=${[west, south, east, north].map((value) => value.toFixed(4)).join(",")}&zoom=${zoom}`;
      }),
    },
    { name: "nearest-catalyst API /api/catalysts/nearest", paths: many(() => `/api/catalysts/nearest?commune=${place().code}`) },
  ];
}

export async function loadEndpoint(baseUrl: string, endpoint: HttpEndpoint, durationSeconds: number): Promise<HttpResult> {
  const times: number[] = [];
  const result = await autocannon({
    url: baseUrl,
    connections: 10,
    duration: durationSeconds,
    requests: endpoint.paths.map((path) => ({ method: "GET", path })),
    setupClient: (client) => {
      client.on("response", (_status: number, _bytes: number, responseTime: number) => times.push(responseTime));
    },
  });
  return {
    name: endpoint.name,
    requestsPerSecond: result.requests.average,
    latency: summarize(times.length ? times : [Number.NaN]),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
