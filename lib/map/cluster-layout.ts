// The map's pure half: the viewport query (bbox, zoom, layers) and the assembly of SQL grid cells into
// clusters with supercluster. No db, no next: the route, the data layer, the tests and the client share it.
import Supercluster from "supercluster";
import { z } from "zod";
import { ACTOR_KINDS, type ActorKind } from "@/lib/shared/vocabulary";
import type { BoundingBox } from "@/lib/geo/distance";
import { listParameters } from "@/lib/shared/query-parameters";

export const MAP_LAYERS = ["organisations", "catalysts"] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 18;
/** Cluster radius in screen pixels (Leaflet's 256-pixel tiles): Leaflet.markercluster's default. */
export const CLUSTER_RADIUS_PX = 80;
/**
 * Half the largest marker the map draws (a 64-pixel cluster): a feature whose centre lies farther than this
 * outside the viewport cannot show in it, so it is not sent (the padding only gathers edge clusters' neighbours).
 */
export const MARKER_HALF_SIZE_PX = 32;
/**
 * Side of the SQL pre-aggregation grid, in screen pixels. Far below the cluster radius, so clusters look the same
 * as with raw points, while a viewport never yields more cells than its area in 8×8-pixel squares.
 */
export const GRID_CELL_PX = 8;
/** Largest viewport accepted, in screen pixels per side: bounds the work a single request may ask for. */
export const MAX_VIEWPORT_PX = 5_000;
/**
 * At this zoom a stack of organisations at one place (a commune's centre) lists its members. Only there, so the
 * lists never weigh on ordinary viewports: the map asks for a stack's bounds at this zoom when it is clicked.
 */
export const STACK_DETAIL_ZOOM = MAX_ZOOM;
export const STACK_ITEMS_LIMIT = 20;

const WORLD_TILE_PX = 256;

/** Web Mercator: the y of a latitude as a fraction of the world's height (0 at the top). */
function mercatorY(lat: number): number {
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

/** Where a point sits in screen pixels of the whole world at a zoom level, as Leaflet places it. */
export function worldPixel(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const world = WORLD_TILE_PX * 2 ** zoom;
  return { x: ((lon + 180) / 360) * world, y: mercatorY(lat) * world };
}

/** Size in screen pixels of a bounding box shown at a zoom level. */
export function viewportPixels(bbox: BoundingBox, zoom: number): { width: number; height: number } {
  const world = WORLD_TILE_PX * 2 ** zoom;
  return {
    width: ((bbox.east - bbox.west) / 360) * world,
    height: (mercatorY(bbox.south) - mercatorY(bbox.north)) * world,
  };
}

/** Degrees of longitude covered by one screen pixel at a zoom level. */
export function degreesPerPixel(zoom: number): number {
  return 360 / (WORLD_TILE_PX * 2 ** zoom);
}

/** The grid used to pre-aggregate points in SQL: square in screen pixels around the viewport's middle latitude. */
export function gridCellSize(bbox: BoundingBox, zoom: number): { lon: number; lat: number } {
  const lon = GRID_CELL_PX * degreesPerPixel(zoom);
  const middle = ((bbox.south + bbox.north) / 2) * (Math.PI / 180);
  return { lon, lat: lon * Math.max(0.05, Math.cos(middle)) };
}

/** The viewport widened by `pixels` on each side, so clusters at the edges gather their neighbours too. */
export function padBoundingBox(bbox: BoundingBox, zoom: number, pixels: number): BoundingBox {
  const lonPad = pixels * degreesPerPixel(zoom);
  const latPad = lonPad * Math.max(0.05, Math.cos(((bbox.south + bbox.north) / 2) * (Math.PI / 180)));
  return {
    west: Math.max(-180, bbox.west - lonPad),
    east: Math.min(180, bbox.east + lonPad),
    south: Math.max(-90, bbox.south - latPad),
    north: Math.min(90, bbox.north + latPad),
  };
}

/** Decimals worth sending for a coordinate at a zoom level: about a tenth of a pixel, never more than 6. */
export function coordinateDecimals(zoom: number): number {
  return Math.min(6, Math.max(2, Math.ceil(-Math.log10(degreesPerPixel(zoom) / 10))));
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** Four decimal numbers separated by commas, spaces allowed around each: the form the transform below reads. */
const BBOX_PATTERN = /^\s*-?\d+(\.\d+)?\s*(,\s*-?\d+(\.\d+)?\s*){3}$/;

export const bboxSchema = z
  .string({ error: "obligatoire : ouest,sud,est,nord / required: west,south,east,north" })
  // A check of its own (not inside the transform) so that the API's description carries the format.
  .regex(BBOX_PATTERN, "quatre nombres : ouest,sud,est,nord / four numbers: west,south,east,north")
  .transform((value, context) => {
    const numbers = value.split(",").map((part) => Number(part.trim()));
    const [west, south, east, north] = numbers;
    if (west === undefined || south === undefined || east === undefined || north === undefined || numbers.some((n) => !Number.isFinite(n))) {
      context.addIssue({ code: "custom", message: "quatre nombres : ouest,sud,est,nord / four numbers: west,south,east,north" });
      return z.NEVER;
    }
    if (west < -180 || east > 180 || south < -90 || north > 90) {
      context.addIssue({ code: "custom", message: "longitudes entre -180 et 180, latitudes entre -90 et 90 / out of range" });
      return z.NEVER;
    }
    if (west >= east || south >= north) {
      context.addIssue({ code: "custom", message: "ouest < est et sud < nord / west < east and south < north" });
      return z.NEVER;
    }
    return { west, south, east, north } satisfies BoundingBox;
  });

const layersSchema = z
  .preprocess((value) => (value === undefined || value === "" ? [...MAP_LAYERS] : value), z.union([z.string(), z.array(z.string())]))
  .transform((value) => [
    ...new Set(
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(","))
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.enum(MAP_LAYERS, { error: "organisations et/ou catalysts / organisations and/or catalysts" })));
listParameters.add(layersSchema, { explode: false });

/** The viewport part of GET /api/map/clusters (the filters are the directory's, parsed by their own schema). */
export const zoomSchema = z.coerce
  .number({ error: "nombre entier / integer" })
  .int("nombre entier / integer")
  .min(MIN_ZOOM, `entre ${MIN_ZOOM} et ${MAX_ZOOM} / between ${MIN_ZOOM} and ${MAX_ZOOM}`)
  .max(MAX_ZOOM, `entre ${MIN_ZOOM} et ${MAX_ZOOM} / between ${MIN_ZOOM} and ${MAX_ZOOM}`);

/** A viewport no larger than MAX_VIEWPORT_PX a side at its zoom: every viewport query of the map is bounded so. */
export function refineViewportSize(value: { bbox: BoundingBox; zoom: number }, context: z.RefinementCtx): void {
  const { width, height } = viewportPixels(value.bbox, value.zoom);
  if (width > MAX_VIEWPORT_PX || height > MAX_VIEWPORT_PX) {
    context.addIssue({
      code: "custom",
      path: ["bbox"],
      message: `zone trop grande pour ce niveau de zoom (plus de ${MAX_VIEWPORT_PX} pixels) / area too large for this zoom`,
    });
  }
}

export const mapViewportSchema = z.object({ bbox: bboxSchema, zoom: zoomSchema, layers: layersSchema }).superRefine(refineViewportSize);

export type MapViewport = z.infer<typeof mapViewportSchema>;

/** One cell of the SQL grid: the points it holds, their centroid and extent, and the point itself when alone. */
export interface GridCell {
  lon: number;
  lat: number;
  count: number;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
  /** Organisations per actor kind (organisations layer only). */
  kinds?: Partial<Record<ActorKind, number>>;
  /** The public fields of the only point of the cell (count = 1). */
  point?: MapPointProperties;
}

/** What a single marker may show: public fields only (never contacts). */
export interface MapPointProperties {
  id: string;
  slug: string;
  name: string;
  kind: ActorKind | "catalyst";
  communeName: string;
}

export interface StackItem {
  id: string;
  slug: string;
  name: string;
  kind: ActorKind | "catalyst";
}

export interface MapClusterProperties {
  layer: MapLayer;
  cluster: true;
  count: number;
  /** [west, south, east, north] of the points inside, to zoom onto them. */
  bounds: [number, number, number, number];
  kinds?: Partial<Record<ActorKind, number>>;
  /** Set when every point sits at the same place (several organisations in one commune's centre). */
  stack?: { communeCode: string; communeName: string; items: StackItem[] };
}

export interface MapSingleProperties extends MapPointProperties {
  layer: MapLayer;
  cluster: false;
}

export type MapFeature = {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: MapClusterProperties | MapSingleProperties;
};

export interface MapClustersResult {
  type: "FeatureCollection";
  zoom: number;
  bbox: [number, number, number, number];
  /** Points of each requested layer inside the viewport itself (not its padding). */
  totals: Partial<Record<MapLayer, number>>;
  features: MapFeature[];
}

interface Accumulated {
  count: number;
  // Sums of coordinates times counts: supercluster weighs its centres by input points (cells), not by weight.
  sumLon: number;
  sumLat: number;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
  kinds: Partial<Record<ActorKind, number>>;
  cellIndex: number;
}

/**
 * Clusters the grid cells of one layer at one zoom with supercluster. Cells are weighted points; only the zoom
 * asked for is indexed, since the next viewport brings its own cells.
 */
export function clusterCells(layer: MapLayer, cells: GridCell[], zoom: number): MapFeature[] {
  if (cells.length === 0) return [];
  const index = new Supercluster<Accumulated, Accumulated>({
    minZoom: zoom,
    maxZoom: zoom,
    radius: CLUSTER_RADIUS_PX,
    extent: WORLD_TILE_PX,
    map: (props) => ({ ...props, kinds: { ...props.kinds } }),
    reduce: (into, from) => {
      into.count += from.count;
      into.sumLon += from.sumLon;
      into.sumLat += from.sumLat;
      into.minLon = Math.min(into.minLon, from.minLon);
      into.minLat = Math.min(into.minLat, from.minLat);
      into.maxLon = Math.max(into.maxLon, from.maxLon);
      into.maxLat = Math.max(into.maxLat, from.maxLat);
      for (const kind of ACTOR_KINDS) {
        const add = from.kinds[kind];
        if (add) into.kinds[kind] = (into.kinds[kind] ?? 0) + add;
      }
      into.cellIndex = -1;
    },
  });
  index.load(
    cells.map((cell, cellIndex) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [cell.lon, cell.lat] },
      properties: {
        count: cell.count,
        sumLon: cell.lon * cell.count,
        sumLat: cell.lat * cell.count,
        minLon: cell.minLon,
        minLat: cell.minLat,
        maxLon: cell.maxLon,
        maxLat: cell.maxLat,
        kinds: cell.kinds ?? {},
        cellIndex,
      },
    })),
  );
  const decimals = coordinateDecimals(zoom);
  return index.getClusters([-180, -90, 180, 90], zoom).map((feature): MapFeature => {
    // Either a lone cell, with the properties it was loaded with, or merged cells with the reduced properties.
    const props = feature.properties as Accumulated;
    const single = props.count === 1 && props.cellIndex >= 0 ? cells[props.cellIndex]?.point : undefined;
    const coordinates: [number, number] = [round(props.sumLon / props.count, decimals), round(props.sumLat / props.count, decimals)];
    if (single) {
      return { type: "Feature", geometry: { type: "Point", coordinates }, properties: { layer, cluster: false, ...single } };
    }
    const properties: MapClusterProperties = {
      layer,
      cluster: true,
      count: props.count,
      // Exact (5 decimals) when the points share one place, so the map can ask for exactly that stack.
      bounds: [props.minLon, props.minLat, props.maxLon, props.maxLat].map((value) => round(value, Math.max(decimals, 5))) as [number, number, number, number],
    };
    if (layer === "organisations") properties.kinds = props.kinds;
    return { type: "Feature", geometry: { type: "Point", coordinates }, properties };
  });
}

/** A cluster whose points all sit at one place: zooming in will never split it, so its popup lists them. */
export function isStack(properties: MapClusterProperties): boolean {
  const [west, south, east, north] = properties.bounds;
  return east - west < 1e-5 && north - south < 1e-5;
}
