// Whether the production build is missing or older than the sources, for `npm start` and the benchmark.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "lib", "db", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json", "tsconfig.json"];

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestModification(path.join(entry, name))), stats.mtimeMs);
}

/** True when .next is missing or older than any source that goes into the build. */
export function buildIsStale(): boolean {
  const buildId = path.join(process.cwd(), ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestModification(source) > builtAt);
}
