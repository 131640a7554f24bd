import { describe, expect, it } from "vitest";
import { beyondBoxes, formatDistanceKm, haversineKm, isValidLatLon, LONGITUDE_SCALE, planarBoxesAround, planarDistance } from "./distance";

const paris = { lat: 48.8566, lon: 2.3522 };
const lyon = { lat: 45.764, lon: 4.8357 };
const marseille = { lat: 43.2965, lon: 5.3698 };

describe("haversineKm", () => {
  it("matches known distances between French cities", () => {
    expect(haversineKm(paris, lyon)).toBeGreaterThan(388);
    expect(haversineKm(paris, lyon)).toBeLessThan(396);
    expect(haversineKm(lyon, marseille)).toBeGreaterThan(270);
    expect(haversineKm(lyon, marseille)).toBeLessThan(280);
  });

  it("is symmetric and zero for the same point", () => {
    expect(haversineKm(paris, paris)).toBe(0);
    expect(haversineKm(paris, lyon)).toBeCloseTo(haversineKm(lyon, paris), 9);
  });

  it("obeys the triangle inequality", () => {
    expect(haversineKm(paris, marseille)).toBeLessThanOrEqual(haversineKm(paris, lyon) + haversineKm(lyon, marseille));
  });
});

describe("validation and formatting", () => {
  it.each([
    [48.8, 2.3, true],
    [91, 0, false],
    [0, -181, false],
    [Number.NaN, 0, false],
  ])("lat %s lon %s valid: %s", (lat, lon, expected) => {
    expect(isValidLatLon(lat, lon)).toBe(expected);
  });

  it("writes distances the French way", () => {
    expect(formatDistanceKm(0, "fr")).toBe("< 1 km");
    expect(formatDistanceKm(0.43, "fr")).toBe("< 1 km");
    expect(formatDistanceKm(4.26, "fr")).toBe("4,3 km");
    expect(formatDistanceKm(4.26, "en")).toBe("4.3 km");
    expect(formatDistanceKm(123.4, "fr")).toBe("123 km");
  });
});

describe("beyondBoxes", () => {
  it("is true only when a planar distance clears every corner of the boxes", () => {
    const origin = { lat: 45, lon: 4 };
    const boxes = planarBoxesAround(origin, 10);
    const corners = boxes.flatMap((box) => [
      { lon: box.minX / LONGITUDE_SCALE, lat: box.minY },
      { lon: box.maxX / LONGITUDE_SCALE, lat: box.maxY },
    ]);
    const reach = Math.max(...corners.map((corner) => planarDistance(origin, corner)));
    expect(beyondBoxes(origin, reach * 1.0001, boxes)).toBe(true);
    expect(beyondBoxes(origin, reach * 0.9999, boxes)).toBe(false);
    // A point 10 km away lies inside the boxes: a fetched row that close never lets the second query be skipped.
    const tenKmNorth = { lat: 45 + 10 / 111.2, lon: 4 };
    expect(beyondBoxes(origin, planarDistance(origin, tenKmNorth), boxes)).toBe(false);
  });
});
