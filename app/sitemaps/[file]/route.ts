import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { sitemapFile } from "@/lib/open-data/sitemap";
import { withDatabaseOutage } from "@/lib/server/http/database-outage";

export const dynamic = "force-dynamic";

export const GET = withDatabaseOutage(async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const xml = await sitemapFile(await getDatabase(), getEnv().PUBLIC_URL.replace(/\/$/, ""), (await params).file);
  if (!xml) return new Response("Not found", { status: 404 });
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
});
