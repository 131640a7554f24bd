import { describe, expect, it } from "vitest";
import { convexHull, padHull } from "./hull";

describe("the outline around covered communes", () => {
  it("is the points' convex hull, inner points left out", () => {
    const square: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [1, 1],
      [1, 0.5],
    ];
    expect(convexHull(square)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
  });

  it("needs three distinct points that are not aligned", () => {
    expect(convexHull([])).toEqual([]);
    expect(
      convexHull([
        [1, 1],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual([]);
    expect(
      convexHull([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual([]);
  });

  it("is pushed out by about the distance asked, so edge points fall inside", () => {
    const hull = convexHull([
      [4.8, 45.7],
      [4.9, 45.7],
      [4.9, 45.8],
      [4.8, 45.8],
    ]);
    const padded = padHull(hull, 3);
    for (const [index, [lon, lat]] of padded.entries()) {
      const [originalLon, originalLat] = hull[index]!;
      const km = Math.hypot((lon - originalLon) * 111.32 * Math.cos((45.75 * Math.PI) / 180), (lat - originalLat) * 111.32);
      expect(km).toBeCloseTo(3, 1);
      expect(Math.abs(lon - 4.85)).toBeGreaterThan(Math.abs(originalLon - 4.85));
    }
  });
});
