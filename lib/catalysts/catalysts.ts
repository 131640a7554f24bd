// The public side of catalysts: list, search and profile with coverage. Contact details stay private unless
// the catalyst chose to publish them (contact_public).
import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor } from "@/db/client";
import { catalystCoverage, catalysts } from "@/db/schema";
import { coveredCommuneCodes } from "./coverage-sql";
import { ACTOR_KINDS, CATALYST_TRADES, COVERAGE_KINDS, HOST_KINDS } from "@/lib/shared/vocabulary";
import type { BoundingBox } from "@/lib/geo/distance";
import { boundsOf } from "@/lib/map/view";
import { searchText } from "@/lib/shared/search-terms";

export const CATALYST_PAGE_SIZE = 24;

const catalystCardRow = z.object({
  slug: z.string(),
  name: z.string(),
  hostName: z.string(),
  hostKind: z.enum(HOST_KINDS),
  trades: z.array(z.enum(CATALYST_TRADES)),
  communeName: z.string(),
  departementCode: z.string(),
  departementName: z.string(),
  coverageSummary: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type CatalystCard = z.infer<typeof catalystCardRow>;
const totalRow = z.object({ total: z.number() });

export interface CatalystSearch {
  q?: string;
  region?: string;
  departement?: string;
  page: number;
}

export interface CatalystSearchResult {
  items: CatalystCard[];
  total: number;
  page: number;
  pageCount: number;
}

// Names of the covered territories, in one string (public: territories are not personal data).
const coverageSummary = sql`(SELECT string_agg(coalesce(cm.name, ic.name, dp.name, cc.territory_code), ', ' ORDER BY cc.territory_kind DESC, cc.territory_code)
  FROM catalyst_coverage cc
  LEFT JOIN communes cm ON cc.territory_kind = 'commune' AND cm.code = cc.territory_code
  LEFT JOIN intercommunalities ic ON cc.territory_kind = 'intercommunality' AND ic.code = cc.territory_code
  LEFT JOIN departements dp ON cc.territory_kind = 'departement' AND dp.code = cc.territory_code
  WHERE cc.catalyst_id = k.id)`;

const cardColumns = sql`k.slug, k.name, k.host_name AS "hostName", k.host_kind AS "hostKind", k.trades,
  c.name AS "communeName", c.departement_code AS "departementCode", d.name AS "departementName", k.lat, k.lon,
  coalesce(${coverageSummary}, '') AS "coverageSummary"`;

export async function searchCatalysts(db: Executor, search: CatalystSearch): Promise<CatalystSearchResult> {
  const where: SQL[] = [sql`TRUE`];
  // Bounded text (lib/shared/search-terms.ts), one-letter words kept: a name is matched as a whole ("Pays d'Aix").
  // Nothing searchable left (only punctuation): every catalyst, as the empty pattern gave.
  const text = search.q ? searchText(search.q, { minTermLength: 1 }) : "";
  if (text) {
    where.push(sql`(k.search_name LIKE '%' || f_search_normalize(${text}) || '%'
      OR f_search_normalize(${text}) <% k.search_name
      OR f_search_normalize(k.host_name) LIKE '%' || f_search_normalize(${text}) || '%')`);
  }
  if (search.region) where.push(sql`c.region_code = ${search.region}`);
  if (search.departement) where.push(sql`c.departement_code = ${search.departement}`);
  const condition = sql.join(where, sql` AND `);
  const from = sql`FROM catalysts k JOIN communes c ON c.code = k.commune_code JOIN departements d ON d.code = c.departement_code`;
  const [items, counted] = await Promise.all([
    parsedRows(
      db,
      sql`SELECT ${cardColumns} ${from} WHERE ${condition} ORDER BY k.name, k.slug
          LIMIT ${CATALYST_PAGE_SIZE} OFFSET ${(search.page - 1) * CATALYST_PAGE_SIZE}`,
      catalystCardRow,
    ),
    parsedRows(db, sql`SELECT count(*)::int AS total ${from} WHERE ${condition}`, totalRow),
  ]);
  const total = counted[0]?.total ?? 0;
  return { items, total, page: search.page, pageCount: Math.max(1, Math.ceil(total / CATALYST_PAGE_SIZE)) };
}

const coverageItemRow = z.object({ kind: z.enum(COVERAGE_KINDS), code: z.string(), name: z.string(), population: z.number().nullable() });
export type CoverageItem = z.infer<typeof coverageItemRow>;

export interface CatalystProfile extends CatalystCard {
  id: string;
  description: string;
  website: string | null;
  charterSignedOn: string | null;
  isDemo: boolean;
  updatedAt: string;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  coverage: CoverageItem[];
  organisationCount: number;
  organisations: { slug: string; name: string; kind: string; communeName: string }[];
}

const profileRow = catalystCardRow.extend({
  id: z.string(),
  description: z.string(),
  website: z.string().nullable(),
  charterSignedOn: z.string().nullable(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
  contactPublic: z.boolean(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
const listedOrganisationRow = z.object({ slug: z.string(), name: z.string(), kind: z.enum(ACTOR_KINDS), communeName: z.string() });

export async function getPublicCatalyst(db: Executor, slug: string): Promise<CatalystProfile | null> {
  if (slug.length > 200) return null;
  const [row] = await parsedRows(
    db,
    sql`SELECT k.id, ${cardColumns}, k.description, k.website, k.charter_signed_on::text AS "charterSignedOn", k.is_demo AS "isDemo",
               to_char(k.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
               k.contact_public AS "contactPublic",
               CASE WHEN k.contact_public THEN k.contact_name END AS "contactName",
               CASE WHEN k.contact_public THEN k.contact_email END AS "contactEmail",
               CASE WHEN k.contact_public THEN k.contact_phone END AS "contactPhone"
        FROM catalysts k JOIN communes c ON c.code = k.commune_code JOIN departements d ON d.code = c.departement_code
        WHERE k.slug = ${slug}`,
    profileRow,
  );
  if (!row) return null;
  const { contactPublic, contactName, contactEmail, contactPhone, ...card } = row;
  const [coverage, counted, organisations] = await Promise.all([
    parsedRows(
      db,
      sql`SELECT cc.territory_kind AS kind, cc.territory_code AS code,
                 coalesce(cm.name, ic.name, dp.name, cc.territory_code) AS name,
                 coalesce(cm.population, ic.population) AS population
          FROM catalyst_coverage cc
          LEFT JOIN communes cm ON cc.territory_kind = 'commune' AND cm.code = cc.territory_code
          LEFT JOIN intercommunalities ic ON cc.territory_kind = 'intercommunality' AND ic.code = cc.territory_code
          LEFT JOIN departements dp ON cc.territory_kind = 'departement' AND dp.code = cc.territory_code
          WHERE cc.catalyst_id = ${row.id}
          ORDER BY cc.territory_kind DESC, name`,
      coverageItemRow,
    ),
    parsedRows(
      db,
      sql`SELECT count(*)::int AS total FROM organisations o WHERE o.status = 'published' AND o.commune_code IN ${coveredCommuneCodes(sql`cc.catalyst_id = ${row.id}`)}`,
      totalRow,
    ),
    parsedRows(
      db,
      sql`SELECT o.slug, o.name, o.kind, c.name AS "communeName" FROM organisations o JOIN communes c ON c.code = o.commune_code
          WHERE o.status = 'published' AND o.commune_code IN ${coveredCommuneCodes(sql`cc.catalyst_id = ${row.id}`)}
          ORDER BY o.updated_at DESC, o.slug LIMIT 12`,
      listedOrganisationRow,
    ),
  ]);
  return {
    ...card,
    contact: contactPublic ? { name: contactName, email: contactEmail, phone: contactPhone } : null,
    coverage,
    organisationCount: counted[0]?.total ?? 0,
    organisations,
  };
}

/** A catalyst's coverage drawn as points: there are no commune or EPCI outlines offline, only commune points. */
export interface CatalystCoverageMap {
  /**
   * One [lon, lat] per distinct point of the covered communes, rounded to 4 decimals (about 10 m, far below the
   * points' own accuracy); communes placed at the same estimated point appear once. Sorted, so pages are stable.
   */
  points: [number, number][];
  /** Covered communes, counting those that share a point. */
  communeCount: number;
  /** Départements covered as a whole, whose outlines the map can draw. */
  departements: string[];
  /** The points' extent, or null when the coverage is empty. */
  bounds: BoundingBox | null;
}

/**
 * The covered communes' points of the catalyst with this slug, compact enough to send to the browser for a
 * coverage of several départements (a few thousand communes); null for an unknown catalyst. Territories and their
 * points are public reference data; nothing about the catalyst itself is returned.
 */
export async function getCatalystCoverageMap(db: Executor, slug: string): Promise<CatalystCoverageMap | null> {
  if (slug.length > 200) return null;
  const [catalyst] = await db.select({ id: catalysts.id }).from(catalysts).where(eq(catalysts.slug, slug));
  if (!catalyst) return null;
  const [points, departements] = await Promise.all([
    parsedRows(
      db,
      sql`SELECT round(c.lon::numeric, 4)::float8 AS lon, round(c.lat::numeric, 4)::float8 AS lat, count(*)::int AS communes
          FROM communes c WHERE c.code IN ${coveredCommuneCodes(sql`cc.catalyst_id = ${catalyst.id}`)}
          GROUP BY 1, 2 ORDER BY 1, 2`,
      z.object({ lon: z.number(), lat: z.number(), communes: z.number() }),
    ),
    db
      .select({ code: catalystCoverage.territoryCode })
      .from(catalystCoverage)
      .where(and(eq(catalystCoverage.catalystId, catalyst.id), eq(catalystCoverage.territoryKind, "departement")))
      .orderBy(catalystCoverage.territoryCode),
  ]);
  return {
    points: points.map((point) => [point.lon, point.lat]),
    communeCount: points.reduce((total, point) => total + point.communes, 0),
    departements: departements.map((row) => row.code),
    bounds: boundsOf(points),
  };
}

export async function listCatalystSlugs(db: Executor) {
  return db
    .select({ slug: catalysts.slug, updatedAt: sql<string>`${isoTimestamp("updated_at")}` })
    .from(catalysts)
    .orderBy(catalysts.slug);
}

/** Every catalyst's name and slug, by name: for pickers (public data). */
export async function listCatalystChoices(db: Executor) {
  return db.select({ slug: catalysts.slug, name: catalysts.name }).from(catalysts).orderBy(catalysts.name, catalysts.slug);
}

/** What the finder's cards add to a catalyst: what it does (its description's opening), and how to reach it. */
export interface CatalystCardDetails {
  summary: string;
  website: string | null;
  /** Only when the catalyst published it (contact_public). */
  publicContact: { name: string | null; email: string | null; phone: string | null } | null;
}

const cardDetailsRow = z.object({
  id: z.string(),
  description: z.string(),
  website: z.string().nullable(),
  contactPublic: z.boolean(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
});

/** The first sentence of a description, cut at a word near 200 characters. */
export function summaryOf(description: string, max = 200): string {
  const text = description.replace(/\s+/g, " ").trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:]+$/, "")}…`;
}

export async function getCatalystCardDetails(db: Executor, ids: string[]): Promise<Map<string, CatalystCardDetails>> {
  if (!ids.length) return new Map();
  const rows = await parsedRows(
    db,
    sql`SELECT id, description, website, contact_public AS "contactPublic", contact_name AS "contactName",
               contact_email AS "contactEmail", contact_phone AS "contactPhone"
        FROM catalysts WHERE id IN (${sql.join(
          ids.slice(0, 50).map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
    cardDetailsRow,
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        summary: summaryOf(row.description),
        website: row.website,
        publicContact:
          row.contactPublic && (row.contactEmail || row.contactPhone) ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone } : null,
      },
    ]),
  );
}
