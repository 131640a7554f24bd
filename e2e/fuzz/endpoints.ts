// The endpoints of the built app, read from the build's own manifests (so a new page, route handler or server action
// is fuzzed without anyone listing it): app routes from `app-path-routes-manifest.json`, server actions (with the
// pages that host them) from `server/server-reference-manifest.json`.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface AppRoute {
  /** The URL pattern, e.g. "/organisations/[slug]". */
  pattern: string;
  kind: "page" | "route";
}

export interface ServerAction {
  id: string;
  name: string;
  /** URL patterns of the pages whose forms may post it. */
  pages: string[];
}

export interface Endpoints {
  routes: AppRoute[];
  actions: ServerAction[];
}

export function readEndpoints(buildDir = path.join(process.cwd(), ".next")): Endpoints {
  const appPaths = JSON.parse(readFileSync(path.join(buildDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const routes: AppRoute[] = Object.entries(appPaths)
    .map(([entry, pattern]) => ({ pattern, kind: entry.endsWith("/route") ? ("route" as const) : ("page" as const) }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
  const references = JSON.parse(readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const actions = Object.entries(references.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName ?? id,
    pages: Object.keys(entry.workers)
      .map((worker) => appPaths[worker.replace(/^app/, "")])
      .filter((pattern): pattern is string => Boolean(pattern)),
  }));
  return { routes, actions };
}

/** The dynamic segments of a pattern: "[slug]", "[...nextauth]". */
export function dynamicSegments(pattern: string): string[] {
  return pattern.split("/").filter((segment) => segment.startsWith("["));
}

/** Fills each dynamic segment of a pattern with the value `fill` gives for it (values are put in as they are). */
export function fillPattern(pattern: string, fill: (segment: string) => string): string {
  return pattern
    .split("/")
    .map((segment) => (segment.startsWith("[") ? fill(segment) : segment))
    .join("/");
}
