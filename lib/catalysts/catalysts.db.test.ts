import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { catalystCoverage, catalysts } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { getCatalystCardDetails, getCatalystCoverageMap } from "./catalysts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

describe("a catalyst's coverage map", () => {
  it("gives every commune of a département-wide coverage as a compact point, with the département to outline", async () => {
    const [catalyst] = await queryRows<{ slug: string; code: string }>(
      handle.db,
      sql`SELECT k.slug, cc.territory_code AS code FROM catalysts k JOIN catalyst_coverage cc ON cc.catalyst_id = k.id
          WHERE cc.territory_kind = 'departement'
            AND NOT EXISTS (SELECT 1 FROM catalyst_coverage other WHERE other.catalyst_id = k.id AND other.territory_kind <> 'departement')
          ORDER BY k.slug LIMIT 1`,
    );
    expect(catalyst).toBeDefined();
    const map = await getCatalystCoverageMap(handle.db, catalyst!.slug);
    const communes = await queryRows<{ lat: number; lon: number }>(handle.db, sql`SELECT lat, lon FROM communes WHERE departement_code = ${catalyst!.code}`);
    expect(map).not.toBeNull();
    expect(Object.keys(map!).sort()).toEqual(["bounds", "communeCount", "departements", "points"]);
    expect(map!.departements).toEqual([catalyst!.code]);
    expect(map!.communeCount).toBe(communes.length);
    // Each commune's point, rounded to 4 decimals, is there; communes sharing an estimated point give it once.
    const keys = new Set(map!.points.map(([lon, lat]) => `${lon}/${lat}`));
    expect(keys.size).toBe(map!.points.length);
    const near = (a: number, b: number) => Math.abs(a - b) <= 0.5e-4 + 1e-9;
    for (const commune of communes) {
      expect(
        map!.points.some(([lon, lat]) => near(lon, commune.lon) && near(lat, commune.lat)),
        `${commune.lon}/${commune.lat}`,
      ).toBe(true);
    }
    expect(map!.points.length).toBeLessThanOrEqual(communes.length);
    for (const [lon, lat] of map!.points) {
      expect(round4(lon)).toBe(lon);
      expect(lat).toBeGreaterThanOrEqual(map!.bounds!.south);
      expect(lat).toBeLessThanOrEqual(map!.bounds!.north);
      expect(lon).toBeGreaterThanOrEqual(map!.bounds!.west);
      expect(lon).toBeLessThanOrEqual(map!.bounds!.east);
    }
  });

  it("counts a commune covered at several levels once, and outlines only whole départements", async () => {
    await withRollback(handle.db, async (tx) => {
      const [commune] = await queryRows<{ code: string; epciCode: string; lat: number; lon: number }>(
        tx,
        sql`SELECT code, epci_code AS "epciCode", lat, lon FROM communes WHERE code = '69123'`,
      );
      const [inserted] = await tx
        .insert(catalysts)
        .values({
          slug: "test-coverage-map",
          name: "Test",
          hostName: "Test",
          hostKind: "association",
          communeCode: "69123",
          lat: commune!.lat,
          lon: commune!.lon,
        })
        .returning({ id: catalysts.id });
      await tx.insert(catalystCoverage).values([
        { catalystId: inserted!.id, territoryKind: "commune", territoryCode: "69123" },
        { catalystId: inserted!.id, territoryKind: "intercommunality", territoryCode: commune!.epciCode },
      ]);
      const [expected] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM communes WHERE epci_code = ${commune!.epciCode}`);
      const map = await getCatalystCoverageMap(tx, "test-coverage-map");
      expect(map!.communeCount).toBe(expected!.n);
      expect(map!.departements).toEqual([]);
      expect(map!.points.some(([lon, lat]) => Math.abs(lon - commune!.lon) <= 0.5e-4 + 1e-9 && Math.abs(lat - commune!.lat) <= 0.5e-4 + 1e-9)).toBe(true);
    });
  });

  it("is empty for a catalyst without coverage, and null for an unknown or absurd slug", async () => {
    await withRollback(handle.db, async (tx) => {
      await tx
        .insert(catalysts)
        .values({ slug: "test-no-coverage", name: "Test", hostName: "Test", hostKind: "association", communeCode: "75056", lat: 48.86, lon: 2.35 });
      expect(await getCatalystCoverageMap(tx, "test-no-coverage")).toEqual({ points: [], communeCount: 0, departements: [], bounds: null });
    });
    expect(await getCatalystCoverageMap(handle.db, "no-such-catalyst")).toBeNull();
    expect(await getCatalystCoverageMap(handle.db, "x".repeat(500))).toBeNull();
    expect(await getCatalystCoverageMap(handle.db, "' OR 1=1 --")).toBeNull();
  });
});

describe("the finder's card details", () => {
  it("give what a catalyst does and its contact only once it published it", async () => {
    await withRollback(handle.db, async (tx) => {
      const [first, second] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM catalysts ORDER BY slug LIMIT 2`);
      await tx.execute(
        sql`UPDATE catalysts SET description = 'Nous réunissons les acteurs du territoire. Rencontres mensuelles.', website = 'https://exemple.fr',
              contact_name = 'Équipe', contact_email = 'equipe@exemple.fr', contact_phone = '01 02 03 04 05', contact_public = false
            WHERE id IN (${first!.id}::uuid, ${second!.id}::uuid)`,
      );
      await tx.execute(sql`UPDATE catalysts SET contact_public = true WHERE id = ${second!.id}::uuid`);
      const details = await getCatalystCardDetails(tx, [first!.id, second!.id]);
      expect(details.get(first!.id)).toEqual({ summary: "Nous réunissons les acteurs du territoire.", website: "https://exemple.fr", publicContact: null });
      expect(details.get(second!.id)?.publicContact).toEqual({ name: "Équipe", email: "equipe@exemple.fr", phone: "01 02 03 04 05" });
      expect(await getCatalystCardDetails(tx, [])).toEqual(new Map());
    });
  });
});
