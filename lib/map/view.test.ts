import { describe, expect, it } from "vitest";
import { MAX_ZOOM } from "@/lib/map/cluster-layout";
import { COMMUNE_ZOOM, NETWORK_MAP_MAX_ZOOM, TERRITORY_VIEWS, boundsOf, centerOf, networkMapHref, parseNetworkMapHash, zoomToFit } from "./view";

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

describe("parseNetworkMapHash", () => {
  it("reads what networkMapHref writes", () => {
    const href = networkMapHref({ lat: -21.12, lon: 55.53 }, 9);
    expect(parseNetworkMapHash(href.slice("/map".length))).toEqual({ zoom: 9, lat: -21.12, lon: 55.53 });
  });

  it("refuses what is no position of the map", () => {
    for (const hash of ["", "#", "#main", "#2/46/2", "#19/46/2", "#6/86/2", "#6/46/181", "#6/46", "#6/4a/2", "#6/46/2/1"]) {
      expect(parseNetworkMapHash(hash), hash).toBeNull();
    }
  });
});

describe("the map's territory shortcuts", () => {
  // Each territory's extent, written out by hand (outermost communes, small islands included).
  const EXTENTS: Record<string, { south: number; west: number; north: number; east: number }> = {
    mainland: { south: 42.3, west: -4.8, north: 51.1, east: 8.3 },
    guadeloupe: { south: 15.83, west: -61.81, north: 16.52, east: -61.0 },
    martinique: { south: 14.39, west: -61.23, north: 14.88, east: -60.81 },
    guyane: { south: 2.11, west: -54.6, north: 5.75, east: -51.63 },
    reunion: { south: -21.39, west: 55.21, north: -20.87, east: 55.84 },
    mayotte: { south: -13.0, west: 45.02, north: -12.64, east: 45.3 },
  };
  // A phone's map: the panel above it, the screen's width.
  const PHONE = { width: 340, height: 320 };

  it("name mainland France and the five overseas départements, once each", () => {
    expect(TERRITORY_VIEWS.map((view) => view.id)).toEqual(["mainland", "guadeloupe", "martinique", "guyane", "reunion", "mayotte"]);
    expect(TERRITORY_VIEWS.map((view) => view.departementCode)).toEqual([null, "971", "972", "973", "974", "976"]);
  });

  it.each(TERRITORY_VIEWS.map((view) => [view.id, view] as const))("%s: centred on the territory, all of it on a phone's map", (id, view) => {
    const extent = EXTENTS[id]!;
    expect(view.center.lat).toBeGreaterThan(extent.south);
    expect(view.center.lat).toBeLessThan(extent.north);
    expect(view.center.lon).toBeGreaterThan(extent.west);
    expect(view.center.lon).toBeLessThan(extent.east);
    // Centred, the view holds the extent when it holds twice the larger half on each axis.
    const half = {
      lat: Math.max(view.center.lat - extent.south, extent.north - view.center.lat),
      lon: Math.max(view.center.lon - extent.west, extent.east - view.center.lon),
    };
    const centred = {
      south: view.center.lat - half.lat,
      north: view.center.lat + half.lat,
      west: view.center.lon - half.lon,
      east: view.center.lon + half.lon,
    };
    expect(view.zoom).toBeLessThanOrEqual(zoomToFit(centred, PHONE.width, PHONE.height));
    // And not so far out that the territory is a dot (at most two levels below what would fit).
    expect(view.zoom).toBeGreaterThanOrEqual(zoomToFit(centred, PHONE.width, PHONE.height) - 2);
  });

  it("give links the map reads back", () => {
    for (const view of TERRITORY_VIEWS) {
      const href = networkMapHref(view.center, view.zoom);
      expect(href).toMatch(NETWORK_MAP_HASH);
      expect(parseNetworkMapHash(href.slice("/map".length))).toEqual({ zoom: view.zoom, lat: view.center.lat, lon: view.center.lon });
    }
    expect(COMMUNE_ZOOM).toBeLessThanOrEqual(MAX_ZOOM);
  });
});
