import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { sitemapIndex } from "@/lib/open-data/sitemap";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET() {
  const xml = await sitemapIndex(await getDatabase(), getEnv().PUBLIC_URL.replace(/\/$/, ""));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
});
