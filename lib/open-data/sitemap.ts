// Sitemaps of the public profiles: an index plus chunks of at most 50,000 URLs (the protocol's limit), so it
// scales to a million organisations. Rendered per request: the build never reads the database.
import "server-only";
import type { Executor } from "@/db/client";
import { listCatalystSlugs } from "../catalysts/catalysts";
import { countPublishedOrganisations, listPublishedOrganisationSlugs } from "../organisations/directory";

export const SITEMAP_CHUNK = 50_000;

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char] as string);

function urlset(entries: { loc: string; lastmod?: string }[]): string {
  const body = entries.map((entry) => `<url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ""}</url>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`;
}

export async function sitemapIndex(db: Executor, baseUrl: string): Promise<string> {
  const chunks = Math.max(1, Math.ceil((await countPublishedOrganisations(db)) / SITEMAP_CHUNK));
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
  const organisations = await listPublishedOrganisationSlugs(db, chunk * SITEMAP_CHUNK, SITEMAP_CHUNK);
  if (!organisations.length && chunk > 0) return null;
  return urlset(organisations.map((item) => ({ loc: `${baseUrl}/organisations/${item.slug}`, lastmod: item.updatedAt })));
}
