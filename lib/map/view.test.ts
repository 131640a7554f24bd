import { describe, expect, it } from "vitest";
import { MAX_ZOOM } from "@/lib/map/cluster-layout";
import { NETWORK_MAP_MAX_ZOOM, boundsOf, centerOf, networkMapHref, zoomToFit } from "./view";

// The address format /map reads (app/(public)/map/leaflet-map.tsx, viewFromHash).
const NETWORK_MAP_HASH = /^\/map#(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/;

describe("boundsOf", () => {
  it("holds every point and skips invalid ones", () => {
    const box = boundsOf([
      { lat: 45.76, lon: 4.84 },
      { lat: 43.3, lon: 5.37 },
      { lat: Number.NaN, lon: 0 },
      { lat: 48.86, lon: 2.35 },
    ]);
    expect(box).toEqual({ south: 43.3, west: 2.35, north: 48.86, east: 5.37 });
  });

  it("is null for no point", () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe("zoomToFit", () => {
  it("shows mainland France at about zoom 5 to 6 on a desktop-sized view, like Leaflet's fitBounds", () => {
    const mainland = { south: 41.3, west: -5.2, north: 51.1, east: 9.6 };
    expect(zoomToFit(mainland, 1000, 600)).toBe(5);
    expect(zoomToFit(mainland, 2000, 1200)).toBe(6);
  });

  it("zooms in on a département and caps a single point", () => {
    const rhone = { south: 45.45, west: 4.24, north: 46.31, east: 5.16 };
    expect(zoomToFit(rhone, 700, 340)).toBe(8);
    const point = { south: 45.76, west: 4.84, north: 45.76, east: 4.84 };
    expect(zoomToFit(point, 700, 340)).toBe(NETWORK_MAP_MAX_ZOOM);
    expect(zoomToFit(point, 700, 340, { maxZoom: 11 })).toBe(11);
  });

  it("never goes below the smallest zoom", () => {
    expect(zoomToFit({ south: -60, west: -170, north: 70, east: 170 }, 300, 200)).toBe(3);
  });
});

describe("networkMapHref", () => {
  it("writes the position in the hash format the network map reads", () => {
    const href = networkMapHref({ lat: 45.764043, lon: 4.835659 }, 12);
    expect(href).toBe("/map#12/45.7640/4.8357");
    expect(href).toMatch(NETWORK_MAP_HASH);
  });

  it("keeps every input inside what the map accepts", () => {
    for (const [lat, lon, zoom] of [
      [-21.1151, 55.5364, 40],
      [95, -200, -3],
      [Number.NaN, Number.POSITIVE_INFINITY, Number.NaN],
    ] as const) {
      const match = NETWORK_MAP_HASH.exec(networkMapHref({ lat, lon }, zoom));
      expect(match).not.toBeNull();
      const [level, y, x] = [Number(match![1]), Number(match![2]), Number(match![3])];
      expect(level).toBeGreaterThanOrEqual(3);
      expect(level).toBeLessThanOrEqual(MAX_ZOOM);
      expect(Math.abs(y)).toBeLessThanOrEqual(85);
      expect(Math.abs(x)).toBeLessThanOrEqual(180);
    }
  });

  it("agrees with the network map's own zoom limit", () => {
    expect(NETWORK_MAP_MAX_ZOOM).toBe(MAX_ZOOM);
  });
});

describe("centerOf", () => {
  it("is the middle on screen (Web Mercator), a little north of the middle in degrees", () => {
    const center = centerOf({ south: 41.3, west: -5.2, north: 51.1, east: 9.6 });
    expect(center.lon).toBeCloseTo(2.2, 6);
    expect(center.lat).toBeGreaterThan(46.2);
    expect(center.lat).toBeLessThan(46.6);
  });
});
