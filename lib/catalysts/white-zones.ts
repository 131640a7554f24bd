// "White zones": intercommunalities where no commune is covered by any catalyst, so the network sees where to
// recruit. For the network's people only (admins and catalyst staff): checked here, not in the page.
import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { coveredCommuneCodes } from "./coverage-sql";
import { ForbiddenError } from "../organisations/moderation";
import type { Viewer } from "../auth/viewer";

export interface WhiteZone {
  code: string;
  name: string;
  kind: string;
  population: number;
  communes: number;
  departements: string;
  lat: number;
  lon: number;
}

export interface WhiteZoneReport {
  zones: WhiteZone[];
  totalPopulation: number;
  coveredPopulation: number;
}

export async function listWhiteZones(db: Executor, viewer: Viewer | null): Promise<WhiteZoneReport> {
  if (!viewer || (!viewer.isAdmin && viewer.catalysts.length === 0)) throw new ForbiddenError(viewer, "network:white-zones");
  const zones = await queryRows<WhiteZone>(
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
  );
  const [totals] = await queryRows<{ total: number; covered: number }>(
    db,
    sql`SELECT coalesce(sum(population), 0)::bigint::float8 AS total,
               coalesce(sum(population) FILTER (WHERE code IN ${coveredCommuneCodes()}), 0)::bigint::float8 AS covered
        FROM communes`,
  );
  return { zones, totalPopulation: totals?.total ?? 0, coveredPopulation: totals?.covered ?? 0 };
}
