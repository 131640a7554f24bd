// The GeoJSON open-data export (RFC 7946): every published organisation or every catalyst, public fields only,
// streamed page by page.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { coverageJson } from "@/lib/catalysts/coverage-sql";
import { jsonArrayChunks, keysetPages } from "./keyset-pages";
import { OPEN_DATA_NOTICE } from "./licence";

export const EXPORT_TYPES = ["organisations", "catalysts"] as const;
export type ExportType = (typeof EXPORT_TYPES)[number];

const exportRow = z.object({ id: z.string(), lon: z.number(), lat: z.number(), properties: z.record(z.string(), z.unknown()) });
type ExportRow = z.infer<typeof exportRow>;

// Public fields only: never the contact person, e-mail or phone (not even a catalyst's published ones: a bulk file
// spreads them beyond the page where the catalyst chose to show them).
function exportPage(db: Executor, type: ExportType, afterId: string | null, limit: number, publicUrl: string): Promise<ExportRow[]> {
  const after = afterId ? sql`AND o.id > ${afterId}::uuid` : sql``;
  if (type === "organisations") {
    return parsedRows(
      db,
      sql`SELECT o.id, o.lon, o.lat, jsonb_build_object(
              'id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind,
              'collectiviteLevel', o.collectivite_level, 'companySize', o.company_size,
              'isEss', o.is_ess, 'isSiae', o.is_siae, 'isMissionCompany', o.is_mission_company,
              'siren', o.siren, 'themes', o.themes, 'odd', o.odd, 'objectives', o.objectives, 'website', o.website,
              'communeCode', o.commune_code, 'communeName', c.name, 'departementCode', c.departement_code,
              'regionCode', c.region_code, 'url', ${`${publicUrl}/organisations/`} || o.slug) AS properties
          FROM organisations o JOIN communes c ON c.code = o.commune_code
          WHERE o.status = 'published' ${after}
          ORDER BY o.id
          LIMIT ${limit}`,
      exportRow,
    );
  }
  return parsedRows(
    db,
    sql`SELECT o.id, o.lon, o.lat, jsonb_build_object(
            'id', o.id, 'slug', o.slug, 'name', o.name, 'hostName', o.host_name, 'hostKind', o.host_kind,
            'trades', o.trades, 'website', o.website, 'charterSignedOn', o.charter_signed_on,
            'communeCode', o.commune_code, 'communeName', c.name, 'departementCode', c.departement_code,
            'regionCode', c.region_code, 'coverage', ${coverageJson("o")},
            'url', ${`${publicUrl}/catalysts/`} || o.slug) AS properties
        FROM catalysts o JOIN communes c ON c.code = o.commune_code
        WHERE true ${after}
        ORDER BY o.id
        LIMIT ${limit}`,
    exportRow,
  );
}

/**
 * The export as text chunks: a FeatureCollection whose features are read page by page (keyset on id), so memory
 * stays flat however many organisations there are. Licence and attribution are top-level foreign members.
 */
export async function* streamGeoJsonExport(db: Executor, type: ExportType, publicUrl: string): AsyncGenerator<string> {
  const base = publicUrl.replace(/\/+$/, "");
  yield `{"type":"FeatureCollection","name":${JSON.stringify(type)},${JSON.stringify(OPEN_DATA_NOTICE).slice(1, -1)},"features":`;
  const pages = keysetPages(
    (afterId, limit) => exportPage(db, type, afterId, limit, base),
    (row) => row.id,
  );
  yield* jsonArrayChunks(pages, (row) => ({
    type: "Feature",
    id: row.id,
    // RFC 7946: [longitude, latitude] in WGS 84, as numbers; six decimals are about 10 cm.
    geometry: { type: "Point", coordinates: [roundCoordinate(row.lon), roundCoordinate(row.lat)] },
    properties: row.properties,
  }));
  yield "}";
}

const roundCoordinate = (value: number | string) => Math.round(Number(value) * 1e6) / 1e6;
