// First-load JavaScript of a page, read from the production build: the framework's root chunks plus every
// chunk the route's segments (layouts, error and not-found boundaries, the page) name in its client reference
// manifest, deduplicated, each compressed with gzip. Chunks loaded later (dynamic imports) are not counted.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export const MEASURED_PAGES = {
  home: "/(public)/page",
  directory: "/(public)/organisations/page",
  profile: "/(public)/organisations/[slug]/page",
  map: "/(public)/map/page",
} as const;

export interface FirstLoad {
  page: string;
  route: string;
  chunks: number;
  rawKb: number;
  gzipKb: number;
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

function readManifest(nextDir: string, route: string): ClientReferenceManifest {
  const file = path.join(nextDir, "server", "app", `${route}_client-reference-manifest.js`);
  if (!existsSync(file)) throw new Error(`no client reference manifest for ${route} (${file}): build first`);
  // The manifest is a script assigning globalThis.__RSC_MANIFEST[route]; run it in an empty context to read it.
  const context: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  context.globalThis = context;
  runInNewContext(readFileSync(file, "utf8"), context);
  const manifest = context.__RSC_MANIFEST?.[route];
  if (!manifest) throw new Error(`the manifest of ${route} does not name it`);
  return manifest;
}

export function measureFirstLoad(nextDir = path.join(process.cwd(), ".next")): FirstLoad[] {
  const buildManifest = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return Object.entries(MEASURED_PAGES).map(([page, route]) => {
    const entries = readManifest(nextDir, route).entryJSFiles ?? {};
    const chunks = new Set([...buildManifest.rootMainFiles, ...Object.values(entries).flat()]);
    let raw = 0;
    let gzip = 0;
    for (const chunk of chunks) {
      const content = readFileSync(path.join(nextDir, chunk));
      raw += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return { page, route, chunks: chunks.size, rawKb: raw / 1024, gzipKb: gzip / 1024 };
  });
}
