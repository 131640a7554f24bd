import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { loadViewer } from "../auth/viewer";
import { listWhiteZones } from "./white-zones";
import { ForbiddenError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const viewer = async (email: string) => {
  const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return loadViewer(handle.db, user!.id);
};

describe("white zones", () => {
  it("is for admins and catalyst staff only", async () => {
    await expect(listWhiteZones(handle.db, null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listWhiteZones(handle.db, await viewer("membre@alliances.example"))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listWhiteZones(handle.db, await viewer("catalyseur@alliances.example"))).zones.length).toBeGreaterThan(0);
    expect((await listWhiteZones(handle.db, await viewer("admin@alliances.example"))).zones.length).toBeGreaterThan(0);
  });

  it("lists exactly the intercommunalities with no covered commune, with their population", async () => {
    const report = await listWhiteZones(handle.db, await viewer("admin@alliances.example"));
    // Brute force: an intercommunality is white when none of its communes is covered at any level.
    const expected = await queryRows<{ code: string; population: number }>(
      handle.db,
      sql`SELECT i.code, coalesce(sum(c.population), 0)::int AS population FROM intercommunalities i
          JOIN communes c ON c.epci_code = i.code OR c.ept_code = i.code
          GROUP BY i.code
          HAVING NOT bool_or(EXISTS (SELECT 1 FROM catalyst_coverage cc WHERE
            (cc.territory_kind = 'commune' AND cc.territory_code = c.code)
            OR (cc.territory_kind = 'intercommunality' AND cc.territory_code IN (c.epci_code, c.ept_code))
            OR (cc.territory_kind = 'departement' AND cc.territory_code = c.departement_code)))
          ORDER BY i.code`,
    );
    expect(report.zones.map((zone) => zone.code).sort()).toEqual(expected.map((row) => row.code));
    const populations = new Map(expected.map((row) => [row.code, row.population]));
    for (const zone of report.zones) expect(zone.population).toBe(populations.get(zone.code));
    const sorted = [...report.zones].sort((a, b) => b.population - a.population);
    expect(report.zones.map((zone) => zone.population)).toEqual(sorted.map((zone) => zone.population));
    expect(report.coveredPopulation).toBeGreaterThan(0);
    expect(report.coveredPopulation).toBeLessThan(report.totalPopulation);
  });
});
