import { describe, expect, it } from "vitest";
import { haversineKm, LONGITUDE_SCALE } from "@/lib/geo/distance";
import { planarBoxesAround, type PlanarBox } from "@/lib/geo/distance";
import { rankByDistance } from "./distance-ranking";

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The point reached from `start` after `distanceKm` along `bearing` degrees on the sphere. */
function destination(start: { lat: number; lon: number }, bearing: number, distanceKm: number) {
  const rad = Math.PI / 180;
  const angle = distanceKm / 6_371.0088;
  const lat1 = start.lat * rad;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing * rad));
  const lon2 = start.lon * rad + Math.atan2(Math.sin(bearing * rad) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  const lon = ((((lon2 / rad + 180) % 360) + 360) % 360) - 180;
  return { lat: lat2 / rad, lon };
}

const inBoxes = (boxes: PlanarBox[], point: { lat: number; lon: number }) =>
  boxes.some((box) => {
    const x = point.lon * LONGITUDE_SCALE;
    return x >= box.minX && x <= box.maxX && point.lat >= box.minY && point.lat <= box.maxY;
  });

describe("planarBoxesAround", () => {
  it("holds every point within the radius, in every direction, at every distance (property)", () => {
    const next = random(17);
    for (let trial = 0; trial < 600; trial += 1) {
      const center = { lat: -60 + next() * 120, lon: -180 + next() * 360 };
      const radiusKm = [1, 30, 300, 3_000][trial % 4] as number;
      const boxes = planarBoxesAround(center, radiusKm);
      for (let step = 0; step < 36; step += 1) {
        const point = destination(center, step * 10 + next() * 10, radiusKm * (0.999 + next() * 0.001));
        expect(haversineKm(center, point)).toBeLessThanOrEqual(radiusKm + 1e-6);
        expect(inBoxes(boxes, point)).toBe(true);
      }
    }
  });

  it("splits a box crossing the antimeridian (Wallis-et-Futuna)", () => {
    const wallis = { lat: -13.28, lon: -176.17 };
    const boxes = planarBoxesAround(wallis, 800);
    expect(boxes.length).toBe(2);
    expect(inBoxes(boxes, { lat: -14.3, lon: 178.1 })).toBe(true);
  });

  it("spans every longitude when the circle reaches a pole", () => {
    expect(planarBoxesAround({ lat: 80, lon: 0 }, 1_500)).toEqual([
      { minX: -180 * LONGITUDE_SCALE, maxX: 180 * LONGITUDE_SCALE, minY: expect.any(Number), maxY: 90 },
    ]);
  });
});

describe("rankByDistance", () => {
  const origin = { lat: 45.76, lon: 4.84 };
  const rows = [
    { id: "b", lat: 45.9, lon: 4.84 },
    { id: "a", lat: 45.9, lon: 4.84 },
    { id: "c", lat: 45.77, lon: 4.84 },
    { id: "d", lat: 48.85, lon: 2.35 },
  ];

  it("sorts by great-circle distance, ties by key, and keeps the limit", () => {
    const ranked = rankByDistance(origin, rows, 3, (row) => row.id);
    expect(ranked.map((row) => row.id)).toEqual(["c", "a", "b"]);
    expect(ranked[0]?.distanceKm).toBeCloseTo(haversineKm(origin, rows[2] as (typeof rows)[number]), 12);
  });

  it("ranks with a penalty but reports the true distance", () => {
    const ranked = rankByDistance(
      origin,
      rows,
      2,
      (row) => row.id,
      (row) => (row.id === "c" ? 50 : 0),
    );
    expect(ranked.map((row) => row.id)).toEqual(["a", "b"]);
    const withC = rankByDistance(
      origin,
      rows,
      4,
      (row) => row.id,
      (row) => (row.id === "c" ? 50 : 0),
    );
    expect(withC.find((row) => row.id === "c")?.distanceKm).toBeLessThan(2);
  });
});
