// The public observatory: aggregate, anonymous counts of the alliances started through introductions (by territory,
// actor kinds, theme, partnership type and month) and of the introductions themselves. Only counts leave this
// module: no organisation, no person, so no authorisation is needed.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor, type RowSchema } from "@/db/client";
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  PARTNERSHIP_TYPE_LABELS,
  PARTNERSHIP_TYPES,
  THEME_LABELS,
  THEMES,
  type ActorKind,
  type Label,
  type PartnershipType,
  type Theme,
} from "@/lib/shared/vocabulary";
import { CONTACT_REVEALED_STATUSES } from "@/lib/introductions/workflow";
import { toCsv } from "@/lib/shared/csv";
import { VersionedCache } from "@/lib/server/versioned-cache";
import { readDirectoryVersion } from "@/lib/server/directory-version";
import { etagOf } from "@/lib/server/http/conditional";

/** Départements shown when no région is chosen: the busiest of the country. */
export const TOP_DEPARTEMENTS = 10;
/** Months shown on the timeline, the current one included. */
export const OBSERVATORY_MONTHS = 24;

export const OBSERVATORY_DATASETS = ["months", "regions", "departements", "kind-pairs", "themes", "partnership-types"] as const;
export type ObservatoryDataset = (typeof OBSERVATORY_DATASETS)[number];

export function isObservatoryDataset(value: string): value is ObservatoryDataset {
  return (OBSERVATORY_DATASETS as readonly string[]).includes(value);
}

export interface ObservatoryHeadline {
  alliancesStarted: number;
  introductionsRequested: number;
  /** Accepted by the target, whatever came after (meeting, alliance, closed). */
  accepted: number;
  /** Answered: accepted or later, declined by the target, or rejected by the catalyst. */
  decided: number;
}

export interface TerritoryCount {
  code: string;
  name: string;
  alliances: number;
}
export interface DepartementCount extends TerritoryCount {
  regionCode: string;
}
/** An unordered pair of actor kinds, `kindA` ≤ `kindB` in code order. */
export interface KindPairCount {
  kindA: ActorKind;
  kindB: ActorKind;
  alliances: number;
}
export interface ThemeCount {
  theme: Theme;
  alliances: number;
}
export interface PartnershipTypeCount {
  /** Null when the alliance was recorded without a type (the workflow asks for one, older data may lack it). */
  partnershipType: PartnershipType | null;
  alliances: number;
}
export interface MonthCount {
  /** "YYYY-MM", in UTC. */
  month: string;
  alliances: number;
}

const headlineRow: RowSchema<ObservatoryHeadline> = z.object({
  alliancesStarted: z.number(),
  introductionsRequested: z.number(),
  accepted: z.number(),
  decided: z.number(),
});
const territoryCountRow: RowSchema<TerritoryCount> = z.object({ code: z.string(), name: z.string(), alliances: z.number() });
const departementCountRow: RowSchema<DepartementCount> = z.object({ code: z.string(), name: z.string(), regionCode: z.string(), alliances: z.number() });
const kindPairCountRow: RowSchema<KindPairCount> = z.object({ kindA: z.enum(ACTOR_KINDS), kindB: z.enum(ACTOR_KINDS), alliances: z.number() });
const themeCountRow: RowSchema<ThemeCount> = z.object({ theme: z.enum(THEMES), alliances: z.number() });
const partnershipTypeCountRow: RowSchema<PartnershipTypeCount> = z.object({ partnershipType: z.enum(PARTNERSHIP_TYPES).nullable(), alliances: z.number() });
const monthCountRow: RowSchema<MonthCount> = z.object({ month: z.string(), alliances: z.number() });

const ACCEPTED_OR_LATER = CONTACT_REVEALED_STATUSES;
const DECIDED = [...ACCEPTED_OR_LATER, "declined", "rejected"] as const;
const inList = (values: readonly string[]): SQL =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * One row per alliance started: the date is that of its `alliance_started` event (its last change as a
 * fallback), and the places and profiles are those of the two organisations.
 */
const ALLIANCES = sql`(
  SELECT i.id, i.outcome_partnership_type AS partnership_type,
         coalesce((SELECT min(e.created_at) FROM introduction_events e
                   WHERE e.introduction_id = i.id AND e.to_status = 'alliance_started'), i.updated_at) AS started_at,
         r.kind AS requester_kind, t.kind AS target_kind, r.themes AS requester_themes, t.themes AS target_themes,
         rc.region_code AS requester_region, tc.region_code AS target_region,
         rc.departement_code AS requester_departement, tc.departement_code AS target_departement
  FROM introductions i
  JOIN organisations r ON r.id = i.requester_organisation_id
  JOIN organisations t ON t.id = i.target_organisation_id
  JOIN communes rc ON rc.code = r.commune_code
  JOIN communes tc ON tc.code = t.commune_code
  WHERE i.status = 'alliance_started')`;

export async function getObservatoryHeadline(db: Executor): Promise<ObservatoryHeadline> {
  const [row] = await parsedRows(
    db,
    sql`SELECT count(*) FILTER (WHERE status = 'alliance_started')::int AS "alliancesStarted",
               count(*)::int AS "introductionsRequested",
               count(*) FILTER (WHERE status IN (${inList(ACCEPTED_OR_LATER)}))::int AS "accepted",
               count(*) FILTER (WHERE status IN (${inList(DECIDED)}))::int AS "decided"
        FROM introductions`,
    headlineRow,
  );
  return row ?? { alliancesStarted: 0, introductionsRequested: 0, accepted: 0, decided: 0 };
}

/** Alliances per région: an alliance between organisations of two régions counts once in each. */
export function countAlliancesByRegion(db: Executor): Promise<TerritoryCount[]> {
  return parsedRows(
    db,
    sql`SELECT g.code, g.name, count(DISTINCT a.id)::int AS alliances
        FROM ${ALLIANCES} a JOIN regions g ON g.code IN (a.requester_region, a.target_region)
        GROUP BY g.code, g.name
        ORDER BY alliances DESC, g.name`,
    territoryCountRow,
  );
}

/** Alliances per département (of one région when `regionCode` is given), counted like the régions. */
export function countAlliancesByDepartement(db: Executor, regionCode?: string): Promise<DepartementCount[]> {
  return parsedRows(
    db,
    sql`SELECT d.code, d.name, d.region_code AS "regionCode", count(DISTINCT a.id)::int AS alliances
        FROM ${ALLIANCES} a JOIN departements d ON d.code IN (a.requester_departement, a.target_departement)
        WHERE ${regionCode ? sql`d.region_code = ${regionCode}` : sql`TRUE`}
        GROUP BY d.code, d.name, d.region_code
        ORDER BY alliances DESC, d.code`,
    departementCountRow,
  );
}

export function countAlliancesByKindPair(db: Executor): Promise<KindPairCount[]> {
  return parsedRows(
    db,
    sql`SELECT least(requester_kind, target_kind) AS "kindA", greatest(requester_kind, target_kind) AS "kindB",
               count(*)::int AS alliances
        FROM ${ALLIANCES} a
        GROUP BY 1, 2
        ORDER BY alliances DESC, 1, 2`,
    kindPairCountRow,
  );
}

/** Alliances per theme of either organisation: once per alliance and theme, so the counts add up to more. */
export function countAlliancesByTheme(db: Executor): Promise<ThemeCount[]> {
  return parsedRows(
    db,
    sql`SELECT theme, count(DISTINCT a.id)::int AS alliances
        FROM ${ALLIANCES} a CROSS JOIN LATERAL unnest(a.requester_themes || a.target_themes) AS theme
        GROUP BY theme
        ORDER BY alliances DESC, theme`,
    themeCountRow,
  );
}

export function countAlliancesByPartnershipType(db: Executor): Promise<PartnershipTypeCount[]> {
  return parsedRows(
    db,
    sql`SELECT partnership_type AS "partnershipType", count(*)::int AS alliances
        FROM ${ALLIANCES} a
        GROUP BY partnership_type
        ORDER BY alliances DESC, partnership_type NULLS LAST`,
    partnershipTypeCountRow,
  );
}

/** The first day (UTC) of each of the `OBSERVATORY_MONTHS` months up to the one containing `now`. */
export function observatoryMonths(now: Date): string[] {
  return Array.from({ length: OBSERVATORY_MONTHS }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (OBSERVATORY_MONTHS - 1 - index), 1));
    return date.toISOString().slice(0, 7);
  });
}

/** Alliances started per month (UTC) over the last 24 months, months without any included. */
export async function countAlliancesByMonth(db: Executor, now: Date = new Date()): Promise<MonthCount[]> {
  const months = observatoryMonths(now);
  const from = `${months[0]}-01T00:00:00Z`;
  const rows = await parsedRows(
    db,
    sql`SELECT to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS alliances
        FROM ${ALLIANCES} a
        WHERE started_at >= ${from}::timestamptz
        GROUP BY 1`,
    monthCountRow,
  );
  const counts = new Map(rows.map((row) => [row.month, row.alliances]));
  return months.map((month) => ({ month, alliances: counts.get(month) ?? 0 }));
}

export interface Observatory {
  headline: ObservatoryHeadline;
  regions: TerritoryCount[];
  /** Départements of the chosen région; with no région chosen, the country's busiest ones. */
  departements: DepartementCount[];
  kindPairs: KindPairCount[];
  themes: ThemeCount[];
  partnershipTypes: PartnershipTypeCount[];
  months: MonthCount[];
}

/**
 * The observatory counts every introduction: counted once per version of the directory (which every introduction's
 * change moves, migration 0017), read exactly so that an alliance shows at once, and a minute at most (its months
 * move with the date).
 */
const observatoryCache = new VersionedCache<Observatory>({ maxEntries: 50, ttlMs: 60_000 });

/** The observatory's figures per région asked for (the page), counted again only after a change. */
export async function getCachedObservatory(db: Executor, options: { regionCode?: string } = {}): Promise<Observatory> {
  return observatoryCache.get(db, options.regionCode ?? "", await readDirectoryVersion(db), () => getObservatory(db, options));
}

/** Everything the observatory page shows. Sequential on purpose: PGlite serialises queries anyway. */
export async function getObservatory(db: Executor, options: { regionCode?: string; now?: Date } = {}): Promise<Observatory> {
  const headline = await getObservatoryHeadline(db);
  const regions = await countAlliancesByRegion(db);
  const departements = options.regionCode
    ? await countAlliancesByDepartement(db, options.regionCode)
    : (await countAlliancesByDepartement(db)).slice(0, TOP_DEPARTEMENTS);
  const kindPairs = await countAlliancesByKindPair(db);
  const themes = await countAlliancesByTheme(db);
  const partnershipTypes = await countAlliancesByPartnershipType(db);
  const months = await countAlliancesByMonth(db, options.now);
  return { headline, regions, departements, kindPairs, themes, partnershipTypes, months };
}

/** One dataset as a CSV file: codes for machines, French and English labels for people, the count last. */
const csvCache = new VersionedCache<{ filename: string; body: string; etag: string }>({ maxEntries: OBSERVATORY_DATASETS.length, ttlMs: 60_000 });

/** A dataset's CSV as the download serves it, with the ETag of its bytes: counted again only after a change. */
export async function getCachedObservatoryCsv(db: Executor, dataset: ObservatoryDataset): Promise<{ filename: string; body: string; etag: string }> {
  return csvCache.get(db, dataset, await readDirectoryVersion(db), async () => {
    const csv = await observatoryCsv(db, dataset);
    return { ...csv, etag: etagOf(csv.body) };
  });
}

export async function observatoryCsv(db: Executor, dataset: ObservatoryDataset, now: Date = new Date()): Promise<{ filename: string; body: string }> {
  const filename = `alliances-observatoire-${dataset}.csv`;
  const labelled = (labels: Record<string, Label>, value: string | null) => [labels[value ?? ""]?.fr ?? "", labels[value ?? ""]?.en ?? ""];
  switch (dataset) {
    case "regions": {
      const rows = await countAlliancesByRegion(db);
      return {
        filename,
        body: toCsv(
          ["region_code", "region_name", "alliances_started"],
          rows.map((row) => [row.code, row.name, row.alliances]),
        ),
      };
    }
    case "departements": {
      const rows = await countAlliancesByDepartement(db);
      return {
        filename,
        body: toCsv(
          ["departement_code", "departement_name", "region_code", "alliances_started"],
          rows.map((row) => [row.code, row.name, row.regionCode, row.alliances]),
        ),
      };
    }
    case "kind-pairs": {
      const rows = await countAlliancesByKindPair(db);
      return {
        filename,
        body: toCsv(
          ["kind_a", "kind_b", "label_fr", "label_en", "alliances_started"],
          rows.map((row) => {
            const [a, b] = [labelled(ACTOR_KIND_LABELS, row.kindA), labelled(ACTOR_KIND_LABELS, row.kindB)];
            return [row.kindA, row.kindB, `${a[0]} × ${b[0]}`, `${a[1]} × ${b[1]}`, row.alliances];
          }),
        ),
      };
    }
    case "themes": {
      const rows = await countAlliancesByTheme(db);
      return {
        filename,
        body: toCsv(
          ["theme", "label_fr", "label_en", "alliances_started"],
          rows.map((row) => [row.theme, ...labelled(THEME_LABELS, row.theme), row.alliances]),
        ),
      };
    }
    case "partnership-types": {
      const rows = await countAlliancesByPartnershipType(db);
      return {
        filename,
        body: toCsv(
          ["partnership_type", "label_fr", "label_en", "alliances_started"],
          rows.map((row) => [row.partnershipType, ...labelled(PARTNERSHIP_TYPE_LABELS, row.partnershipType), row.alliances]),
        ),
      };
    }
    case "months": {
      const rows = await countAlliancesByMonth(db, now);
      return {
        filename,
        body: toCsv(
          ["month", "alliances_started"],
          rows.map((row) => [row.month, row.alliances]),
        ),
      };
    }
  }
}
