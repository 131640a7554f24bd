// Public, aggregate figures about the network (home page). Nothing personal, so no authorisation needed. Counted
// once per version of the directory (and a minute at most), not on every visit: they scan every published
// organisation and open need or offer. After a change, visitors get the last count while one fresh count runs.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { coveredCommuneCodes } from "../catalysts/coverage-sql";
import { recentDirectoryVersion } from "../server/directory-version";
import { VersionedCache } from "../server/versioned-cache";

const networkFiguresRow = z.object({
  catalysts: z.number(),
  publishedOrganisations: z.number(),
  openNeedsOffers: z.number(),
  coveredCommunes: z.number(),
  totalCommunes: z.number(),
});
export type NetworkFigures = z.infer<typeof networkFiguresRow>;

const figuresCache = new VersionedCache<NetworkFigures>({ maxEntries: 1, ttlMs: 60_000, serveStale: true });

export async function getNetworkFigures(db: Executor): Promise<NetworkFigures> {
  return figuresCache.get(db, "figures", await recentDirectoryVersion(db), () => countNetworkFigures(db));
}

async function countNetworkFigures(db: Executor): Promise<NetworkFigures> {
  const [row] = await parsedRows(
    db,
    sql`
      WITH covered AS ${coveredCommuneCodes()}
      SELECT
        (SELECT count(*)::int FROM catalysts) AS "catalysts",
        (SELECT count(*)::int FROM organisations WHERE status = 'published') AS "publishedOrganisations",
        (SELECT count(*)::int FROM needs_offers n JOIN organisations o ON o.id = n.organisation_id
          WHERE n.status = 'open' AND o.status = 'published') AS "openNeedsOffers",
        (SELECT count(*)::int FROM covered) AS "coveredCommunes",
        (SELECT count(*)::int FROM communes) AS "totalCommunes"
    `,
    networkFiguresRow,
  );
  if (!row) throw new Error("network figures query returned no row");
  return row;
}
