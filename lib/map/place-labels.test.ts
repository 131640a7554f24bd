import { describe, expect, it } from "vitest";
import { minimumPopulation, placeLabels, placesQuerySchema, type PlaceCandidate } from "./place-labels";

const FRANCE = { south: 41, west: -5.5, north: 51.5, east: 10 };
const communes: PlaceCandidate[] = [
  { code: "75056", name: "Paris", lat: 48.8566, lon: 2.3522, population: 2_100_000 },
  { code: "92012", name: "Boulogne-Billancourt", lat: 48.8353, lon: 2.2406, population: 120_000 },
  { code: "69123", name: "Lyon", lat: 45.764, lon: 4.8357, population: 520_000 },
  { code: "13055", name: "Marseille", lat: 43.2965, lon: 5.3698, population: 870_000 },
  { code: "46102", name: "Figeac", lat: 44.6086, lon: 2.0317, population: 9_800 },
  { code: "52450", name: "Saint-Maurice", lat: 47.85, lon: 5.39, population: 90 },
  { code: "97411", name: "Saint-Denis", lat: -20.8823, lon: 55.4504, population: 150_000 },
  { code: "99999", name: "Sans population", lat: 46, lon: 2, population: null },
];

describe("place labels of a map without tiles", () => {
  it("name the large cities of the view when zoomed out, and no commune twice on top of another", () => {
    const labels = placeLabels(communes, FRANCE, 5).map((label) => label.name);
    // Boulogne is as populous as the floor but would sit on Paris's label: Paris, the bigger, wins.
    expect(labels).toEqual(["Paris", "Marseille", "Lyon"]);
  });

  it("name smaller communes as one zooms in, only those inside the view", () => {
    const lot = { south: 44.4, west: 1.7, north: 44.8, east: 2.3 };
    expect(placeLabels(communes, lot, 9).map((label) => label.name)).toEqual(["Figeac"]);
    expect(placeLabels(communes, lot, 8)).toEqual([]);
    const ileDeFrance = { south: 48.7, west: 2.1, north: 49, east: 2.5 };
    expect(placeLabels(communes, ileDeFrance, 12).map((label) => label.name)).toEqual(["Paris", "Boulogne-Billancourt"]);
  });

  it("never name more than the cap, nor a commune without a known population before the closest zooms", () => {
    const many = Array.from({ length: 500 }, (_, index) => ({
      code: String(10_000 + index),
      name: `C${index}`,
      lat: 42 + (index % 25) * 0.35,
      lon: -4 + Math.floor(index / 25) * 0.65,
      population: 1_000_000 - index,
    }));
    expect(placeLabels(many, FRANCE, 7, 40).length).toBeLessThanOrEqual(40);
    expect(placeLabels(communes, { south: 45.9, west: 1.9, north: 46.1, east: 2.1 }, 11)).toEqual([]);
    expect(minimumPopulation(12)).toBe(0);
    expect(minimumPopulation(3)).toBeGreaterThan(minimumPopulation(9));
  });

  it("reads its viewport as the clusters do, and refuses a view too large for its zoom", () => {
    expect(placesQuerySchema.safeParse({ bbox: "-5.5,41,10,51.5", zoom: "6" }).success).toBe(true);
    expect(placesQuerySchema.safeParse({ bbox: "-5.5,41,10,51.5", zoom: "14" }).success).toBe(false);
    expect(placesQuerySchema.safeParse({ bbox: "nope", zoom: "6" }).success).toBe(false);
  });
});
