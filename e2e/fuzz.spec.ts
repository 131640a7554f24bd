// HTTP fuzzing of every endpoint the build has (pages, route handlers, server actions, read from its manifests):
// thousands of malformed requests, none may get a 5xx, and none may leave anything stored. Reproduce a run with
// FUZZ_SEED=<seed> (printed), make it longer with FUZZ_REQUESTS=<n>.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { readEndpoints } from "./fuzz/endpoints";
import { generateRequests, type FuzzRequest } from "./fuzz/generator";
import { rawRequests, sendRaw } from "./fuzz/raw";
import { snapshotStorage, type StorageSnapshot } from "./fuzz/storage";

const SEED = Number(process.env.FUZZ_SEED ?? 20261101);
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 2_400);
const CONCURRENCY = 4;
// Rate-limit counters count attempts, refused ones included: that is their job (lib/server/rate-limit.ts).
const COUNTS_ATTEMPTS = new Set(["rate_limits"]);

interface Outcome {
  index: number;
  request: FuzzRequest;
  status: number | null;
  error?: string;
}

const describe = (request: FuzzRequest) =>
  `${request.label} — ${request.method} ${request.path.slice(0, 160)}${request.path.length > 160 ? "…" : ""} ${JSON.stringify(request.headers).slice(0, 300)}`;

/** Real values for the dynamic segments, so some requests reach the pages' own code rather than a 404. */
async function realSegmentValues(request: APIRequestContext): Promise<Record<string, string[]>> {
  const organisations = (await (await request.get("/api/organisations?limit=3")).json()) as { results?: { slug: string }[]; items?: { slug: string }[] };
  const catalysts = (await (await request.get("/api/catalysts?limit=3")).json()) as {
    results?: { slug: string }[];
    items?: { slug: string }[];
    catalysts?: { slug: string }[];
  };
  const slugs = [...(organisations.results ?? organisations.items ?? []), ...(catalysts.results ?? catalysts.items ?? catalysts.catalysts ?? [])].map(
    (item) => item.slug,
  );
  expect(slugs.length).toBeGreaterThan(0);
  return {
    "[slug]": slugs,
    "[id]": ["00000000-0000-0000-0000-000000000000"],
    "[file]": ["catalysts.csv", "organisations.json", "sitemap-0.xml", "organisations-0.xml"],
    "[kind]": ["organisations", "catalysts"],
    "[dataset]": ["months", "regions", "themes"],
    "[...nextauth]": ["signin", "signin/email", "callback/email", "csrf", "session", "providers", "signout", "error", "verify-request"],
  };
}

test.describe("fuzzing", () => {
  test.setTimeout(30 * 60_000);

  test("thousands of malformed requests over every endpoint: no 5xx, and nothing stored", async ({ request, baseURL }) => {
    const dataDir = process.env.E2E_DATA_DIR;
    expect(dataDir, "the server's data folder (set by playwright.config.ts)").toBeTruthy();
    const endpoints = readEndpoints();
    // The build's manifests list what the app serves; a broken read would make this test vacuous.
    expect(endpoints.routes.length).toBeGreaterThan(50);
    expect(endpoints.actions.length).toBeGreaterThan(20);

    const requests = generateRequests(SEED, endpoints, { real: await realSegmentValues(request), origin: new URL(baseURL!).origin }, TOTAL);
    const before: StorageSnapshot = await snapshotStorage(dataDir!);
    const started = Date.now();

    const outcomes: Outcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const index = next++;
        const item = requests[index]!;
        try {
          const response = await request.fetch(item.path, {
            method: item.method,
            headers: item.headers,
            data: item.body,
            maxRedirects: 0,
            failOnStatusCode: false,
            timeout: 60_000,
          });
          outcomes.push({ index, request: item, status: response.status() });
          await response.dispose();
        } catch (error) {
          // The server may close the connection on what it refuses outright (e.g. headers too large): not a 5xx.
          outcomes.push({ index, request: item, status: null, error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const port = Number(new URL(baseURL!).port);
    const raw = rawRequests(["/", "/organisations", "/api/organisations", "/api/communes", "/sign-in", "/organisations/x"]);
    for (const [offset, item] of raw.entries()) {
      const status = await sendRaw(port, item.bytes).catch((error: unknown) => {
        throw new Error(`${item.label}: ${error instanceof Error ? error.message : String(error)}`);
      });
      outcomes.push({ index: requests.length + offset, request: { label: item.label, target: "raw", method: "RAW", path: item.label, headers: {} }, status });
    }
    const seconds = (Date.now() - started) / 1000;

    // What came back, for the report.
    const statuses = new Map<string, number>();
    for (const outcome of outcomes) {
      const key = outcome.status === null ? "closed" : String(outcome.status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    const targets = new Set(requests.map((item) => item.target));
    console.log(
      `fuzz seed ${SEED}: ${outcomes.length} requests (${raw.length} raw) in ${seconds.toFixed(0)} s over ${endpoints.routes.length} routes and ${endpoints.actions.length} server actions; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );

    // Every route and every server action was fuzzed.
    for (const route of endpoints.routes) expect(targets, route.pattern).toContain(route.pattern);
    for (const action of endpoints.actions) expect(targets, action.name).toContain(`action:${action.name}`);

    const serverErrors = outcomes
      .filter((outcome) => outcome.status !== null && outcome.status >= 500)
      .map((outcome) => `#${outcome.index} ${outcome.status} ${describe(outcome.request)}`);
    expect(serverErrors, `seed ${SEED}`).toEqual([]);
    // A closed connection is fine for a few oddities, not as a habit: it would hide crashes.
    const closed = outcomes.filter((outcome) => outcome.status === null);
    expect(
      closed.length,
      closed
        .slice(0, 10)
        .map((outcome) => `${outcome.error ?? ""} ${describe(outcome.request)}`)
        .join("\n"),
    ).toBeLessThan(outcomes.length / 50);

    expect(outcomes.length).toBeGreaterThanOrEqual(Math.min(TOTAL, 2_000));

    const after = await snapshotStorage(dataDir!);
    const changed = Object.keys({ ...before, ...after })
      .filter((table) => !COUNTS_ATTEMPTS.has(table))
      .filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]))
      .map((table) => `${table}: ${JSON.stringify(before[table])} → ${JSON.stringify(after[table])}`);
    expect(changed).toEqual([]);
    // The check compares something: the tables the demo fills, with checksums.
    expect(Object.keys(before).length).toBeGreaterThan(15);
    expect(before.organisations?.checksum).toBeTruthy();
  });
});
