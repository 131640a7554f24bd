// Sitemaps of the public profiles: an index plus chunks of at most 50,000 URLs (the protocol's limit), so it
// scales to a million organisations. Rendered per request: the build never reads the database.
import "server-only";
import type { Executor } from "@/db/client";
import { listCatalystSlugs } from "../catalysts/catalysts";
import { listPublishedOrganisationSlugs, publishedSlugBoundaries } from "../organisations/directory";
import { recentDirectoryVersion } from "../server/directory-version";
import { VersionedCache } from "../server/versioned-cache";

/** The protocol's limit of URLs per file. */
export const SITEMAP_CHUNK = 50_000;
/**
 * Where the chunks start is counted every SITEMAP_SPACING organisations, once per version of the directory: the
 * room left below the limit takes the organisations published before the next count (served stale meanwhile).
 */
export const SITEMAP_SPACING = 45_000;

const boundariesCache = new VersionedCache<string[]>({ maxEntries: 1, ttlMs: 10 * 60_000, serveStale: true });

/** The first slug of each chunk (none when nothing is published: one empty chunk). */
function chunkBoundaries(db: Executor): Promise<string[]> {
  return recentDirectoryVersion(db).then((version) => boundariesCache.get(db, "boundaries", version, () => publishedSlugBoundaries(db, SITEMAP_SPACING)));
}

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char] as string);

function urlset(entries: { loc: string; lastmod?: string }[]): string {
  const body = entries.map((entry) => `<url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ""}</url>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`;
}

export async function sitemapIndex(db: Executor, baseUrl: string): Promise<string> {
  const chunks = Math.max(1, (await chunkBoundaries(db)).length);
  const files = ["pages.xml", "catalysts.xml", ...Array.from({ length: chunks }, (_, index) => `organisations-${index}.xml`)];
  const body = files.map((file) => `<sitemap><loc>${escapeXml(`${baseUrl}/sitemaps/${file}`)}</loc></sitemap>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</sitemapindex>`;
}

/** The sitemap file of that name, or null when there is no such file. */
export async function sitemapFile(db: Executor, baseUrl: string, file: string): Promise<string | null> {
  if (file === "pages.xml") {
    return urlset(["", "/organisations", "/catalysts", "/catalysts/find", "/map", "/observatory", "/open-data"].map((path) => ({ loc: `${baseUrl}${path}` })));
  }
  if (file === "catalysts.xml") {
    const catalysts = await listCatalystSlugs(db);
    return urlset(catalysts.map((item) => ({ loc: `${baseUrl}/catalysts/${item.slug}`, lastmod: item.updatedAt })));
  }
  const match = /^organisations-(\d{1,4})\.xml$/.exec(file);
  if (!match) return null;
  const chunk = Number(match[1]);
  const boundaries = await chunkBoundaries(db);
  if (chunk >= Math.max(1, boundaries.length)) return null;
  // Ranges between boundaries: every published slug is in exactly one chunk, whatever was published since the count.
  const range = { from: chunk === 0 ? null : boundaries[chunk]!, to: boundaries[chunk + 1] ?? null };
  const organisations = await listPublishedOrganisationSlugs(db, range, SITEMAP_CHUNK);
  return urlset(organisations.map((item) => ({ loc: `${baseUrl}/organisations/${item.slug}`, lastmod: item.updatedAt })));
}
