// Checks the committed territories file: completeness against the COG, referential integrity, and that
// every commune point is plausible (inside its territory, known towns where they should be).

import { describe, it, expect } from "vitest";
import { POINT_PRECISIONS } from "../../lib/shared/vocabulary";
import { readTerritoriesData, type Commune } from "./territories-data";

const data = readTerritoriesData();
const communeByCode = new Map(data.communes.map((c) => [c.code, c]));
const departementByCode = new Map(data.departements.map((d) => [d.code, d]));
const regionCodes = new Set(data.regions.map((r) => r.code));
const intercommunalityByCode = new Map(data.intercommunalities.map((i) => [i.code, i]));

type Box = { latMin: number; latMax: number; lonMin: number; lonMax: number };
const box = (latMin: number, latMax: number, lonMin: number, lonMax: number): Box => ({
  latMin,
  latMax,
  lonMin,
  lonMax,
});

// Generous boxes around each territory, keyed by département (or collectivity) code; "metro" covers Corsica.
const BOXES: Record<string, Box> = {
  metro: box(41.3, 51.15, -5.25, 9.6),
  "971": box(15.8, 16.55, -61.85, -60.95),
  "972": box(14.35, 14.9, -61.25, -60.8),
  "973": box(2.1, 5.8, -54.7, -51.6),
  "974": box(-21.4, -20.85, 55.2, 55.85),
  "975": box(46.7, 47.15, -56.45, -56.1),
  "976": box(-13.05, -12.6, 44.95, 45.35),
  "977": box(17.85, 17.98, -62.95, -62.78),
  "978": box(18.0, 18.13, -63.16, -62.96),
  "986": box(-14.4, -13.15, -178.25, -176.1),
  "987": box(-28.0, -7.8, -154.8, -134.0),
  "988": box(-23.0, -19.0, 163.5, 168.2),
};
// The TAAF districts and Clipperton have no GeoNames place: the build puts them at the seat that
// administers them (Saint-Pierre, La Réunion; Papeete), which is what these boxes then expect.
const POINT_TERRITORY: Record<string, string> = { "984": "974", "989": "987" };

function territoryOf(c: Commune): string {
  if (c.departementCode.length === 2) return "metro";
  return POINT_TERRITORY[c.departementCode] ?? c.departementCode;
}

function inBox(c: Commune, b: Box): boolean {
  return c.lat >= b.latMin && c.lat <= b.latMax && c.lon >= b.lonMin && c.lon <= b.lonMax;
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function commune(code: string): Commune {
  const c = communeByCode.get(code);
  if (!c) throw new Error(`commune ${code} missing`);
  return c;
}

describe("territories data file", () => {
  it("has every current commune once, ordered by code", () => {
    expect(data.communes).toHaveLength(34_969);
    expect(communeByCode.size).toBe(34_969);
    const codes = data.communes.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
  });

  it("has the 1,255 EPCI and the 11 EPT", () => {
    const kinds = data.intercommunalities.map((i) => i.kind);
    expect(kinds.filter((k) => k !== "EPT")).toHaveLength(1_255);
    expect(kinds.filter((k) => k === "EPT")).toHaveLength(11);
    expect(new Set(kinds)).toEqual(new Set(["CC", "CA", "CU", "METRO", "MET69", "EPT"]));
  });

  it("links communes to existing départements and régions, consistently", () => {
    const broken = data.communes.filter((c) => {
      const departement = departementByCode.get(c.departementCode);
      return !departement || departement.regionCode !== c.regionCode || !regionCodes.has(c.regionCode);
    });
    expect(broken.map((c) => c.code)).toEqual([]);
    for (const d of data.departements) expect(regionCodes.has(d.regionCode), d.code).toBe(true);
  });

  it("names chefs-lieux that are communes in the file", () => {
    const chefsLieux = [...data.regions, ...data.departements].map((t) => t.chefLieuCode);
    expect(chefsLieux.filter((code) => !communeByCode.has(code))).toEqual([]);
  });

  it("references only existing intercommunalities of the right kind", () => {
    const badEpci = data.communes.filter((c) => {
      if (c.epciCode === null) return false;
      const kind = intercommunalityByCode.get(c.epciCode)?.kind;
      return kind === undefined || kind === "EPT";
    });
    const badEpt = data.communes.filter((c) => c.eptCode !== null && intercommunalityByCode.get(c.eptCode)?.kind !== "EPT");
    expect(badEpci.map((c) => c.code)).toEqual([]);
    expect(badEpt.map((c) => c.code)).toEqual([]);
    const used = new Set(data.communes.flatMap((c) => [c.epciCode, c.eptCode]));
    expect(data.intercommunalities.filter((i) => !used.has(i.code)).map((i) => i.code)).toEqual([]);
  });

  it("gives every commune a finite point inside its own territory and a precision tag", () => {
    const misplaced = data.communes.filter((c) => {
      const b = BOXES[territoryOf(c)];
      return !Number.isFinite(c.lat) || !Number.isFinite(c.lon) || !b || !inBox(c, b);
    });
    expect(misplaced.map((c) => `${c.code} ${c.name} ${c.lat},${c.lon}`)).toEqual([]);
    const untagged = data.communes.filter((c) => !(POINT_PRECISIONS as readonly string[]).includes(c.precision));
    expect(untagged.map((c) => c.code)).toEqual([]);
  });

  it("places most communes from GeoNames and only a few at a chef-lieu", () => {
    const count = (p: string) => data.communes.filter((c) => c.precision === p).length;
    expect(count("geonames")).toBeGreaterThan(14_000);
    expect(count("chef_lieu")).toBeLessThan(100);
  });

  it("puts known towns where they are", () => {
    expect(distanceKm(commune("75056"), { lat: 48.8566, lon: 2.3522 })).toBeLessThan(5);
    expect(distanceKm(commune("13055"), { lat: 43.2965, lon: 5.3698 })).toBeLessThan(5);
    expect(distanceKm(commune("69123"), { lat: 45.764, lon: 4.8357 })).toBeLessThan(5);
    expect(distanceKm(commune("97411"), { lat: -20.8823, lon: 55.4504 })).toBeLessThan(5);
    expect(distanceKm(commune("2A004"), { lat: 41.9192, lon: 8.7386 })).toBeLessThan(5);
    expect(commune("75056").precision).toBe("geonames");
  });

  it("does not trust a GeoNames point filed a degree away from its commune", () => {
    // GeoNames puts Sainte-Marie-de-Gosse at longitude -0.23 instead of about -1.23.
    expect(distanceKm(commune("40271"), { lat: 43.556, lon: -1.232 })).toBeLessThan(15);
  });

  it("keeps homonyms apart", () => {
    const saintMaurice = data.communes.filter((c) => c.name === "Saint-Maurice");
    expect(saintMaurice.map((c) => c.code)).toContain("94069");
    expect(saintMaurice.length).toBeGreaterThanOrEqual(5);
    expect(new Set(saintMaurice.map((c) => c.departementCode)).size).toBe(saintMaurice.length);
    expect(commune("94069").eptCode).not.toBeNull();
  });

  it("maps postcodes to communes", () => {
    expect(data.communes.filter((c) => c.postcodes.includes("75001")).map((c) => c.code)).toEqual(["75056"]);
    expect(commune("75056").postcodes).toHaveLength(21);
    expect(data.communes.filter((c) => c.postcodes.includes("13001")).map((c) => c.code)).toEqual(["13055"]);
  });
});
