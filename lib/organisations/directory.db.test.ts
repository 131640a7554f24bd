import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { organisationFiltersSchema, type OrganisationFilters } from "@/lib/organisations/filters";
import { haversineKm } from "@/lib/geo/distance";
import { getPublicOrganisation, searchOrganisations, UnknownPlaceError } from "./directory";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const filters = (input: Record<string, unknown>): OrganisationFilters => organisationFiltersSchema.parse(input);

describe("directory search", () => {
  it("lists only published organisations, paginated, with a total", async () => {
    const [counts] = await queryRows<{ published: number }>(handle.db, sql`SELECT count(*)::int AS published FROM organisations WHERE status = 'published'`);
    const first = await searchOrganisations(handle.db, filters({}));
    expect(first.total).toBe(counts?.published);
    expect(first.items).toHaveLength(20);
    const second = await searchOrganisations(handle.db, filters({ page: 2 }));
    expect(second.items[0]?.slug).not.toBe(first.items[0]?.slug);
    const slugs = [...first.items, ...second.items].map((item) => item.slug);
    const [unpublished] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM organisations WHERE status <> 'published' AND slug = ANY(${sql.raw(`ARRAY[${slugs.map((slug) => `'${slug.replace(/'/g, "''")}'`).join(",")}]`)})`,
    );
    expect(unpublished?.n).toBe(0);
  });

  it("finds words of names and descriptions in French, without accents", async () => {
    const result = await searchOrganisations(handle.db, filters({ q: "insertion" }));
    expect(result.total).toBeGreaterThan(10);
    const economique = await searchOrganisations(handle.db, filters({ q: "economie locale" }));
    expect(economique.total).toBeGreaterThan(0);
  });

  it("tolerates a typo in a name", async () => {
    const [sample] = await queryRows<{ name: string }>(
      handle.db,
      sql`SELECT name FROM organisations WHERE status = 'published' AND name LIKE 'Tremplin Emploi %' ORDER BY slug LIMIT 1`,
    );
    expect(sample).toBeDefined();
    const result = await searchOrganisations(handle.db, filters({ q: "tremplim emploi" }));
    expect(result.items.map((item) => item.name)).toContain(sample?.name);
  });

  it("filters by kind, theme and resource offered, matching a direct count", async () => {
    const result = await searchOrganisations(handle.db, filters({ kind: "entreprise", theme: "health", offers: "skills" }));
    const [expected] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM organisations o WHERE status = 'published' AND kind = 'entreprise'
          AND 'health' = ANY(themes) AND EXISTS (SELECT 1 FROM needs_offers n WHERE n.organisation_id = o.id
          AND n.direction = 'offer' AND n.resource_kind = 'skills' AND n.status = 'open')`,
    );
    expect(result.total).toBe(expected?.n);
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((item) => item.kind === "entreprise" && item.themes.includes("health") && item.offers.includes("skills"))).toBe(true);
  });

  it("finds organisations near a commune, sorted by a correct distance, all within the radius", async () => {
    const result = await searchOrganisations(handle.db, filters({ near: "69123", radius: 15, page: 1 }));
    expect(result.center?.label).toBe("Lyon");
    expect(result.items.length).toBeGreaterThan(0);
    const distances = result.items.map((item) => item.distanceKm ?? Number.NaN);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    for (const item of result.items) {
      const expected = haversineKm(result.center!, item);
      expect(item.distanceKm).toBeCloseTo(expected, 1);
      expect(expected).toBeLessThanOrEqual(15);
    }
    // Same total as a brute-force scan of every published organisation.
    const all = await queryRows<{ lat: number; lon: number }>(handle.db, sql`SELECT lat, lon FROM organisations WHERE status = 'published'`);
    expect(result.total).toBe(all.filter((point) => haversineKm(result.center!, point) <= 15).length);
  });

  it("pages near a place in the order of a full scan, across the nearest-first pages and the deeper ones", async () => {
    // 12 pages: the first ten come from the index's nearest-first order, the next ones from a full sort.
    const near = { near: "75056", radius: 50, kind: "association" };
    const pages = [];
    for (let page = 1; page <= 12; page += 1) pages.push(...(await searchOrganisations(handle.db, filters({ ...near, page }))).items);
    const all = await queryRows<{ slug: string; lat: number; lon: number }>(
      handle.db,
      sql`SELECT slug, lat, lon FROM organisations WHERE status = 'published' AND kind = 'association'`,
    );
    const center = (await searchOrganisations(handle.db, filters(near))).center!;
    const expected = all
      .map((row) => ({ slug: row.slug, distanceKm: haversineKm(center, row) }))
      .filter((row) => row.distanceKm <= 50)
      .sort((a, b) => a.distanceKm - b.distanceKm || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .slice(0, 12 * 20);
    expect(expected.length).toBeGreaterThan(11 * 20);
    expect(pages.map((item) => item.slug)).toEqual(expected.map((row) => row.slug));
    expect(pages.map((item) => item.distanceKm)).toEqual(expected.map((row) => Math.round(row.distanceKm * 100) / 100));
  });

  it("says when the place is unknown", async () => {
    await expect(searchOrganisations(handle.db, filters({ near: "99999" }))).rejects.toBeInstanceOf(UnknownPlaceError);
  });

  it("never returns the contact person", async () => {
    const result = await searchOrganisations(handle.db, filters({ q: "association" }));
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/contact|@|01 99 00/i);
  });
});

describe("public profiles", () => {
  it("shows a published organisation with its territory, open needs and offers, and covering catalysts", async () => {
    const [sample] = await queryRows<{ slug: string }>(
      handle.db,
      sql`SELECT o.slug FROM organisations o JOIN communes c ON c.code = o.commune_code
          JOIN catalyst_coverage cc ON cc.territory_kind = 'intercommunality' AND cc.territory_code = c.epci_code
          WHERE o.status = 'published' ORDER BY o.slug LIMIT 1`,
    );
    const profile = await getPublicOrganisation(handle.db, sample!.slug);
    expect(profile).not.toBeNull();
    expect(profile!.catalysts.length).toBeGreaterThan(0);
    expect(profile!.needs.length + profile!.offers.length).toBeGreaterThan(0);
    expect(profile!.regionName).toBeTruthy();
    expect(JSON.stringify(profile)).not.toMatch(/contact|@|01 99 00/i);
  });

  it("tells how precise the organisation's point is: its commune's precision tag, or null for its own position", async () => {
    const samples = await queryRows<{ slug: string; precision: string }>(
      handle.db,
      sql`SELECT DISTINCT ON (c.precision) o.slug, c.precision FROM organisations o JOIN communes c ON c.code = o.commune_code
          WHERE o.status = 'published' AND o.lat = c.lat AND o.lon = c.lon ORDER BY c.precision, o.slug`,
    );
    expect(samples.map((sample) => sample.precision)).toContain("postcode");
    for (const sample of samples) {
      const profile = await getPublicOrganisation(handle.db, sample.slug);
      expect(profile!.pointPrecision).toBe(sample.precision);
    }
    await withRollback(handle.db, async (tx) => {
      await tx.execute(sql`UPDATE organisations SET lat = lat + 0.01 WHERE slug = ${samples[0]!.slug}`);
      expect((await getPublicOrganisation(tx, samples[0]!.slug))!.pointPrecision).toBeNull();
    });
  });

  it("places the covering catalysts where they are based", async () => {
    const [sample] = await queryRows<{ slug: string }>(
      handle.db,
      sql`SELECT o.slug FROM organisations o JOIN communes c ON c.code = o.commune_code
          JOIN catalyst_coverage cc ON cc.territory_kind = 'departement' AND cc.territory_code = c.departement_code
          WHERE o.status = 'published' ORDER BY o.slug LIMIT 1`,
    );
    const profile = await getPublicOrganisation(handle.db, sample!.slug);
    const located = await queryRows<{ slug: string; lat: number; lon: number }>(handle.db, sql`SELECT slug, lat, lon FROM catalysts`);
    expect(profile!.catalysts.length).toBeGreaterThan(0);
    for (const catalyst of profile!.catalysts) {
      expect(located).toContainEqual({ slug: catalyst.slug, lat: catalyst.lat, lon: catalyst.lon });
    }
  });

  it("answers nothing for pending, draft and suspended organisations", async () => {
    const hidden = await queryRows<{ slug: string; status: string }>(
      handle.db,
      sql`SELECT DISTINCT ON (status) slug, status FROM organisations WHERE status <> 'published' ORDER BY status, slug`,
    );
    expect(hidden.map((row) => row.status).sort()).toEqual(["draft", "pending", "suspended"]);
    for (const row of hidden) expect(await getPublicOrganisation(handle.db, row.slug)).toBeNull();
    expect(await getPublicOrganisation(handle.db, "does-not-exist")).toBeNull();
  });
});
