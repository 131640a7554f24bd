// The public side of organisations: directory search and profiles. Only published organisations are visible,
// and only public fields leave this module (never the contact person), so pages and the API can't leak them.
import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor, type RowSchema } from "@/db/client";
import { needsOffers } from "@/db/schema";
import { coverageContainsCommune } from "@/lib/catalysts/coverage-sql";
import type { OrganisationFilters } from "@/lib/organisations/filters";
import { PAGE_SIZE, organisationFiltersSchema } from "@/lib/organisations/filters";
import {
  ACTOR_KINDS,
  type Horizon,
  type NeedOfferDirection,
  type Objective,
  type PointPrecision,
  type ResourceKind,
  type Theme,
} from "@/lib/shared/vocabulary";
import type { LatLon } from "@/lib/geo/distance";
import { organisationFilterConditions, summaryConditions } from "@/lib/organisations/filter-sql";
import { exactNearest } from "@/lib/geo/nearest";
import { geoWithinRadiusBox, haversineKmSql, inAnyBox, planarPoint, textArray } from "@/lib/geo/sql";
import { findCommuneByCode } from "@/lib/territories/territories";
import { searchText } from "@/lib/shared/search-terms";
import { compactIdentifier, isValidRna, isValidSiren, isValidSiret } from "@/lib/shared/french-identifiers";
import { AppError } from "@/lib/server/errors";
import { organisationCard, organisationProfile } from "@/lib/open-data/api-responses";
import { introductionStats } from "@/lib/introductions/responsiveness";
import { answerDaysShown } from "@/lib/introductions/responsiveness-figures";

/** Counting every match of a broad search over a million rows costs more than the page itself: stop here. */
export const COUNT_CAP = 10_000;
const STALE_AFTER_DAYS = 365;

/** A row of cardColumns: exactly the card the API documents (lib/open-data/api-responses.ts), no more, no less. */
const organisationCardRow = organisationCard;
export type OrganisationCard = z.infer<typeof organisationCardRow>;
const totalRow = z.object({ total: z.number() });
const locatedRow = z.object({ slug: z.string(), lat: z.number(), lon: z.number() });

export interface SearchCenter extends LatLon {
  label: string;
  communeCode: string | null;
}

export interface OrganisationSearchResult {
  items: OrganisationCard[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
  center: SearchCenter | null;
  radiusKm: number | null;
}

/** "Near" a commune code that names no commune: the place, not the search, is not found. */
export class UnknownPlaceError extends AppError {
  constructor(readonly parameter: string) {
    super("not_found", "unknown_place", {
      field: parameter,
      message: { fr: "Lieu inconnu : aucune commune avec ce code INSEE.", en: "Unknown place: no commune with this INSEE code." },
    });
  }
}

async function resolveCenter(db: Executor, filters: OrganisationFilters): Promise<SearchCenter | null> {
  if (filters.near) {
    const commune = await findCommuneByCode(db, filters.near);
    if (!commune) throw new UnknownPlaceError("near");
    return { lat: commune.lat, lon: commune.lon, label: commune.name, communeCode: commune.code };
  }
  if (filters.lat !== undefined && filters.lon !== undefined) {
    return { lat: filters.lat, lon: filters.lon, label: "", communeCode: null };
  }
  return null;
}

function conditions(filters: OrganisationFilters, center: SearchCenter | null): SQL[] {
  const where = organisationFilterConditions(filters);
  if (center) {
    where.push(geoWithinRadiusBox("o", center, filters.radius));
    where.push(sql`${haversineKmSql("o", center)} <= ${filters.radius}`);
  }
  return where;
}

function ordering(filters: OrganisationFilters, center: SearchCenter | null): SQL {
  // Near a place: nearest first, ties by slug, as exactNearest ranks (the two paths must agree across pages).
  if (center) return sql`${haversineKmSql("o", center)}, o.slug COLLATE "C"`;
  const text = filters.q ? searchText(filters.q) : "";
  if (text) {
    // The same bounded text as the condition (organisationFilterConditions), never the raw q.
    return sql`(ts_rank(o.search_vector, websearch_to_tsquery('fr_unaccent', ${text}))
                + word_similarity(f_search_normalize(${text}), o.search_name)) DESC, o.name, o.slug`;
  }
  return sql`o.name, o.slug`;
}

const cardColumns = (center: SearchCenter | null) => sql`
  o.slug, o.name, o.kind, o.collectivite_level AS "collectiviteLevel", o.company_size AS "companySize",
  o.commune_code AS "communeCode", c.name AS "communeName", c.departement_code AS "departementCode",
  d.name AS "departementName", o.themes, o.lat, o.lon,
  to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
  ${center ? sql`round(${haversineKmSql("o", center)}::numeric, 2)::float8` : sql`NULL::float8`} AS "distanceKm",
  o.offer_kinds AS offers, o.need_kinds AS needs`;

/**
 * Pages near a place up to this depth come from the index's nearest-first order (a few hundred rows read, however
 * dense the area); deeper pages sort every match in the radius, as rare as they are costly.
 */
const NEAREST_FIRST_MAX_ROWS = 200;

/**
 * How many match, up to COUNT_CAP + 1. Near a place, the summary of positions answers when it knows the filters
 * (a few hundred positions, however dense the area); otherwise the matching rows are counted.
 */
async function countMatches(db: Executor, filters: OrganisationFilters, center: SearchCenter | null, where: SQL): Promise<{ total: number }[]> {
  const summary = center ? summaryConditions(filters, center, filters.radius) : null;
  if (center && summary) {
    return parsedRows(
      db,
      sql`SELECT least(coalesce(sum(p.count), 0), ${COUNT_CAP + 1})::int AS total FROM map_positions p
          WHERE ${geoWithinRadiusBox("p", center, filters.radius)} AND ${sql.join(summary, sql` AND `)}`,
      totalRow,
    );
  }
  // The count needs no names: the territory filters read communes themselves.
  return parsedRows(db, sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM organisations o WHERE ${where} LIMIT ${COUNT_CAP + 1}) matches`, totalRow);
}

export async function searchOrganisations(db: Executor, filters: OrganisationFilters): Promise<OrganisationSearchResult> {
  const center = await resolveCenter(db, filters);
  const where = sql.join(conditions(filters, center), sql` AND `);
  const from = sql`FROM organisations o JOIN communes c ON c.code = o.commune_code JOIN departements d ON d.code = c.departement_code`;
  const offset = (filters.page - 1) * PAGE_SIZE;
  const page = async (): Promise<OrganisationCard[]> => {
    if (center && offset + PAGE_SIZE <= NEAREST_FIRST_MAX_ROWS) {
      // Ranked on narrow rows (a city centre can hold thousands of organisations at one point, all tied), then
      // the page's cards read by slug.
      const ranked = await exactNearest<z.infer<typeof locatedRow>>(
        center,
        offset + PAGE_SIZE,
        (row) => row.slug,
        // The planner guesses a box holds a handful of points (it may hold 250,000 around Paris) and would read
        // them all to sort them: asked to walk the index nearest-first instead, it stops after `candidates` rows.
        (candidates) =>
          db.transaction(async (tx) => {
            await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
            await tx.execute(sql`SET LOCAL enable_sort = off`);
            return parsedRows(
              tx,
              sql`SELECT o.slug, o.lat, o.lon FROM organisations o WHERE ${where} ORDER BY o.geo <-> ${planarPoint(center)} LIMIT ${candidates}::int`,
              locatedRow,
            );
          }),
        // Place by place (the summary of positions lists the places in the boxes), the first `wanted` of each in
        // slug order through the (lat, lon, slug) index: never every organisation of a dense commune's point.
        (boxes, wanted) =>
          parsedRows(
            db,
            sql`SELECT r.slug, r.lat, r.lon
                FROM (SELECT DISTINCT p.lat, p.lon FROM map_positions p WHERE p.facet = '' AND (${inAnyBox(sql`p.geo`, boxes)})) place
                CROSS JOIN LATERAL (
                  SELECT o.slug, o.lat, o.lon FROM organisations o
                  WHERE o.lat = place.lat AND o.lon = place.lon AND ${where}
                  ORDER BY o.slug COLLATE "C" LIMIT ${wanted}::int
                ) r
                ORDER BY ${haversineKmSql("r", center)}, r.slug COLLATE "C" LIMIT ${wanted}::int`,
            locatedRow,
          ),
      );
      const wanted = ranked.slice(offset);
      if (!wanted.length) return [];
      const cards = await parsedRows(
        db,
        sql`SELECT ${cardColumns(null)} ${from} WHERE o.slug = ANY(${textArray(wanted.map((row) => row.slug))})`,
        organisationCardRow,
      );
      const bySlug = new Map(cards.map((card) => [card.slug, card]));
      return wanted.flatMap((row) => {
        const card = bySlug.get(row.slug);
        return card ? [{ ...card, distanceKm: Math.round(row.distanceKm * 100) / 100 }] : [];
      });
    }
    // The page's rows first, on organisations alone (in name order, straight from organisations_published_name_idx
    // when no words or place rank them), then their cards.
    return parsedRows(
      db,
      sql`SELECT ${cardColumns(center)}
          FROM (SELECT o.* FROM organisations o WHERE ${where} ORDER BY ${ordering(filters, center)} LIMIT ${PAGE_SIZE} OFFSET ${offset}) o
          JOIN communes c ON c.code = o.commune_code JOIN departements d ON d.code = c.departement_code
          ORDER BY ${ordering(filters, center)}`,
      organisationCardRow,
    );
  };
  const [items, counted] = await Promise.all([page(), countMatches(db, filters, center, where)]);
  const rawTotal = counted[0]?.total ?? 0;
  const total = Math.min(rawTotal, COUNT_CAP);
  return {
    items,
    total,
    totalIsCapped: rawTotal > COUNT_CAP,
    page: filters.page,
    pageSize: PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    center,
    radiusKm: center ? filters.radius : null,
  };
}

export interface NeedOfferItem {
  id: string;
  direction: NeedOfferDirection;
  resourceKind: ResourceKind;
  themes: Theme[];
  title: string;
  description: string;
  horizon: Horizon;
}

export interface CoveringCatalyst {
  slug: string;
  name: string;
  hostName: string;
  /** Where the catalyst is based (public: catalysts are on the network map). */
  lat: number;
  lon: number;
}

export interface OrganisationProfile extends Omit<OrganisationCard, "offers" | "needs" | "distanceKm"> {
  id: string;
  isEss: boolean;
  isSiae: boolean;
  isMissionCompany: boolean;
  siren: string | null;
  rna: string | null;
  odd: number[];
  objectives: Objective[];
  description: string;
  website: string | null;
  charterSigned: boolean;
  isDemo: boolean;
  epciCode: string | null;
  epciName: string | null;
  regionCode: string;
  regionName: string;
  publishedAt: string | null;
  isStale: boolean;
  /**
   * How far lat/lon can be trusted: the precision tag of the commune's point the organisation sits on (see ADR 002),
   * or null when the organisation gave its own position.
   */
  pointPrecision: PointPrecision | null;
  /** "Répond en général sous N jours": null below a few answers (lib/introductions/responsiveness-figures.ts). */
  answersWithinDays: number | null;
  needs: NeedOfferItem[];
  offers: NeedOfferItem[];
  catalysts: CoveringCatalyst[];
}

/** A row of the profile query: the profile the API documents, less what is read apart (needs, offers, catalysts, answers). */
const profileRow: RowSchema<Omit<OrganisationProfile, "needs" | "offers" | "catalysts" | "answersWithinDays">> = organisationProfile.omit({
  needs: true,
  offers: true,
  catalysts: true,
  answersWithinDays: true,
});
const coveringCatalystRow = z.object({ slug: z.string(), name: z.string(), hostName: z.string(), lat: z.number(), lon: z.number() });

/** A published organisation's public profile, or null (unknown, draft, pending or suspended: all look alike). */
export async function getPublicOrganisation(db: Executor, slug: string): Promise<OrganisationProfile | null> {
  if (slug.length > 200) return null;
  const [row] = await parsedRows(
    db,
    sql`SELECT o.id, o.slug, o.name, o.kind, o.collectivite_level AS "collectiviteLevel", o.company_size AS "companySize",
               o.is_ess AS "isEss", o.is_siae AS "isSiae", o.is_mission_company AS "isMissionCompany",
               o.siren, o.rna, o.themes, o.odd, o.objectives, o.description, o.website,
               (o.charter_signed_at IS NOT NULL) AS "charterSigned", o.is_demo AS "isDemo", o.lat, o.lon,
               o.commune_code AS "communeCode", c.name AS "communeName",
               c.departement_code AS "departementCode", d.name AS "departementName",
               c.epci_code AS "epciCode", e.name AS "epciName", c.region_code AS "regionCode", r.name AS "regionName",
               to_char(o.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
               to_char(o.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "publishedAt",
               (o.updated_at < now() - make_interval(days => ${STALE_AFTER_DAYS})) AS "isStale",
               CASE WHEN o.lat = c.lat AND o.lon = c.lon THEN c.precision END AS "pointPrecision"
        FROM organisations o
        JOIN communes c ON c.code = o.commune_code
        JOIN departements d ON d.code = c.departement_code
        JOIN regions r ON r.code = c.region_code
        LEFT JOIN intercommunalities e ON e.code = c.epci_code
        WHERE o.slug = ${slug} AND o.status = 'published'`,
    profileRow,
  );
  if (!row) return null;
  const [items, catalysts, introductions] = await Promise.all([
    db
      .select({
        id: needsOffers.id,
        direction: needsOffers.direction,
        resourceKind: needsOffers.resourceKind,
        themes: needsOffers.themes,
        title: needsOffers.title,
        description: needsOffers.description,
        horizon: needsOffers.horizon,
      })
      .from(needsOffers)
      .where(and(eq(needsOffers.organisationId, row.id), eq(needsOffers.status, "open")))
      .orderBy(needsOffers.direction, needsOffers.createdAt, needsOffers.id),
    findCoveringCatalysts(db, row.communeCode),
    introductionStats(db, [row.id]),
  ]);
  const medianAnswerDays = introductions.get(row.id)?.medianAnswerDays ?? null;
  return {
    ...row,
    answersWithinDays: medianAnswerDays === null ? null : answerDaysShown(medianAnswerDays),
    needs: items.filter((item) => item.direction === "need"),
    offers: items.filter((item) => item.direction === "offer"),
    catalysts,
  };
}

/** Catalysts whose coverage contains the commune: itself, its EPCI or EPT, or its département. */
export async function findCoveringCatalysts(db: Executor, communeCode: string): Promise<CoveringCatalyst[]> {
  return parsedRows(
    db,
    sql`SELECT DISTINCT k.slug, k.name, k.host_name AS "hostName", k.lat, k.lon
        FROM communes c
        JOIN catalyst_coverage cc ON ${coverageContainsCommune("cc", "c")}
        JOIN catalysts k ON k.id = cc.catalyst_id
        WHERE c.code = ${communeCode}
        ORDER BY k.name`,
    coveringCatalystRow,
  );
}

/**
 * Slugs of published organisations for the sitemap, in byte order, from `from` (included) to `to` (excluded, or the
 * end): one range of organisations_published_slug_idx, as fast at the end of the directory as at its start.
 */
export async function listPublishedOrganisationSlugs(db: Executor, range: { from: string | null; to: string | null }, limit: number) {
  return parsedRows(
    db,
    sql`SELECT slug, ${isoTimestamp("updated_at")} AS "updatedAt"
        FROM organisations
        WHERE status = 'published'
          ${range.from === null ? sql`` : sql`AND slug COLLATE "C" >= ${range.from}`}
          ${range.to === null ? sql`` : sql`AND slug COLLATE "C" < ${range.to}`}
        ORDER BY slug COLLATE "C"
        LIMIT ${limit}`,
    sitemapSlugRow,
  );
}
const sitemapSlugRow = z.object({ slug: z.string(), updatedAt: z.string() });

/** The first slug of every `chunk` published organisations, in byte order: where each sitemap chunk starts. */
export async function publishedSlugBoundaries(db: Executor, chunk: number): Promise<string[]> {
  const rows = await parsedRows(
    db,
    sql`SELECT slug FROM (
          SELECT slug COLLATE "C" AS slug, row_number() OVER (ORDER BY slug COLLATE "C") AS position
          FROM organisations WHERE status = 'published'
        ) ranked
        WHERE position % ${chunk} = 1
        ORDER BY slug`,
    z.object({ slug: z.string() }),
  );
  return rows.map((row) => row.slug);
}

/** How a registration's look-up read what was typed: an identifier (checked before any query), or words of a name. */
export type LookupKind = "siret" | "siren" | "rna" | "name";

export interface OrganisationLookup {
  by: LookupKind;
  /** Digits typed as a SIREN or SIRET whose check key is wrong: nothing was searched, the form says so. */
  invalidIdentifier: boolean;
  items: OrganisationLookupItem[];
}

const organisationLookupRow = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  communeName: z.string(),
  departementCode: z.string(),
});
export type OrganisationLookupItem = z.infer<typeof organisationLookupRow>;

const LOOKUP_LIMIT = 8;

/**
 * "Is my organisation already here?", asked before registering one: by SIRET (the organisation with that
 * establishment first, then the others of its SIREN), SIREN, RNA, or name. Published organisations only, as
 * everywhere in the directory: a pending one is neither confirmed nor offered to someone who is not its member.
 */
export async function lookUpPublishedOrganisations(db: Executor, query: string): Promise<OrganisationLookup> {
  const compact = compactIdentifier(query.slice(0, 100));
  const select = (where: SQL, order: SQL = sql`o.name, o.slug`) =>
    parsedRows(
      db,
      sql`SELECT o.slug, o.name, o.kind, c.name AS "communeName", c.departement_code AS "departementCode"
          FROM organisations o JOIN communes c ON c.code = o.commune_code
          WHERE o.status = 'published' AND ${where} ORDER BY ${order} LIMIT ${LOOKUP_LIMIT}`,
      organisationLookupRow,
    );
  if (/^\d{14}$/.test(compact)) {
    if (!isValidSiret(compact)) return { by: "siret", invalidIdentifier: true, items: [] };
    // Registration stores the SIRET's first nine digits as the SIREN: the SIREN index finds every establishment.
    return {
      by: "siret",
      invalidIdentifier: false,
      items: await select(sql`o.siren = ${compact.slice(0, 9)}`, sql`(o.siret = ${compact}) DESC, o.name, o.slug`),
    };
  }
  if (/^\d{9}$/.test(compact)) {
    if (!isValidSiren(compact)) return { by: "siren", invalidIdentifier: true, items: [] };
    return { by: "siren", invalidIdentifier: false, items: await select(sql`o.siren = ${compact}`) };
  }
  if (isValidRna(compact)) return { by: "rna", invalidIdentifier: false, items: await select(sql`o.rna = ${compact}`) };
  if (!query.trim()) return { by: "name", invalidIdentifier: false, items: [] };
  // By name: the directory's own search (same words, same typo tolerance, same ranking).
  const found = await searchOrganisations(db, organisationFiltersSchema.parse({ q: query.trim().slice(0, 100) }));
  return {
    by: "name",
    invalidIdentifier: false,
    items: found.items.slice(0, LOOKUP_LIMIT).map(({ slug, name, kind, communeName, departementCode }) => ({ slug, name, kind, communeName, departementCode })),
  };
}
