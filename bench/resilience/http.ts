// Small HTTP helpers for the resilience tests: a request that never throws (a socket error is status 0), and a
// load run with autocannon that keeps every status code and response time.
import autocannon from "autocannon";
import { summarize, type Summary } from "../stats";

export interface Answer {
  status: number;
  body: string;
  headers: Headers;
  /** Milliseconds since the epoch when the answer came. */
  at: number;
}

/** One request; a network error or a timeout is status 0 with the error's message as body. */
export async function send(url: string, init: RequestInit = {}, timeoutMs = 15_000): Promise<Answer> {
  try {
    const response = await fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, body: await response.text(), headers: response.headers, at: Date.now() };
  } catch (error) {
    return { status: 0, body: error instanceof Error ? `${error.name}: ${error.message}` : String(error), headers: new Headers(), at: Date.now() };
  }
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latency: Summary;
  /** Count of answers per HTTP status. */
  statuses: Record<string, number>;
  /** Socket errors and timeouts (no HTTP answer at all). */
  errors: number;
  /** Every response time (ms), for combining runs. */
  times: number[];
}

/** `connections` clients for `seconds`, each cycling through `paths` (GET). */
export async function load(baseUrl: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 10,
    requests: paths.map((path) => ({ method: "GET", path })),
    setupClient: (client) => {
      client.on("response", (status: number, _bytes: number, responseTime: number) => {
        times.push(responseTime);
        statuses[status] = (statuses[status] ?? 0) + 1;
      });
    },
  });
  return {
    connections,
    seconds,
    requests: times.length,
    requestsPerSecond: Math.round((times.length / seconds) * 10) / 10,
    latency: summarize(times.length ? times : [Number.NaN]),
    statuses,
    errors: result.errors + result.timeouts,
    times,
  };
}

/** Several loads at once (e.g. one per endpoint), and their sum. */
export async function loadTogether(
  baseUrl: string,
  groups: { paths: string[]; connections: number }[],
  seconds: number,
): Promise<{ parts: LoadResult[]; total: LoadResult }> {
  const parts = await Promise.all(groups.map((group) => load(baseUrl, group.paths, group.connections, seconds)));
  const times = parts.flatMap((part) => part.times);
  const statuses: Record<string, number> = {};
  for (const part of parts) for (const [status, count] of Object.entries(part.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  const total: LoadResult = {
    connections: parts.reduce((sum, part) => sum + part.connections, 0),
    seconds,
    requests: times.length,
    requestsPerSecond: Math.round((times.length / seconds) * 10) / 10,
    latency: summarize(times.length ? times : [Number.NaN]),
    statuses,
    errors: parts.reduce((sum, part) => sum + part.errors, 0),
    times,
  };
  return { parts, total };
}

export function describeLoad(label: string, result: LoadResult): string {
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ");
  return `${label}: ${result.connections} connections × ${result.seconds} s, ${result.requests} requests (${result.requestsPerSecond} req/s), median ${result.latency.median.toFixed(0)} ms, p95 ${result.latency.p95.toFixed(0)} ms, p99 ${result.latency.p99.toFixed(0)} ms, statuses {${statuses}}, socket errors/timeouts ${result.errors}`;
}
