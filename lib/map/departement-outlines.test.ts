import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTerritoriesData } from "@/db/seed/territories-data";
import { hasDepartementOutline } from "./departement-outlines";

describe("hasDepartementOutline", () => {
  it("is true exactly for the départements the offline outline file holds", () => {
    const file = JSON.parse(readFileSync(path.join(process.cwd(), "public/map/departements.geojson"), "utf8")) as GeoJSON.FeatureCollection;
    const outlined = new Set(file.features.map((feature) => String(feature.properties?.code)));
    const departements = readTerritoriesData().departements.map((departement) => departement.code);
    expect(departements.length).toBeGreaterThan(100);
    for (const code of departements) expect(hasDepartementOutline(code), code).toBe(outlined.has(code));
    for (const code of outlined) expect(departements).toContain(code);
  });

  it("is false for anything else", () => {
    for (const code of ["", "20", "975", "988", "989", "2C", "1", "999", "<script>"]) expect(hasDepartementOutline(code)).toBe(false);
  });
});
