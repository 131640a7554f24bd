import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { findCommuneByCode, findCommunesByPostcode, nameTerritoryFilters, searchCommunes } from "./territories";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("French territories in the database", () => {
  it("holds every one of the 34,969 current communes, each with a point, its département and its région", async () => {
    const [row] = await queryRows<{ total: number; placed: number; withParents: number; epciKnown: number }>(
      handle.db,
      sql`SELECT count(*)::int AS total,
                 count(*) FILTER (WHERE c.geo IS NOT NULL AND c.lat BETWEEN -90 AND 90 AND c.lon BETWEEN -180 AND 180)::int AS placed,
                 count(d.code) FILTER (WHERE r.code IS NOT NULL AND d.region_code = c.region_code)::int AS "withParents",
                 count(*) FILTER (WHERE c.epci_code IS NULL OR e.code IS NOT NULL)::int AS "epciKnown"
          FROM communes c
          LEFT JOIN departements d ON d.code = c.departement_code
          LEFT JOIN regions r ON r.code = c.region_code
          LEFT JOIN intercommunalities e ON e.code = c.epci_code`,
    );
    expect(row).toEqual({ total: 34_969, placed: 34_969, withParents: 34_969, epciKnown: 34_969 });
  });

  it("links mainland communes to their EPCI, and the Grand Paris ones to their EPT too", async () => {
    const [row] = await queryRows<{ mainlandWithoutEpci: number; withEpt: number; epci: number; ept: number }>(
      handle.db,
      sql`SELECT
            (SELECT count(*)::int FROM communes WHERE departement_code NOT LIKE '97%' AND departement_code NOT LIKE '98%'
               AND epci_code IS NULL AND code NOT IN ('75056')) AS "mainlandWithoutEpci",
            (SELECT count(*)::int FROM communes WHERE ept_code IS NOT NULL) AS "withEpt",
            (SELECT count(*)::int FROM intercommunalities WHERE kind <> 'EPT') AS epci,
            (SELECT count(*)::int FROM intercommunalities WHERE kind = 'EPT') AS ept`,
    );
    expect(row?.epci).toBe(1_255);
    expect(row?.ept).toBe(11);
    expect(row?.withEpt).toBeGreaterThan(120);
    // A handful of islands (Bréhat, Sein, Yeu…) belong to no EPCI; nothing else should.
    expect(row?.mainlandWithoutEpci).toBeLessThan(10);
  });

  it("finds a commune by its INSEE code, with its parents", async () => {
    const lyon = await findCommuneByCode(handle.db, "69123");
    expect(lyon).toMatchObject({ name: "Lyon", departementCode: "69", regionCode: "84", regionName: "Auvergne-Rhône-Alpes" });
    expect(lyon?.lat).toBeCloseTo(45.76, 1);
    const ajaccio = await findCommuneByCode(handle.db, "2a004");
    expect(ajaccio?.name).toBe("Ajaccio");
    expect(await findCommuneByCode(handle.db, "99999")).toBeNull();
    expect(await findCommuneByCode(handle.db, "not a code")).toBeNull();
  });

  it("finds the communes sharing a postcode", async () => {
    const paris = await findCommunesByPostcode(handle.db, "75001");
    expect(paris.map((commune) => commune.name)).toEqual(["Paris"]);
    const shared = await findCommunesByPostcode(handle.db, "01400");
    expect(shared.length).toBeGreaterThan(3);
    expect(shared.every((commune) => commune.postcodes.includes("01400"))).toBe(true);
    expect(await findCommunesByPostcode(handle.db, "7500")).toEqual([]);
  });

  it("finds every commune named Saint-Maurice when typed without accent or hyphen", async () => {
    const [expected] = await queryRows<{ codes: string[] }>(
      handle.db,
      sql`SELECT coalesce(array_agg(code ORDER BY code), '{}') AS codes FROM communes WHERE name = 'Saint-Maurice'`,
    );
    expect(expected?.codes.length).toBeGreaterThan(3);
    const found = await searchCommunes(handle.db, "saint maurice", 50);
    const foundExact = found
      .filter((commune) => commune.name === "Saint-Maurice")
      .map((commune) => commune.code)
      .sort();
    expect(foundExact).toEqual(expected?.codes);
    // Exact name matches come before longer names such as Saint-Maurice-de-…
    expect(found.slice(0, foundExact.length).every((commune) => commune.name === "Saint-Maurice")).toBe(true);
  });

  it("tolerates missing accents and a typo in a name", async () => {
    expect((await searchCommunes(handle.db, "orleans"))[0]?.name).toBe("Orléans");
    expect((await searchCommunes(handle.db, "Besancon"))[0]?.name).toBe("Besançon");
    expect((await searchCommunes(handle.db, "Montpelier"))[0]?.name).toBe("Montpellier");
    expect((await searchCommunes(handle.db, "saint etiene"))[0]?.name).toBe("Saint-Étienne");
    expect((await searchCommunes(handle.db, "l ile saint denis")).map((commune) => commune.name)).toContain("L'Île-Saint-Denis");
  });

  it("completes a name from its beginning and a postcode from its first digits", async () => {
    const names = (await searchCommunes(handle.db, "saint-mau", 20)).map((commune) => commune.name);
    expect(names.length).toBe(20);
    expect(names.every((name) => name.startsWith("Saint-Mau"))).toBe(true);
    const byPostcode = await searchCommunes(handle.db, "6900", 10);
    expect(byPostcode.length).toBeGreaterThan(0);
    expect(byPostcode.every((commune) => commune.postcodes.some((postcode) => postcode.startsWith("6900")))).toBe(true);
  });

  it("answers nothing, rather than failing, for empty or hostile input", async () => {
    expect(await searchCommunes(handle.db, "   ")).toEqual([]);
    expect(await searchCommunes(handle.db, "'; DROP TABLE communes; --")).toEqual([]);
    expect(await searchCommunes(handle.db, "%_%")).toEqual([]);
    expect((await searchCommunes(handle.db, "x".repeat(10_000))).length).toBe(0);
  });

  it("ranks as the database's trigram search would: 180 drawn queries, the same communes in the same order", async () => {
    // The oracle: the search as pg_trgm and the indexes answer it, which the in-memory table replaces.
    const database = (text: string, limit: number) =>
      /^\d{2,5}$/.test(text)
        ? queryRows<{ code: string }>(
            handle.db,
            sql`SELECT c.code FROM communes c
                WHERE EXISTS (SELECT 1 FROM unnest(c.postcodes) p WHERE p LIKE ${`${text}%`}) OR c.code = ${text}
                ORDER BY (c.code = ${text} OR ${text} = ANY(c.postcodes)) DESC, c.population DESC NULLS LAST, c.code COLLATE "C"
                LIMIT ${limit}`,
          )
        : queryRows<{ code: string }>(
            handle.db,
            sql`WITH q AS (SELECT f_search_normalize(${text}) AS term)
                SELECT c.code FROM communes c, q
                WHERE q.term <> '' AND (c.search_name LIKE q.term || '%' OR c.search_name % q.term)
                ORDER BY (c.search_name = q.term) DESC, (c.search_name LIKE q.term || '%') DESC,
                         similarity(c.search_name, q.term) DESC, c.population DESC NULLS LAST, c.code COLLATE "C"
                LIMIT ${limit}`,
          );
    const communes = await queryRows<{ name: string; postcode: string }>(
      handle.db,
      sql`SELECT name, postcodes[1] AS postcode FROM communes ORDER BY md5(code || 'seed-7') LIMIT 60`,
    );
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const queries = communes.flatMap(({ name, postcode }) => {
      const cut = 2 + random(Math.max(1, name.length - 1));
      const typo = name.length > 4 ? `${name.slice(0, 2)}${name.slice(3)}` : name;
      return [name.slice(0, cut), typo, postcode.slice(0, 2 + random(4))];
    });
    expect(queries.length).toBe(180);
    let compared = 0;
    for (const query of queries) {
      const limit = 10;
      const expected = (await database(query, limit)).map((row) => row.code);
      const actual = (await searchCommunes(handle.db, query, limit)).map((commune) => commune.code);
      expect({ query, codes: actual }).toEqual({ query, codes: expected });
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(900);
  });

  it("names the territory filters of a link, and leaves out a code that matches nothing", async () => {
    const names = await nameTerritoryFilters(handle.db, { region: "84", departement: "69", epci: "200046977", commune: "69123" });
    expect(names).toEqual({ region: "Auvergne-Rhône-Alpes", departement: "Rhône", epci: expect.stringMatching(/Lyon/), commune: "Lyon" });
    expect(await nameTerritoryFilters(handle.db, { epci: "999999999", departement: "2a" })).toEqual({ departement: "Corse-du-Sud" });
  });
});
