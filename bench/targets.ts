// The targets of issue #9 (stated at 1,000,000 organisations), keyed by latency case, per engine.
import type { Engine } from "../db/client";

export interface LatencyTarget {
  p95Ms: Record<Engine, number>;
  /** Uncompressed JSON of one response, for the map. */
  payloadKb?: number;
}

const same = (ms: number): Record<Engine, number> => ({ pglite: ms, postgres: ms });

export const LATENCY_TARGETS: Record<string, LatencyTarget> = {
  nearest: { p95Ms: { pglite: 5, postgres: 2 } },
  autocomplete: { p95Ms: same(5) },
  search: { p95Ms: same(30) },
  "map-z6": { p95Ms: same(30), payloadKb: 30 },
  "map-z9": { p95Ms: same(30), payloadKb: 30 },
  "map-z12": { p95Ms: same(30), payloadKb: 30 },
  "map-z14": { p95Ms: same(30), payloadKb: 30 },
  proposals: { p95Ms: { pglite: 50, postgres: 25 } },
};

/** HTTP: each API's p95 at most this multiple of /api/health's; the profile page's req/s at least this share. */
export const HTTP_P95_RATIO_MAX = 1.5;
export const PROFILE_THROUGHPUT_RATIO_MIN = 0.7;
/**
 * Issue #20, against /api/health in the same run: every public page and API serves at least this share of its
 * req/s (cached anonymous pages the higher share) with a p95 at most this multiple of its p95.
 */
export const PUBLIC_THROUGHPUT_RATIO_MIN = 0.5;
export const CACHED_PAGE_THROUGHPUT_RATIO_MIN = 0.7;
export const PUBLIC_P95_RATIO_MAX = 2;
/** An open-data download answers from its stored file within this (first byte), and 304 when unchanged. */
export const EXPORT_FIRST_BYTE_MS = 50;
/** First-load JavaScript, gzip, in KB. */
export const FIRST_LOAD_KB: Record<string, number> = { home: 180, map: 230 };
export const LIGHTHOUSE_MIN = { performance: 0.95, accessibility: 1 };
/** The product's geo queries ÷ the PostGIS way. */
export const POSTGIS_RATIO_MAX = 0.8;
