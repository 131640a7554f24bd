// The back-office's downloads of published data: catalysts with their coverage, published organisations with
// their needs and offers, as CSV for spreadsheets (semicolon, UTF-8 with BOM) and as JSON. Streamed page by page.
// No contact person, e-mail or phone, not even for admins: a file travels further than a screen, and admins read
// contact details one at a time in the back-office (docs/permissions.md).
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor } from "@/db/client";
import { COVERAGE_KINDS, NEED_OFFER_DIRECTIONS } from "@/lib/shared/vocabulary";
import { coverageJson } from "@/lib/catalysts/coverage-sql";
import { jsonArrayChunks, keysetPages } from "@/lib/open-data/keyset-pages";
import { FRENCH_SPREADSHEET, UTF8_BOM, csvLine, type CsvValue } from "@/lib/shared/csv";
import type { Viewer } from "@/lib/auth/viewer";
import { requireAdmin } from "./access";

export const ADMIN_EXPORT_FILES = ["catalysts.csv", "catalysts.json", "organisations.csv", "organisations.json", "needs-offers.csv"] as const;
export type AdminExportFile = (typeof ADMIN_EXPORT_FILES)[number];

export function isAdminExportFile(value: string): value is AdminExportFile {
  return (ADMIN_EXPORT_FILES as readonly string[]).includes(value);
}

export interface AdminExport {
  filename: string;
  contentType: string;
  chunks: AsyncGenerator<string>;
}

const after = (column: string, afterId: string | null) => (afterId ? sql`AND ${sql.raw(column)} > ${afterId}::uuid` : sql``);
const list = (values: readonly (string | number)[] | null) => (values ?? []).join(", ");

/** Where a catalyst or an organisation is: its commune (alias c) and point. A row of placeColumns. */
const placeRow = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  departementCode: z.string(),
  regionCode: z.string(),
  lat: z.number(),
  lon: z.number(),
});
type Place = z.infer<typeof placeRow>;

const placeColumns = (alias: string) =>
  sql.raw(
    `${alias}.commune_code AS "communeCode", c.name AS "communeName", c.departement_code AS "departementCode", c.region_code AS "regionCode", ${alias}.lat, ${alias}.lon`,
  );
const PLACE_COLUMNS = ["commune_code", "commune_name", "departement_code", "region_code", "latitude", "longitude"];
const placeCells = (row: Place): CsvValue[] => [row.communeCode, row.communeName, row.departementCode, row.regionCode, Number(row.lat), Number(row.lon)];

// ---------------------------------------------------------------------------------------------------------
// Catalysts

/** An element of coverageJson (lib/catalysts/coverage-sql.ts). */
const coverageItemRow = z.object({ kind: z.enum(COVERAGE_KINDS), code: z.string(), name: z.string().nullable() });
type CoverageItem = z.infer<typeof coverageItemRow>;

const catalystRow = placeRow.extend({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  hostName: z.string(),
  hostKind: z.string(),
  trades: z.array(z.string()),
  description: z.string(),
  website: z.string().nullable(),
  charterSignedOn: z.string().nullable(),
  externalId: z.string().nullable(),
  staffCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  coverage: z.array(coverageItemRow),
});
type CatalystRow = z.infer<typeof catalystRow>;

function catalystPage(db: Executor, afterId: string | null, limit: number): Promise<CatalystRow[]> {
  return parsedRows(
    db,
    sql`SELECT k.id, k.slug, k.name, k.host_name AS "hostName", k.host_kind AS "hostKind", k.trades, k.description, k.website,
               k.charter_signed_on AS "charterSignedOn", ${placeColumns("k")}, k.external_id AS "externalId",
               (SELECT count(*)::int FROM catalyst_staff s WHERE s.catalyst_id = k.id) AS "staffCount",
               ${isoTimestamp("k.created_at")} AS "createdAt",
               ${isoTimestamp("k.updated_at")} AS "updatedAt",
               ${coverageJson("k")} AS coverage
        FROM catalysts k JOIN communes c ON c.code = k.commune_code
        WHERE true ${after("k.id", afterId)}
        ORDER BY k.id
        LIMIT ${limit}`,
    catalystRow,
  );
}

const CATALYST_COLUMNS = [
  "id",
  "slug",
  "name",
  "host_name",
  "host_kind",
  "trades",
  "description",
  "website",
  "charter_signed_on",
  ...PLACE_COLUMNS,
  "coverage_departements",
  "coverage_intercommunalities",
  "coverage_communes",
  "coverage_names",
  "staff_count",
  "external_id",
  "created_at",
  "updated_at",
];

function catalystCells(row: CatalystRow): CsvValue[] {
  const coverage = row.coverage;
  const codes = (kind: CoverageItem["kind"]) => list(coverage.filter((item) => item.kind === kind).map((item) => item.code));
  return [
    row.id,
    row.slug,
    row.name,
    row.hostName,
    row.hostKind,
    list(row.trades),
    row.description,
    row.website,
    row.charterSignedOn,
    ...placeCells(row),
    codes("departement"),
    codes("intercommunality"),
    codes("commune"),
    list(coverage.map((item) => item.name ?? item.code)),
    row.staffCount,
    row.externalId,
    row.createdAt,
    row.updatedAt,
  ];
}

function catalystObject(row: CatalystRow) {
  const { lat, lon, coverage, ...rest } = row;
  return { ...rest, latitude: Number(lat), longitude: Number(lon), coverage };
}

// ---------------------------------------------------------------------------------------------------------
// Organisations, needs and offers

const needOfferItemRow = z.object({
  id: z.string(),
  direction: z.enum(NEED_OFFER_DIRECTIONS),
  resourceKind: z.string(),
  title: z.string(),
  description: z.string(),
  themes: z.array(z.string()),
  horizon: z.string(),
  status: z.string(),
});
type NeedOfferItem = z.infer<typeof needOfferItemRow>;

const organisationRow = placeRow.extend({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  collectiviteLevel: z.string().nullable(),
  companySize: z.string().nullable(),
  isEss: z.boolean(),
  isSiae: z.boolean(),
  isMissionCompany: z.boolean(),
  siren: z.string().nullable(),
  siret: z.string().nullable(),
  rna: z.string().nullable(),
  themes: z.array(z.string()),
  odd: z.array(z.number()),
  objectives: z.array(z.string()),
  description: z.string(),
  website: z.string().nullable(),
  charterSignedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  externalId: z.string().nullable(),
  needsOffers: z.array(needOfferItemRow),
});
type OrganisationRow = z.infer<typeof organisationRow>;

function organisationPage(db: Executor, afterId: string | null, limit: number): Promise<OrganisationRow[]> {
  return parsedRows(
    db,
    sql`SELECT o.id, o.slug, o.name, o.kind, o.collectivite_level AS "collectiviteLevel", o.company_size AS "companySize",
               o.is_ess AS "isEss", o.is_siae AS "isSiae", o.is_mission_company AS "isMissionCompany", o.siren, o.siret, o.rna,
               ${placeColumns("o")}, o.themes, o.odd, o.objectives, o.description, o.website,
               ${isoTimestamp("o.charter_signed_at")} AS "charterSignedAt",
               ${isoTimestamp("o.published_at")} AS "publishedAt",
               ${isoTimestamp("o.updated_at")} AS "updatedAt",
               o.external_id AS "externalId",
               coalesce((SELECT jsonb_agg(jsonb_build_object('id', n.id, 'direction', n.direction, 'resourceKind', n.resource_kind,
                          'title', n.title, 'description', n.description, 'themes', n.themes, 'horizon', n.horizon, 'status', n.status)
                          ORDER BY n.direction, n.created_at, n.id)
                         FROM needs_offers n WHERE n.organisation_id = o.id), '[]'::jsonb) AS "needsOffers"
        FROM organisations o JOIN communes c ON c.code = o.commune_code
        WHERE o.status = 'published' ${after("o.id", afterId)}
        ORDER BY o.id
        LIMIT ${limit}`,
    organisationRow,
  );
}

const ORGANISATION_COLUMNS = [
  "id",
  "slug",
  "name",
  "kind",
  "collectivite_level",
  "company_size",
  "is_ess",
  "is_siae",
  "is_mission_company",
  "siren",
  "siret",
  "rna",
  ...PLACE_COLUMNS,
  "themes",
  "odd",
  "objectives",
  "description",
  "website",
  "open_needs",
  "open_offers",
  "needs_offers_count",
  "charter_signed_at",
  "published_at",
  "updated_at",
  "external_id",
];

function organisationCells(row: OrganisationRow): CsvValue[] {
  const items = row.needsOffers;
  const open = (direction: NeedOfferItem["direction"]) =>
    list([...new Set(items.filter((item) => item.direction === direction && item.status === "open").map((item) => item.resourceKind))]);
  return [
    row.id,
    row.slug,
    row.name,
    row.kind,
    row.collectiviteLevel,
    row.companySize,
    row.isEss,
    row.isSiae,
    row.isMissionCompany,
    row.siren,
    row.siret,
    row.rna,
    ...placeCells(row),
    list(row.themes),
    list(row.odd),
    list(row.objectives),
    row.description,
    row.website,
    open("need"),
    open("offer"),
    items.length,
    row.charterSignedAt,
    row.publishedAt,
    row.updatedAt,
    row.externalId,
  ];
}

function organisationObject(row: OrganisationRow) {
  const { lat, lon, needsOffers, ...rest } = row;
  return { ...rest, latitude: Number(lat), longitude: Number(lon), needsOffers };
}

const NEED_OFFER_COLUMNS = [
  "id",
  "organisation_id",
  "organisation_slug",
  "organisation_name",
  "direction",
  "resource_kind",
  "title",
  "description",
  "themes",
  "horizon",
  "status",
];

function needOfferRows(row: OrganisationRow): CsvValue[][] {
  return row.needsOffers.map((item) => [
    item.id,
    row.id,
    row.slug,
    row.name,
    item.direction,
    item.resourceKind,
    item.title,
    item.description,
    list(item.themes),
    item.horizon,
    item.status,
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Files

async function* csvChunks<Row>(header: string[], pages: AsyncIterable<Row[]>, rowsOf: (row: Row) => CsvValue[][]): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(header, FRENCH_SPREADSHEET);
  for await (const rows of pages)
    yield rows
      .flatMap(rowsOf)
      .map((cells) => csvLine(cells, FRENCH_SPREADSHEET))
      .join("");
}

async function* jsonChunks<Row>(key: string, pages: AsyncIterable<Row[]>, toItem: (row: Row) => unknown, now: Date): AsyncGenerator<string> {
  yield `{"exportedAt":${JSON.stringify(now.toISOString())},${JSON.stringify(key)}:`;
  yield* jsonArrayChunks(pages, toItem);
  yield "}";
}

/**
 * One of the back-office's downloads. Refuses anyone but an admin (ForbiddenError) before any row is read: the
 * check runs here, not inside the generator, which would only run once the response is being sent.
 */
export function adminExport(db: Executor, viewer: Viewer | null, file: AdminExportFile, now = new Date()): AdminExport {
  requireAdmin(viewer);
  const day = now.toISOString().slice(0, 10);
  const filename = `alliances-${file.replace(/\.(csv|json)$/, "")}-${day}.${file.endsWith(".csv") ? "csv" : "json"}`;
  const catalysts = () =>
    keysetPages(
      (afterId, limit) => catalystPage(db, afterId, limit),
      (row) => row.id,
    );
  const organisations = () =>
    keysetPages(
      (afterId, limit) => organisationPage(db, afterId, limit),
      (row) => row.id,
    );
  const csv = (chunks: AsyncGenerator<string>) => ({ filename, contentType: "text/csv; charset=utf-8", chunks });
  const json = (chunks: AsyncGenerator<string>) => ({ filename, contentType: "application/json; charset=utf-8", chunks });
  switch (file) {
    case "catalysts.csv":
      return csv(csvChunks(CATALYST_COLUMNS, catalysts(), (row) => [catalystCells(row)]));
    case "catalysts.json":
      return json(jsonChunks("catalysts", catalysts(), catalystObject, now));
    case "organisations.csv":
      return csv(csvChunks(ORGANISATION_COLUMNS, organisations(), (row) => [organisationCells(row)]));
    case "organisations.json":
      return json(jsonChunks("organisations", organisations(), organisationObject, now));
    case "needs-offers.csv":
      return csv(csvChunks(NEED_OFFER_COLUMNS, organisations(), needOfferRows));
  }
}

/** How many rows each download holds, for the exports page. */
export async function adminExportCounts(db: Executor, viewer: Viewer | null): Promise<{ catalysts: number; organisations: number; needsOffers: number }> {
  requireAdmin(viewer);
  const [row] = await parsedRows(
    db,
    sql`SELECT (SELECT count(*)::int FROM catalysts) AS catalysts,
               (SELECT count(*)::int FROM organisations WHERE status = 'published') AS organisations,
               (SELECT count(*)::int FROM needs_offers n JOIN organisations o ON o.id = n.organisation_id WHERE o.status = 'published') AS "needsOffers"`,
    z.object({ catalysts: z.number(), organisations: z.number(), needsOffers: z.number() }),
  );
  return row!;
}
