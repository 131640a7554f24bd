// "White zones": intercommunalities where no commune is covered by any catalyst, so the network sees where to
// recruit. For the network's people only (admins and catalyst staff): checked here, not in the page.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { coveredCommuneCodes } from "./coverage-sql";
import type { Viewer } from "../auth/viewer";
import { ForbiddenError } from "@/lib/server/errors";

const whiteZoneRow = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  population: z.number(),
  communes: z.number(),
  departements: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type WhiteZone = z.infer<typeof whiteZoneRow>;

export interface WhiteZoneReport {
  zones: WhiteZone[];
  totalPopulation: number;
  coveredPopulation: number;
}

export async function listWhiteZones(db: Executor, viewer: Viewer | null): Promise<WhiteZoneReport> {
  if (!viewer || (!viewer.isAdmin && viewer.catalysts.length === 0)) throw new ForbiddenError(viewer, "network:white-zones");
  const zones = await parsedRows(
    db,
    sql`WITH covered AS ${coveredCommuneCodes()},
        members AS (
          SELECT i.code, i.name, i.kind, c.code AS commune, c.population, c.departement_code, c.lat, c.lon,
                 (c.code IN (SELECT code FROM covered)) AS is_covered
          FROM intercommunalities i
          JOIN communes c ON c.epci_code = i.code OR c.ept_code = i.code)
        SELECT code, name, kind, coalesce(sum(population), 0)::int AS population, count(*)::int AS communes,
               string_agg(DISTINCT departement_code, ', ') AS departements,
               avg(lat) AS lat, avg(lon) AS lon
        FROM members GROUP BY code, name, kind
        HAVING NOT bool_or(is_covered)
        ORDER BY population DESC, code`,
    whiteZoneRow,
  );
  const [totals] = await parsedRows(
    db,
    sql`SELECT coalesce(sum(population), 0)::bigint::float8 AS total,
               coalesce(sum(population) FILTER (WHERE code IN ${coveredCommuneCodes()}), 0)::bigint::float8 AS covered
        FROM communes`,
    z.object({ total: z.number(), covered: z.number() }),
  );
  return { zones, totalPopulation: totals?.total ?? 0, coveredPopulation: totals?.covered ?? 0 };
}
