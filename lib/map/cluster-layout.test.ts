import { describe, expect, it } from "vitest";
import { searchParamsToObject } from "@/lib/server/http/api";
import {
  MAX_VIEWPORT_PX,
  clusterCells,
  coordinateDecimals,
  gridCellSize,
  isStack,
  mapViewportSchema,
  padBoundingBox,
  viewportPixels,
  type GridCell,
  type MapClusterProperties,
} from "./cluster-layout";

const parse = (query: string) => mapViewportSchema.safeParse(searchParamsToObject(new URLSearchParams(query)));
const failing = (query: string) => {
  const result = parse(query);
  return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
};

describe("the map viewport query", () => {
  it("reads west,south,east,north, an integer zoom and the layers", () => {
    expect(parse("bbox=-5.1,41.3,9.6,51.1&zoom=6").data).toEqual({
      bbox: { west: -5.1, south: 41.3, east: 9.6, north: 51.1 },
      zoom: 6,
      layers: ["organisations", "catalysts"],
    });
    expect(parse("bbox=2,48,3,49&zoom=9&layers=catalysts").data?.layers).toEqual(["catalysts"]);
    expect(parse("bbox=2,48,3,49&zoom=9&layers=catalysts,organisations,catalysts").data?.layers).toEqual(["catalysts", "organisations"]);
  });

  it.each([
    ["zoom=6", "bbox"],
    ["bbox=1,2,3&zoom=6", "bbox"],
    ["bbox=a,b,c,d&zoom=6", "bbox"],
    ["bbox=1e3,2,3,4&zoom=6", "bbox"],
    ["bbox=0x1,2,3,4&zoom=6", "bbox"],
    ["bbox=3,48,2,49&zoom=6", "bbox"],
    ["bbox=2,49,3,48&zoom=6", "bbox"],
    ["bbox=-200,40,3,49&zoom=6", "bbox"],
    ["bbox=2,48,3,49", "zoom"],
    ["bbox=2,48,3,49&zoom=6.5", "zoom"],
    ["bbox=2,48,3,49&zoom=19", "zoom"],
    ["bbox=2,48,3,49&zoom=-1", "zoom"],
    ["bbox=2,48,3,49&zoom=abc", "zoom"],
    ["bbox=2,48,3,49&zoom=6&layers=roads", "layers"],
    // The whole world at zoom 18 would be millions of pixels wide.
    ["bbox=-180,-80,180,80&zoom=18", "bbox"],
  ])("refuses %s, naming %s", (query, parameter) => {
    expect(failing(query)).toContain(parameter);
  });

  it("measures a viewport in screen pixels", () => {
    expect(viewportPixels({ west: -180, east: 180, south: -85.05112878, north: 85.05112878 }, 0).width).toBeCloseTo(256);
    expect(viewportPixels({ west: -180, east: 180, south: -85.05112878, north: 85.05112878 }, 0).height).toBeCloseTo(256);
    const france = viewportPixels({ west: -5.5, south: 41.2, east: 9.8, north: 51.2 }, 6);
    expect(france.width).toBeGreaterThan(600);
    expect(france.width).toBeLessThan(MAX_VIEWPORT_PX);
  });

  it("pads a viewport without leaving the world, and sizes the grid to a few pixels", () => {
    expect(padBoundingBox({ west: -179.9, south: -89.9, east: 179.9, north: 89.9 }, 3, 56)).toEqual({ west: -180, south: -90, east: 180, north: 90 });
    const cell = gridCellSize({ west: 2, south: 48, east: 3, north: 49 }, 10);
    expect(cell.lon).toBeCloseTo((8 * 360) / (256 * 1024));
    expect(cell.lat).toBeLessThan(cell.lon);
    expect(coordinateDecimals(5)).toBe(3);
    expect(coordinateDecimals(18)).toBe(6);
  });
});

const cell = (lon: number, lat: number, count: number, extra: Partial<GridCell> = {}): GridCell => ({
  lon,
  lat,
  count,
  minLon: lon,
  minLat: lat,
  maxLon: lon,
  maxLat: lat,
  kinds: count === 1 ? { association: 1 } : { association: count - 1, entreprise: 1 },
  ...extra,
});

describe("clustering grid cells", () => {
  it("merges nearby cells into one cluster weighted by their counts, and keeps far ones apart", () => {
    const features = clusterCells("organisations", [cell(2.0, 48.0, 9), cell(2.01, 48.0, 1), cell(8.0, 43.0, 3)], 6);
    expect(features).toHaveLength(2);
    const merged = features.find((feature) => feature.properties.cluster && feature.properties.count === 10);
    const properties = merged?.properties as MapClusterProperties;
    expect(properties.kinds).toEqual({ association: 9, entreprise: 1 });
    // The centre is weighted by points, not by cells: 9 of the 10 points sit at 2.0.
    expect(merged?.geometry.coordinates[0]).toBeCloseTo(2.001, 3);
    expect(properties.bounds).toEqual([2, 48, 2.01, 48]);
  });

  it("turns a cell holding one organisation into a marker with its public fields", () => {
    const point = { id: "00000000-0000-0000-0000-000000000001", slug: "a", name: "A", kind: "association" as const, communeName: "Lyon" };
    const [feature] = clusterCells("organisations", [cell(4.835, 45.758, 1, { point })], 14);
    expect(feature?.properties).toEqual({ layer: "organisations", cluster: false, ...point });
    expect(feature?.geometry.coordinates).toEqual([4.835, 45.758]);
  });

  it("recognises a stack: several points at exactly one place", () => {
    const [stack] = clusterCells("organisations", [cell(4.835, 45.758, 40)], 16);
    expect(stack?.properties.cluster && isStack(stack.properties)).toBe(true);
    const [spread] = clusterCells("organisations", [cell(4.835, 45.758, 40, { maxLon: 4.9 })], 16);
    expect(spread?.properties.cluster && isStack(spread.properties)).toBe(false);
  });

  it("leaves out the per-kind breakdown of catalysts, and clusters nothing from nothing", () => {
    const [feature] = clusterCells("catalysts", [cell(2, 48, 2), cell(2.001, 48, 1)], 6);
    expect(feature?.properties).not.toHaveProperty("kinds");
    expect(clusterCells("catalysts", [], 6)).toEqual([]);
  });
});
