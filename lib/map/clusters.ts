// The map's data: clusters and markers of published organisations and catalysts for one viewport (the GeoJSON
// export is lib/open-data/geojson.ts). Points are pre-aggregated in SQL on a fine grid (index-backed box search), then clustered by
// supercluster, so a request's cost follows the viewport's pixels, not the number of rows. Public fields only.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { ACTOR_KINDS } from "@/lib/shared/vocabulary";
import type { OrganisationFilters } from "@/lib/organisations/filters";
import { organisationFilterConditions, summaryConditions, territoryConditions } from "@/lib/organisations/filter-sql";
import { LONGITUDE_SCALE, planarBoxesAround, type BoundingBox, type LatLon } from "@/lib/geo/distance";
import { haversineKmSql } from "@/lib/geo/sql";
import { findCommuneByCode } from "@/lib/territories/territories";
import { VersionedCache } from "@/lib/server/versioned-cache";
import {
  CLUSTER_RADIUS_PX,
  MAP_LAYERS,
  MARKER_HALF_SIZE_PX,
  STACK_DETAIL_ZOOM,
  STACK_ITEMS_LIMIT,
  clusterCells,
  gridCellSize,
  isStack,
  padBoundingBox,
  type GridCell,
  type MapClusterProperties,
  type MapClustersResult,
  type MapFeature,
  type MapLayer,
} from "@/lib/map/cluster-layout";

export type MapFilters = Partial<OrganisationFilters>;

export interface MapClustersQuery {
  bbox: BoundingBox;
  zoom: number;
  filters?: MapFilters;
  layers?: readonly MapLayer[];
  /** Pixels added around the viewport so edge clusters gather their neighbours (0 in exact-count tests). */
  paddingPx?: number;
}

const planarBox = (box: BoundingBox) =>
  sql`box(point(${box.west * LONGITUDE_SCALE}::float8, ${box.south}::float8), point(${box.east * LONGITUDE_SCALE}::float8, ${box.north}::float8))`;

/** The latitude/longitude box around a radius, from the exact planar boxes (joined when split at 180°). */
function radiusBoundingBox(centre: LatLon, radiusKm: number): BoundingBox {
  const boxes = planarBoxesAround(centre, radiusKm);
  return {
    west: Math.min(...boxes.map((box) => box.minX)) / LONGITUDE_SCALE,
    east: Math.max(...boxes.map((box) => box.maxX)) / LONGITUDE_SCALE,
    south: Math.min(...boxes.map((box) => box.minY)),
    north: Math.max(...boxes.map((box) => box.maxY)),
  };
}

/** The centre of a "near" filter: a commune's point or lat/lon; null when none is asked, "unknown" for a bad commune. */
async function resolveCentre(db: Executor, filters: MapFilters): Promise<LatLon | null | "unknown"> {
  if (filters.near) {
    const commune = await findCommuneByCode(db, filters.near);
    return commune ? { lat: commune.lat, lon: commune.lon } : "unknown";
  }
  if (filters.lat !== undefined && filters.lon !== undefined) return { lat: filters.lat, lon: filters.lon };
  return null;
}

function intersect(a: BoundingBox, b: BoundingBox): BoundingBox | null {
  const box = { west: Math.max(a.west, b.west), east: Math.min(a.east, b.east), south: Math.max(a.south, b.south), north: Math.min(a.north, b.north) };
  return box.west <= box.east && box.south <= box.north ? box : null;
}

const cellRow = z.object({
  count: z.number(),
  inside: z.number(),
  lon: z.number(),
  lat: z.number(),
  minLon: z.number(),
  minLat: z.number(),
  maxLon: z.number(),
  maxLat: z.number(),
  kinds: z.partialRecord(z.enum(ACTOR_KINDS), z.number()).nullable(),
  id: z.string().nullable(),
  slug: z.string().nullable(),
  name: z.string().nullable(),
  // 'catalyst' on the catalysts layer.
  kind: z.union([z.enum(ACTOR_KINDS), z.literal("catalyst")]).nullable(),
  communeName: z.string().nullable(),
});

const kindCounts = sql.join(
  ACTOR_KINDS.map((kind) => sql`count(*) FILTER (WHERE kind = ${kind})::int AS ${sql.identifier(`k_${kind}`)}`),
  sql`, `,
);
const weightedKindCounts = sql.join(
  ACTOR_KINDS.map((kind) => sql`coalesce(sum(weight) FILTER (WHERE kind = ${kind}), 0)::int AS ${sql.identifier(`k_${kind}`)}`),
  sql`, `,
);
const kindsObject = sql.raw(`jsonb_strip_nulls(jsonb_build_object(${ACTOR_KINDS.map((kind) => `'${kind}', nullif(k_${kind}, 0)`).join(", ")}))`);

/** A layer's conditions on its rows (alias `o`), and on the summary of positions (alias `p`) when it can answer. */
interface LayerConditions {
  conditions: SQL[];
  summary: SQL[] | null;
}

/**
 * Grid cells of one layer inside `area` (the whole world when null): count, centroid, extent, per-kind counts,
 * and the lone point's public fields when a cell holds one. `inside` counts the points within `viewport`.
 */
async function loadCells(
  db: Executor,
  layer: MapLayer,
  area: BoundingBox | null,
  viewport: BoundingBox | null,
  zoom: number,
  { conditions, summary }: LayerConditions,
): Promise<(GridCell & { inside: number })[]> {
  const cell = gridCellSize(area ?? FRANCE, zoom);
  const isOrganisations = layer === "organisations";
  const table = sql.raw(isOrganisations ? "organisations o" : "catalysts o");
  const kindColumn = sql.raw(isOrganisations ? "o.kind" : "'catalyst'::text");
  const inViewport = viewport
    ? sql`lon BETWEEN ${viewport.west}::float8 AND ${viewport.east}::float8 AND lat BETWEEN ${viewport.south}::float8 AND ${viewport.north}::float8`
    : null;
  const grouping = sql`GROUP BY floor(lon / ${cell.lon}::float8), floor(lat / ${cell.lat}::float8)`;
  const query = summary
    ? // From the summary of positions: each row stands for `count` organisations at one place; a cell of one
      // organisation looks it up at its exact place (an index probe on a zero-size box).
      sql`WITH points AS (
          SELECT p.kind, p.lon, p.lat, p.count AS weight
          FROM map_positions p
          WHERE ${area ? sql`p.geo <@ ${planarBox(area)}` : sql`true`} AND ${sql.join(summary, sql` AND `)}
        ),
        cells AS (
          SELECT sum(weight)::int AS count, ${inViewport ? sql`coalesce(sum(weight) FILTER (WHERE ${inViewport}), 0)::int` : sql`0`} AS inside,
                 sum(lon * weight) / sum(weight) AS lon, sum(lat * weight) / sum(weight) AS lat,
                 min(lon) AS "minLon", min(lat) AS "minLat", max(lon) AS "maxLon", max(lat) AS "maxLat",
                 ${weightedKindCounts}
          FROM points
          ${grouping}
        )
        SELECT cells.count, cells.inside, cells.lon, cells.lat, cells."minLon", cells."minLat", cells."maxLon", cells."maxLat",
               ${kindsObject} AS kinds, o.id, o.slug, o.name, o.kind, c.name AS "communeName"
        FROM cells
        LEFT JOIN LATERAL (
          SELECT o.id, o.slug, o.name, o.kind, o.commune_code FROM organisations o
          WHERE cells.count = 1
            AND o.geo <@ box(point(cells."minLon" * ${LONGITUDE_SCALE}::float8 - 1e-9, cells."minLat" - 1e-9),
                             point(cells."maxLon" * ${LONGITUDE_SCALE}::float8 + 1e-9, cells."maxLat" + 1e-9))
            AND ${sql.join(conditions, sql` AND `)}
          LIMIT 1
        ) o ON true
        LEFT JOIN communes c ON c.code = o.commune_code`
    : sql`WITH points AS (
          SELECT o.id, ${kindColumn} AS kind, o.lon, o.lat
          FROM ${table}
          WHERE ${area ? sql`o.geo <@ ${planarBox(area)}` : sql`true`} AND ${sql.join(conditions, sql` AND `)}
        ),
        cells AS (
          SELECT count(*)::int AS count, ${inViewport ? sql`count(*) FILTER (WHERE ${inViewport})::int` : sql`0`} AS inside,
                 avg(lon) AS lon, avg(lat) AS lat,
                 min(lon) AS "minLon", min(lat) AS "minLat", max(lon) AS "maxLon", max(lat) AS "maxLat",
                 ${kindCounts},
                 min(id::text) AS only_id
          FROM points
          ${grouping}
        )
        SELECT cells.count, cells.inside, cells.lon, cells.lat, cells."minLon", cells."minLat", cells."maxLon", cells."maxLat",
               ${isOrganisations ? kindsObject : sql`NULL`} AS kinds,
               o.id, o.slug, o.name, ${kindColumn} AS kind, c.name AS "communeName"
        FROM cells
        LEFT JOIN ${table} ON cells.count = 1 AND o.id = cells.only_id::uuid
        LEFT JOIN communes c ON c.code = o.commune_code`;
  // The planner cannot estimate how many points a box holds and picks a sort that spills to disk; a bigger
  // work_mem for this one statement lets it hash the cells in memory.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    return parsedRows(tx, query, cellRow);
  });
  return rows.map((row) => {
    const gridCell: GridCell & { inside: number } = {
      count: row.count,
      inside: row.inside,
      lon: Number(row.lon),
      lat: Number(row.lat),
      minLon: Number(row.minLon),
      minLat: Number(row.minLat),
      maxLon: Number(row.maxLon),
      maxLat: Number(row.maxLat),
    };
    if (isOrganisations) gridCell.kinds = row.kinds ?? {};
    if (row.count === 1 && row.id && row.slug && row.name && row.kind) {
      gridCell.point = { id: row.id, slug: row.slug, name: row.name, kind: row.kind, communeName: row.communeName ?? "" };
    }
    return gridCell;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Country- and region-level views read most published organisations, which no index can narrow: their cells are computed
// for the whole world once per zoom and filter set, kept a few minutes, and cut to each viewport in memory.

/** Up to this zoom a viewport shows a large part of France: cells come from the whole-world cache. */
export const CACHED_MAX_ZOOM = 9;
const FRANCE: BoundingBox = { west: -5.5, south: 41.2, east: 9.8, north: 51.2 };

// Per database (test lanes and scripts open several), a few minutes per zoom and filter set, at most 64 of them.
const worldCells = new VersionedCache<GridCell[]>({ maxEntries: 64, ttlMs: 5 * 60_000 });

function cachedWorldCells(db: Executor, layer: MapLayer, zoom: number, filters: MapFilters, conditions: LayerConditions): Promise<GridCell[]> {
  return worldCells.get(db, JSON.stringify([layer, zoom, filters]), "", () => loadCells(db, layer, null, null, zoom, conditions));
}

const within = (lon: number, lat: number, box: BoundingBox) => lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;

/** Cells of the viewport (with its padding) and the number of points in the viewport itself. */
async function viewportCells(
  db: Executor,
  layer: MapLayer,
  area: BoundingBox,
  viewport: BoundingBox,
  zoom: number,
  filters: MapFilters,
  conditions: LayerConditions,
  nearCentre: boolean,
): Promise<{ cells: GridCell[]; inside: number }> {
  if (zoom <= CACHED_MAX_ZOOM && !nearCentre) {
    const world = await cachedWorldCells(db, layer, zoom, filters, conditions);
    const cells = world.filter((cell) => within(cell.lon, cell.lat, area));
    // A cell is about 8 pixels wide: counting it whole when its centre is in view is exact to the pixel.
    const inside = cells.reduce((sum, cell) => sum + (within(cell.lon, cell.lat, viewport) ? cell.count : 0), 0);
    return { cells, inside };
  }
  const cells = await loadCells(db, layer, area, viewport, zoom, conditions);
  return { cells, inside: cells.reduce((sum, cell) => sum + cell.inside, 0) };
}

const stackRow = z.object({
  stack: z.number(),
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.union([z.enum(ACTOR_KINDS), z.literal("catalyst")]),
  communeCode: z.string(),
  communeName: z.string(),
});

/** The first organisations (or catalysts) of each stack, by name, in one index-backed query. */
async function loadStacks(db: Executor, layer: MapLayer, stacks: MapFeature[], conditions: SQL[]): Promise<void> {
  if (stacks.length === 0) return;
  const isOrganisations = layer === "organisations";
  const table = sql.raw(isOrganisations ? "organisations o" : "catalysts o");
  const places = sql.join(
    stacks.map((feature, index) => {
      const [west, south, east, north] = (feature.properties as MapClusterProperties).bounds;
      return sql`(${index}::int, ${west - 1e-5}::float8, ${south - 1e-5}::float8, ${east + 1e-5}::float8, ${north + 1e-5}::float8)`;
    }),
    sql`, `,
  );
  const rows = await parsedRows(
    db,
    sql`SELECT s.stack, p.id, p.slug, p.name, p.kind, p."communeCode", p."communeName"
        FROM (VALUES ${places}) AS s(stack, west, south, east, north)
        CROSS JOIN LATERAL (
          SELECT o.id, o.slug, o.name, ${sql.raw(isOrganisations ? "o.kind" : "'catalyst'::text")} AS kind,
                 o.commune_code AS "communeCode", c.name AS "communeName"
          FROM ${table} JOIN communes c ON c.code = o.commune_code
          WHERE o.geo <@ box(point(s.west * ${LONGITUDE_SCALE}, s.south), point(s.east * ${LONGITUDE_SCALE}, s.north))
            AND ${sql.join(conditions, sql` AND `)}
          ORDER BY o.name, o.id
          LIMIT ${STACK_ITEMS_LIMIT}
        ) p
        ORDER BY s.stack, p.name, p.id`,
    stackRow,
  );
  for (const row of rows) {
    const properties = stacks[row.stack]?.properties as MapClusterProperties | undefined;
    if (!properties) continue;
    properties.stack ??= { communeCode: row.communeCode, communeName: row.communeName, items: [] };
    properties.stack.items.push({ id: row.id, slug: row.slug, name: row.name, kind: row.kind });
  }
}

/** `useSummary: false` reads the organisations themselves, as when filters need them (tests compare both ways). */
export async function getMapClusters(db: Executor, query: MapClustersQuery, { useSummary = true } = {}): Promise<MapClustersResult> {
  const { bbox, zoom } = query;
  const filters = query.filters ?? {};
  const layers = MAP_LAYERS.filter((layer) => (query.layers ?? MAP_LAYERS).includes(layer));
  const result: MapClustersResult = {
    type: "FeatureCollection",
    zoom,
    bbox: [bbox.west, bbox.south, bbox.east, bbox.north],
    totals: Object.fromEntries(layers.map((layer) => [layer, 0])),
    features: [],
  };
  let area: BoundingBox | null = padBoundingBox(bbox, zoom, query.paddingPx ?? CLUSTER_RADIUS_PX);
  let viewport: BoundingBox | null = bbox;
  const extra: SQL[] = [];
  const centre = await resolveCentre(db, filters);
  if (centre === "unknown") return result;
  if (centre) {
    const radiusKm = filters.radius ?? 10;
    const around = radiusBoundingBox(centre, radiusKm);
    area = intersect(area, around);
    viewport = intersect(viewport, around);
    extra.push(sql`${haversineKmSql("o", centre)} <= ${radiusKm}::float8`);
  }
  if (!area || !viewport) return result;

  for (const layer of layers) {
    const rows = [sql`true`, ...(layer === "organisations" ? organisationFilterConditions(filters) : territoryConditions("o", filters)), ...extra];
    const conditions: LayerConditions = {
      conditions: rows,
      summary: layer === "organisations" && useSummary ? summaryConditions(filters, centre, filters.radius ?? 10) : null,
    };
    const { cells, inside } = await viewportCells(db, layer, area, viewport, zoom, filters, conditions, centre !== null);
    result.totals[layer] = inside;
    const visible = padBoundingBox(viewport, zoom, MARKER_HALF_SIZE_PX);
    const features = clusterCells(layer, cells, zoom).filter(({ geometry: { coordinates } }) => within(coordinates[0], coordinates[1], visible));
    if (zoom >= STACK_DETAIL_ZOOM) {
      const stacks = features.filter((feature) => feature.properties.cluster && isStack(feature.properties));
      await loadStacks(db, layer, stacks, rows);
    }
    result.features.push(...features);
  }
  return result;
}
