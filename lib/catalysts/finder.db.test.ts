import { sql } from "drizzle-orm";
import { TransactionRollbackError } from "drizzle-orm/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { catalystCoverage, catalysts } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import type { PointPrecision } from "@/lib/shared/vocabulary";
import { TYPICAL_POINT_ERROR_KM } from "@/lib/catalysts/distance-ranking";
import { haversineKm } from "@/lib/geo/distance";
import { findCatalystsForCommune, findCatalystsNearPoint, resolvePlace, type CatalystFinderAnswer } from "./finder";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

interface CatalystPoint {
  id: string;
  lat: number;
  lon: number;
}

async function allCatalystPoints(): Promise<CatalystPoint[]> {
  return queryRows<CatalystPoint>(handle.db, sql`SELECT id, lat, lon FROM catalysts`);
}

/** What the K-NN must equal: every catalyst, distance by haversine, nearest first. */
function bruteForceNearest(origin: { lat: number; lon: number }, points: CatalystPoint[], excluded: Set<string>, count: number) {
  return points
    .filter((point) => !excluded.has(point.id))
    .map((point) => ({ id: point.id, distanceKm: haversineKm(origin, point) }))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.id.localeCompare(b.id))
    .slice(0, count);
}

function expectExactNearest(answer: CatalystFinderAnswer, points: CatalystPoint[], count: number) {
  const excluded = new Set(answer.covering.map((catalyst) => catalyst.id));
  const expected = bruteForceNearest(answer.origin, points, excluded, count);
  expect(answer.nearest.map((catalyst) => catalyst.id)).toEqual(expected.map((item) => item.id));
  for (const [index, catalyst] of answer.nearest.entries()) {
    expect(catalyst.distanceKm).toBeCloseTo(haversineKm(answer.origin, catalyst), 9);
    expect(catalyst.distanceKm).toBeCloseTo(expected[index]?.distanceKm ?? Number.NaN, 9);
    if (index > 0) expect(catalyst.distanceKm).toBeGreaterThanOrEqual(answer.nearest[index - 1]?.distanceKm ?? 0);
  }
}

/** Communes with how many catalysts cover them at each level, from the raw tables (independent of the module). */
const coverageCounts = sql`
  SELECT c.code, c.departement_code AS "departementCode", c.epci_code AS "epciCode",
    (SELECT count(*)::int FROM catalyst_coverage cc WHERE cc.territory_kind = 'commune' AND cc.territory_code = c.code) AS "byCommune",
    (SELECT count(*)::int FROM catalyst_coverage cc WHERE cc.territory_kind = 'intercommunality' AND cc.territory_code = c.epci_code) AS "byEpci",
    (SELECT count(*)::int FROM catalyst_coverage cc WHERE cc.territory_kind = 'intercommunality' AND cc.territory_code = c.ept_code) AS "byEpt",
    (SELECT count(*)::int FROM catalyst_coverage cc WHERE cc.territory_kind = 'departement' AND cc.territory_code = c.departement_code) AS "byDepartement"
  FROM communes c`;

interface CoverageCounts {
  code: string;
  departementCode: string;
  epciCode: string | null;
  byCommune: number;
  byEpci: number;
  byEpt: number;
  byDepartement: number;
}

async function communesWhere(condition: ReturnType<typeof sql>, limit = 1): Promise<CoverageCounts[]> {
  return queryRows<CoverageCounts>(handle.db, sql`SELECT * FROM (${coverageCounts}) t WHERE ${condition} ORDER BY code LIMIT ${limit}`);
}

describe("finding the catalyst of a commune", () => {
  it("answers a commune inside a covered EPCI with that EPCI's catalyst first", async () => {
    const [place] = await communesWhere(sql`"byEpci" = 1 AND "byCommune" = 0 AND "byEpt" = 0 AND "byDepartement" = 0`);
    expect(place).toBeDefined();
    const [expected] = await queryRows<{ id: string }>(
      handle.db,
      sql`SELECT catalyst_id AS id FROM catalyst_coverage WHERE territory_kind = 'intercommunality' AND territory_code = ${place?.epciCode}`,
    );
    const answer = await findCatalystsForCommune(handle.db, place?.code ?? "");
    expect(answer?.whiteZone).toBe(false);
    expect(answer?.covering.map((catalyst) => catalyst.id)).toEqual([expected?.id]);
    expect(answer?.covering[0]?.coverages).toEqual([{ level: "epci", territory: answer?.commune.epci }]);
    expect(answer?.commune.epci?.name).toBeTruthy();
    expect(answer?.commune.departement.name).toBeTruthy();
    expect(answer?.commune.region.name).toBeTruthy();
    expect(answer?.nearest.length).toBe(5);
    expect(answer?.nearest.some((catalyst) => catalyst.id === expected?.id)).toBe(false);
  });

  it("answers a commune of a covered département outside any covered EPCI with the département's catalyst", async () => {
    const [place] = await communesWhere(sql`"byDepartement" >= 1 AND "byEpci" = 0 AND "byCommune" = 0 AND "byEpt" = 0`);
    expect(place).toBeDefined();
    const answer = await findCatalystsForCommune(handle.db, place?.code ?? "");
    expect(answer?.whiteZone).toBe(false);
    expect(answer?.covering.length).toBe(place?.byDepartement);
    for (const catalyst of answer?.covering ?? []) {
      expect(catalyst.coverages).toEqual([{ level: "departement", territory: answer?.commune.departement }]);
    }
  });

  it("lists every catalyst when coverages overlap, the most local first", async () => {
    const [place] = await communesWhere(sql`"byEpci" = 1 AND "byDepartement" = 0 AND "byCommune" = 0`);
    const commune = place?.code ?? "";
    const before = await findCatalystsForCommune(handle.db, commune);
    // Rolled back at the end: the lane's database is shared with other test files.
    await expect(
      handle.db.transaction(async (tx) => {
        const [added] = await tx
          .insert(catalysts)
          .values({
            slug: "test-catalyseur-departemental",
            name: "Catalyseur départemental de test",
            hostName: "Hôte de test",
            hostKind: "association",
            communeCode: commune,
            lat: before?.commune.lat ?? 0,
            lon: before?.commune.lon ?? 0,
            contactEmail: "secret@example.org",
          })
          .returning({ id: catalysts.id });
        await tx.insert(catalystCoverage).values([
          { catalystId: added?.id ?? "", territoryKind: "departement", territoryCode: place?.departementCode ?? "" },
          { catalystId: added?.id ?? "", territoryKind: "commune", territoryCode: commune },
        ]);
        const answer = await findCatalystsForCommune(tx, commune);
        expect(answer?.covering.map((catalyst) => catalyst.id)).toEqual([added?.id, before?.covering[0]?.id]);
        // The new catalyst covers the commune twice: both levels are said, the commune first.
        expect(answer?.covering[0]?.coverages.map((coverage) => coverage.level)).toEqual(["commune", "departement"]);
        expect(answer?.covering[1]?.coverages.map((coverage) => coverage.level)).toEqual(["epci"]);
        expect(JSON.stringify(answer)).not.toContain("secret@example.org");
        tx.rollback();
      }),
    ).rejects.toBeInstanceOf(TransactionRollbackError);
  });

  it("still lists the exact nearest others when more catalysts than usual cover a place and sit nearest to it", async () => {
    const [place] = await communesWhere(sql`"byCommune" + "byEpci" + "byEpt" + "byDepartement" = 0`);
    const commune = place?.code ?? "";
    const before = await findCatalystsForCommune(handle.db, commune);
    await expect(
      handle.db.transaction(async (tx) => {
        // Five catalysts in the commune itself, each covering it: all five are nearer than any other catalyst.
        const added = await tx
          .insert(catalysts)
          .values(
            Array.from({ length: 5 }, (_, index) => ({
              slug: `test-catalyseur-local-${index}`,
              name: `Catalyseur local ${index}`,
              hostName: "Hôte de test",
              hostKind: "association" as const,
              communeCode: commune,
              lat: (before?.commune.lat ?? 0) + index * 0.001,
              lon: before?.commune.lon ?? 0,
            })),
          )
          .returning({ id: catalysts.id });
        await tx.insert(catalystCoverage).values(added.map(({ id }) => ({ catalystId: id, territoryKind: "commune" as const, territoryCode: commune })));
        const answer = await findCatalystsForCommune(tx, commune, { nearestCount: 5 });
        expect(answer?.covering.map((catalyst) => catalyst.id).sort()).toEqual(added.map(({ id }) => id).sort());
        expect(answer?.nearest).toHaveLength(5);
        expectExactNearest(answer!, await queryRows<CatalystPoint>(tx, sql`SELECT id, lat, lon FROM catalysts`), 5);
        tx.rollback();
      }),
    ).rejects.toBeInstanceOf(TransactionRollbackError);
  });

  it("lists both catalysts where the demo network itself overlaps", async () => {
    const places = await communesWhere(sql`"byCommune" + "byEpci" + "byEpt" + "byDepartement" >= 2`, 5);
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      const answer = await findCatalystsForCommune(handle.db, place.code);
      expect(answer?.covering.length).toBeGreaterThanOrEqual(2);
      const matches = answer?.covering.flatMap((catalyst) => catalyst.coverages) ?? [];
      expect(matches.length).toBe(place.byCommune + place.byEpci + place.byEpt + place.byDepartement);
    }
  });

  it("says a white-zone commune has no catalyst and lists the nearest ones, exactly as a full scan would", async () => {
    const places = await communesWhere(sql`"byCommune" + "byEpci" + "byEpt" + "byDepartement" = 0`, 40);
    expect(places.length).toBe(40);
    const points = await allCatalystPoints();
    for (const place of places) {
      const answer = await findCatalystsForCommune(handle.db, place.code);
      expect(answer?.whiteZone).toBe(true);
      expect(answer?.covering).toEqual([]);
      expectExactNearest(answer as CatalystFinderAnswer, points, 5);
    }
    // And a spread of white-zone communes across the whole territory, overseas included.
    const spread = await queryRows<{ code: string }>(
      handle.db,
      sql`SELECT code FROM (${coverageCounts}) t WHERE "byCommune" + "byEpci" + "byEpt" + "byDepartement" = 0
          AND (code LIKE '97%' OR code LIKE '98%' OR code LIKE '%77')`,
    );
    expect(spread.length).toBeGreaterThan(50);
    for (const { code } of spread) {
      expectExactNearest((await findCatalystsForCommune(handle.db, code, { nearestCount: 8 })) as CatalystFinderAnswer, points, 8);
    }
  });

  it("never shows a catalyst's contact person, e-mail or phone", async () => {
    const [place] = await communesWhere(sql`"byEpci" >= 1`);
    const answer = await findCatalystsForCommune(handle.db, place?.code ?? "");
    const text = JSON.stringify(answer);
    expect(text).not.toMatch(/contact|@|\b0\d( \d\d){4}\b/i);
  });

  it("answers null for an unknown or malformed code", async () => {
    expect(await findCatalystsForCommune(handle.db, "99999")).toBeNull();
    expect(await findCatalystsForCommune(handle.db, "'; DROP TABLE communes; --")).toBeNull();
  });
});

describe("finding the catalyst near a point", () => {
  it("resolves a point to the commune with the nearest reference point, as a full scan of communes would", async () => {
    const communes = await queryRows<{ code: string; lat: number; lon: number; precision: PointPrecision }>(
      handle.db,
      sql`SELECT code, lat, lon, precision FROM communes`,
    );
    const points = await allCatalystPoints();
    // A deterministic scatter over mainland France and Corsica, plus La Réunion and Wallis (across the antimeridian).
    const probes = [
      ...Array.from({ length: 30 }, (_, index) => ({ lat: 42.5 + ((index * 7) % 30) * 0.2, lon: -4 + ((index * 11) % 30) * 0.4 })),
      { lat: -21.1151, lon: 55.5364 },
      { lat: -13.2825, lon: -176.1745 },
      { lat: 41.9192, lon: 8.7386 },
    ];
    for (const probe of probes) {
      const answer = await findCatalystsNearPoint(handle.db, probe.lat, probe.lon);
      // The same rule as the module, by a full scan: distance plus the typical error of estimated points.
      const nearestCommune = communes
        .map((commune) => ({
          ...commune,
          distanceKm: haversineKm(probe, commune),
          score: haversineKm(probe, commune) + TYPICAL_POINT_ERROR_KM[commune.precision],
        }))
        .sort((a, b) => a.score - b.score || a.code.localeCompare(b.code))[0];
      if ((nearestCommune?.distanceKm ?? Infinity) > 100) {
        expect(answer).toBeNull();
        continue;
      }
      expect(answer?.commune.code).toBe(nearestCommune?.code);
      expect(answer?.resolution?.distanceKm).toBeCloseTo(nearestCommune?.distanceKm ?? Number.NaN, 9);
      expect(answer?.resolution?.precision).toMatch(/^(geonames|postcode|epci|chef_lieu)$/);
      expect(answer?.origin).toEqual(probe);
      expectExactNearest(answer as CatalystFinderAnswer, points, 5);
    }
  });

  it("gives Lyon, not a suburb whose estimated point lands downtown, for a point in the city centre", async () => {
    // Collonges-au-Mont-d'Or's point is the mean of the Métropole's communes, 1.3 km from this probe; Lyon's is 1.6 km.
    const answer = await findCatalystsNearPoint(handle.db, 45.7578, 4.832);
    expect(answer?.commune.name).toBe("Lyon");
    expect(answer?.resolution).toMatchObject({ method: "nearest_commune_point", precision: "geonames" });
    expect(answer?.resolution?.distanceKm).toBeLessThan(3);
  });

  it("answers nothing for a point far from France", async () => {
    expect(await findCatalystsNearPoint(handle.db, 52.52, 13.405)).toBeNull();
    expect(await findCatalystsNearPoint(handle.db, 0, -30)).toBeNull();
  });
});

describe("resolving what someone typed", () => {
  it("asks which commune when a postcode is shared by several", async () => {
    const result = await resolvePlace(handle.db, { kind: "postcode", postcode: "01400" });
    expect(result.status).toBe("ambiguous");
    if (result.status !== "ambiguous") return;
    expect(result.communes.length).toBeGreaterThan(3);
    expect(result.communes.every((commune) => commune.postcodes.includes("01400"))).toBe(true);
    expect(await resolvePlace(handle.db, { kind: "text", text: "01400" })).toEqual(result);
  });

  it("answers directly for a postcode of one commune, an INSEE code typed as text, and a unique name", async () => {
    const [single] = await queryRows<{ postcode: string; code: string }>(
      handle.db,
      sql`SELECT p AS postcode, min(code) AS code FROM communes, unnest(postcodes) p GROUP BY p HAVING count(*) = 1 ORDER BY p LIMIT 1`,
    );
    const byPostcode = await resolvePlace(handle.db, { kind: "postcode", postcode: single?.postcode ?? "" });
    expect(byPostcode.status === "found" && byPostcode.answer.commune.code).toBe(single?.code);
    const byCode = await resolvePlace(handle.db, { kind: "text", text: "69123" });
    expect(byCode.status === "found" && byCode.answer.commune.name).toBe("Lyon");
    const byName = await resolvePlace(handle.db, { kind: "text", text: "besancon" });
    expect(byName.status === "found" && byName.answer.commune.name).toBe("Besançon");
    const byLabel = await resolvePlace(handle.db, { kind: "text", text: "Lyon (69003) — Rhône" });
    expect(byLabel.status === "found" && byLabel.answer.commune.code).toBe("69123");
    const common = await resolvePlace(handle.db, { kind: "text", text: "Saint-Maurice" });
    expect(common.status).toBe("ambiguous");
  });

  it.each([
    ["Saint-Maurice 52", "52453"],
    ["saint maurice haute marne", "52453"],
    ["Figeac, Lot", "46102"],
    ["Lyon 3e", "69123"],
    ["69383", "69123"],
    ["Marseille 13001", "13055"],
    ["figeak", "46102"],
    ["evian", "74119"],
  ])("answers at once for a text naming one commune: %s", async (text, code) => {
    const result = await resolvePlace(handle.db, { kind: "text", text });
    expect(result.status === "found" && result.answer.commune.code).toBe(code);
  });

  it("lists homonyms largest first, with no noise from inside other names", async () => {
    const saintMaur = await resolvePlace(handle.db, { kind: "text", text: "Saint-Maur" });
    expect(saintMaur.status === "ambiguous" && saintMaur.communes[0]?.name).toBe("Saint-Maur-des-Fossés");
    const saintMaurice = await resolvePlace(handle.db, { kind: "text", text: "st maurice" });
    expect(saintMaurice.status).toBe("ambiguous");
    if (saintMaurice.status !== "ambiguous") return;
    expect(saintMaurice.communes.length).toBeGreaterThan(1);
    expect(saintMaurice.communes.map((commune) => commune.name)).not.toContain("Aurice");
    expect(await resolvePlace(handle.db, { kind: "commune", code: "75115" })).toMatchObject({ status: "found", answer: { commune: { code: "75056" } } });
  });

  it("says plainly when nothing matches", async () => {
    expect(await resolvePlace(handle.db, { kind: "postcode", postcode: "00000" })).toMatchObject({ status: "not_found", reason: "postcode" });
    expect(await resolvePlace(handle.db, { kind: "text", text: "zzqxw" })).toMatchObject({ status: "not_found", reason: "name" });
  });
});

describe("speed on the demo network", () => {
  it("answers a commune in a few milliseconds", async () => {
    const codes = (await queryRows<{ code: string }>(handle.db, sql`SELECT code FROM communes ORDER BY code LIMIT 200`)).map((row) => row.code);
    for (const code of codes.slice(0, 10)) await findCatalystsForCommune(handle.db, code);
    const durations: number[] = [];
    for (const code of codes) {
      const started = performance.now();
      await findCatalystsForCommune(handle.db, code);
      durations.push(performance.now() - started);
    }
    durations.sort((a, b) => a - b);
    const median = durations[Math.floor(durations.length / 2)] ?? 0;
    const p95 = durations[Math.floor(durations.length * 0.95)] ?? 0;
    console.log(`[${handle.engine}] findCatalystsForCommune on ${codes.length} communes: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
    expect(median).toBeLessThan(50);
  });
});
