import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TransactionRollbackError } from "drizzle-orm";
import { jsonColumn, queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import type { BoundingBox } from "@/lib/geo/distance";
import {
  CLUSTER_RADIUS_PX,
  MARKER_HALF_SIZE_PX,
  STACK_DETAIL_ZOOM,
  degreesPerPixel,
  isStack,
  padBoundingBox,
  type MapClusterProperties,
  type MapClustersResult,
  type MapSingleProperties,
} from "@/lib/map/cluster-layout";
import { streamGeoJsonExport } from "@/lib/open-data/geojson";
import { getMapClusters } from "./clusters";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const MAINLAND: BoundingBox = { west: -5.5, south: 41.2, east: 9.8, north: 51.2 };
const BRITTANY: BoundingBox = { west: -5.2, south: 47.2, east: -1.0, north: 48.95 };
const BRITTANY_WEST: BoundingBox = { west: -4.2, south: 47.9, east: -2.9, north: 48.6 };
const LYON_WIDE: BoundingBox = { west: 4.3, south: 45.5, east: 5.3, north: 46.0 };
const LYON_CENTRE: BoundingBox = { west: 4.78, south: 45.7, east: 4.9, north: 45.8 };

async function publishedInside(box: BoundingBox, extra = sql``): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    handle.db,
    sql`SELECT count(*)::int AS count FROM organisations o
        WHERE o.status = 'published' AND o.lon BETWEEN ${box.west} AND ${box.east} AND o.lat BETWEEN ${box.south} AND ${box.north} ${extra}`,
  );
  return row?.count ?? 0;
}

const countOf = (result: MapClustersResult, layer: "organisations" | "catalysts") =>
  result.features
    .filter((feature) => feature.properties.layer === layer)
    .reduce((sum, feature) => sum + (feature.properties.cluster ? feature.properties.count : 1), 0);

describe("map clusters", () => {
  it("count exactly the published organisations inside the viewport, at every zoom", async () => {
    for (const [box, zoom] of [
      [MAINLAND, 5],
      [BRITTANY, 8],
      [LYON_CENTRE, 13],
    ] as const) {
      const expected = await publishedInside(box);
      expect(expected).toBeGreaterThan(0);
      const result = await getMapClusters(handle.db, { bbox: box, zoom, paddingPx: 0, layers: ["organisations"] });
      expect(result.totals.organisations).toBe(expected);
      expect(countOf(result, "organisations")).toBe(expected);
      // Padding gathers neighbours for the edge clusters, but the viewport's total stays exact.
      const padded = await getMapClusters(handle.db, { bbox: box, zoom, layers: ["organisations"] });
      expect(padded.totals.organisations).toBe(expected);
    }
  });

  it("cluster France into a small payload whose per-kind counts add up", async () => {
    const result = await getMapClusters(handle.db, { bbox: MAINLAND, zoom: 6 });
    expect(JSON.stringify(result).length).toBeLessThan(30_000);
    const clusters = result.features.filter((feature) => feature.properties.cluster).map((feature) => feature.properties as MapClusterProperties);
    expect(clusters.length).toBeGreaterThan(10);
    for (const cluster of clusters.filter((item) => item.layer === "organisations")) {
      expect(Object.values(cluster.kinds ?? {}).reduce((sum, value) => sum + value, 0)).toBe(cluster.count);
      const [west, south, east, north] = cluster.bounds;
      expect(west).toBeLessThanOrEqual(east);
      expect(south).toBeLessThanOrEqual(north);
    }
    const [catalysts] = await queryRows<{ count: number }>(
      handle.db,
      sql`SELECT count(*)::int AS count FROM catalysts WHERE lon BETWEEN ${MAINLAND.west} AND ${MAINLAND.east} AND lat BETWEEN ${MAINLAND.south} AND ${MAINLAND.north}`,
    );
    expect(result.totals.catalysts).toBe(catalysts?.count);
  });

  it("sends no feature that cannot show in the viewport, while padding still gathers edge clusters", async () => {
    const zoom = 9;
    const result = await getMapClusters(handle.db, { bbox: BRITTANY_WEST, zoom });
    const margin = MARKER_HALF_SIZE_PX * degreesPerPixel(zoom);
    expect(result.features.length).toBeGreaterThan(3);
    for (const {
      geometry: {
        coordinates: [lon, lat],
      },
    } of result.features) {
      expect(lon).toBeGreaterThanOrEqual(BRITTANY_WEST.west - margin);
      expect(lon).toBeLessThanOrEqual(BRITTANY_WEST.east + margin);
      expect(lat).toBeGreaterThanOrEqual(BRITTANY_WEST.south - margin);
      expect(lat).toBeLessThanOrEqual(BRITTANY_WEST.north + margin);
    }
    // The same viewport grown by the padding has features there: the cut is what removed them.
    const wider = await getMapClusters(handle.db, { bbox: padBoundingBox(BRITTANY_WEST, zoom, CLUSTER_RADIUS_PX), zoom });
    const outside = wider.features.filter(
      ({
        geometry: {
          coordinates: [lon, lat],
        },
      }) => lon < BRITTANY_WEST.west - margin || lon > BRITTANY_WEST.east + margin || lat < BRITTANY_WEST.south - margin || lat > BRITTANY_WEST.north + margin,
    );
    expect(outside.length).toBeGreaterThan(0);
  });

  it("narrow the counts with the directory's filters", async () => {
    const all = await getMapClusters(handle.db, { bbox: MAINLAND, zoom: 6, paddingPx: 0, layers: ["organisations"] });
    const associations = await getMapClusters(handle.db, {
      bbox: MAINLAND,
      zoom: 6,
      paddingPx: 0,
      layers: ["organisations"],
      filters: { kind: ["association"] },
    });
    expect(associations.totals.organisations).toBe(await publishedInside(MAINLAND, sql`AND o.kind = 'association'`));
    expect(associations.totals.organisations).toBeLessThan(all.totals.organisations ?? 0);
    for (const feature of associations.features) {
      if (feature.properties.cluster) expect(Object.keys(feature.properties.kinds ?? {})).toEqual(["association"]);
      else expect(feature.properties.kind).toBe("association");
    }
    const youth = await getMapClusters(handle.db, { bbox: MAINLAND, zoom: 6, paddingPx: 0, layers: ["organisations"], filters: { theme: ["youth"] } });
    expect(youth.totals.organisations).toBe(await publishedInside(MAINLAND, sql`AND 'youth' = ANY(o.themes)`));
    const rhone = await getMapClusters(handle.db, { bbox: MAINLAND, zoom: 6, paddingPx: 0, filters: { departement: "69" } });
    expect(rhone.totals.organisations).toBe(
      await publishedInside(MAINLAND, sql`AND o.commune_code IN (SELECT code FROM communes WHERE departement_code = '69')`),
    );
    const offeringFunding = await getMapClusters(handle.db, {
      bbox: MAINLAND,
      zoom: 6,
      paddingPx: 0,
      layers: ["organisations"],
      filters: { offers: ["funding"] },
    });
    expect(offeringFunding.totals.organisations).toBeGreaterThan(0);
    expect(offeringFunding.totals.organisations).toBeLessThan(all.totals.organisations ?? 0);
    const nearLyon = await getMapClusters(handle.db, {
      bbox: MAINLAND,
      zoom: 6,
      paddingPx: 0,
      layers: ["organisations"],
      filters: { near: "69123", radius: 5 },
    });
    expect(nearLyon.totals.organisations).toBeGreaterThan(0);
    expect(nearLyon.totals.organisations).toBeLessThan(rhone.totals.organisations ?? 0);
    const nowhere = await getMapClusters(handle.db, { bbox: MAINLAND, zoom: 6, filters: { near: "99999" } });
    expect(nowhere.features).toEqual([]);
  });

  it("show single markers with public fields only, and list the organisations stacked at one place", async () => {
    const result = await getMapClusters(handle.db, { bbox: LYON_CENTRE, zoom: 14 });
    const singles = result.features.filter((feature) => !feature.properties.cluster).map((feature) => feature.properties as MapSingleProperties);
    for (const single of singles) {
      expect(Object.keys(single).sort()).toEqual(["cluster", "communeName", "id", "kind", "layer", "name", "slug"]);
    }
    // Organisations placed at Lyon's centre never split: the map asks for the stack's bounds at the last zoom.
    const stack = result.features.map((feature) => feature.properties).find((properties) => properties.cluster && isStack(properties)) as MapClusterProperties;
    expect(stack).toBeDefined();
    expect(stack.stack).toBeUndefined();
    const [west, south, east, north] = stack.bounds;
    const detail = await getMapClusters(handle.db, {
      bbox: { west: west - 1e-4, south: south - 1e-4, east: east + 1e-4, north: north + 1e-4 },
      zoom: STACK_DETAIL_ZOOM,
      layers: [stack.layer],
    });
    const listed = detail.features.map((feature) => feature.properties).find((properties) => properties.cluster && properties.stack) as MapClusterProperties;
    expect(listed.count).toBe(stack.count);
    expect(listed.stack?.communeName).toBeTruthy();
    expect(listed.stack?.items.length).toBe(Math.min(stack.count, 20));
    for (const item of listed.stack?.items ?? []) expect(Object.keys(item).sort()).toEqual(["id", "kind", "name", "slug"]);
    const text = JSON.stringify([result, detail]);
    expect(text).not.toMatch(/contact|email|phone|@/i);
  });

  it("never shows an unpublished organisation", async () => {
    const [hidden] = await queryRows<{ name: string; lon: number; lat: number }>(
      handle.db,
      sql`SELECT name, lon, lat FROM organisations WHERE status <> 'published' ORDER BY name LIMIT 1`,
    );
    expect(hidden).toBeDefined();
    const box = { west: hidden!.lon - 0.001, east: hidden!.lon + 0.001, south: hidden!.lat - 0.001, north: hidden!.lat + 0.001 };
    const result = await getMapClusters(handle.db, { bbox: box, zoom: 18, layers: ["organisations"] });
    expect(result.totals.organisations).toBe(await publishedInside(box));
    expect(JSON.stringify(result)).not.toContain(JSON.stringify(hidden!.name));
  });

  it("answers an empty collection for an empty sea", async () => {
    const result = await getMapClusters(handle.db, { bbox: { west: -30, south: 30, east: -20, north: 40 }, zoom: 6 });
    expect(result.features).toEqual([]);
    expect(result.totals).toEqual({ organisations: 0, catalysts: 0 });
  });
});

describe("GeoJSON export", () => {
  async function collect(type: "organisations" | "catalysts") {
    let text = "";
    for await (const chunk of streamGeoJsonExport(handle.db, type, "http://localhost:3000/")) text += chunk;
    return {
      text,
      json: JSON.parse(text) as {
        type: string;
        licence: string;
        attribution: string;
        features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[];
      },
    };
  }

  it("lists every published organisation as an RFC 7946 feature, with a licence and no personal data", async () => {
    const { text, json } = await collect("organisations");
    const [row] = await queryRows<{ count: number }>(handle.db, sql`SELECT count(*)::int AS count FROM organisations WHERE status = 'published'`);
    expect(json.type).toBe("FeatureCollection");
    expect(json.licence).toContain("Licence Ouverte");
    expect(json.attribution).toContain("GeoNames");
    expect(json.features.length).toBe(row?.count);
    expect(new Set(json.features.map((feature) => feature.properties.id)).size).toBe(row?.count);
    const [first] = json.features;
    expect(first?.geometry.type).toBe("Point");
    const [lon, lat] = first?.geometry.coordinates ?? [];
    expect(lon).toBeGreaterThan(-180);
    expect(lat).toBeGreaterThan(-90);
    expect(first?.properties.url).toMatch(/^http:\/\/localhost:3000\/organisations\/[a-z0-9-]+$/);
    expect(text).not.toMatch(/contact|email|phone/i);
    expect(text).not.toContain("@");
  });

  it("lists every catalyst without their contacts", async () => {
    const { text, json } = await collect("catalysts");
    expect(json.features.length).toBe(350);
    expect(json.features[0]?.properties.url).toMatch(/\/catalysts\//);
    expect(text).not.toMatch(/contact|email|phone/i);
  });
});

describe("the summary of map positions", () => {
  // What the triggers must keep: published organisations per place, commune, kind, in all ('') and per facet (a
  // theme, a kind of open offer or need), recounted from the organisations and their needs and offers themselves.
  const recount = (db: Executor) =>
    queryRows<{ key: string; count: number }>(
      db,
      sql`SELECT concat_ws('|', o.lon, o.lat, o.commune_code, o.kind, t.facet) AS key, count(*)::int AS count
          FROM organisations o CROSS JOIN LATERAL (
            SELECT '' AS facet UNION SELECT 'theme:' || unnest(o.themes)
            UNION SELECT n.direction || ':' || n.resource_kind FROM needs_offers n WHERE n.organisation_id = o.id AND n.status = 'open'
          ) t
          WHERE o.status = 'published' GROUP BY 1 ORDER BY 1`,
    );
  const summary = (db: Executor) =>
    queryRows<{ key: string; count: number }>(db, sql`SELECT concat_ws('|', lon, lat, commune_code, kind, facet) AS key, count FROM map_positions ORDER BY 1`);

  it("equals a recount after seeding, and after publishing, moving, re-theming, unpublishing and deleting", async () => {
    const seeded = await recount(handle.db);
    expect(seeded.length).toBeGreaterThan(1_000);
    expect(await summary(handle.db)).toEqual(seeded);
    await expect(
      handle.db.transaction(async (tx) => {
        const [first, second, third, fourth] = await queryRows<{ id: string }>(
          tx,
          sql`SELECT id FROM organisations WHERE status = 'published' ORDER BY id LIMIT 4`,
        );
        const [draft] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM organisations WHERE status <> 'published' ORDER BY id LIMIT 1`);
        await tx.execute(sql`UPDATE organisations SET status = 'published' WHERE id = ${draft!.id}`);
        await tx.execute(sql`UPDATE organisations SET lat = lat + 0.01, lon = lon - 0.01 WHERE id = ${first!.id}`);
        await tx.execute(sql`UPDATE organisations SET themes = ARRAY['health', 'youth'], kind = 'fondation' WHERE id = ${second!.id}`);
        await tx.execute(sql`UPDATE organisations SET status = 'suspended' WHERE id = ${third!.id}`);
        await tx.execute(sql`DELETE FROM organisations WHERE id = ${fourth!.id}`);
        // A statement touching many rows at once, and one changing nothing the map knows.
        await tx.execute(
          sql`UPDATE organisations SET themes = array_append(themes, 'education') WHERE status = 'published' AND kind = 'association' AND NOT 'education' = ANY(themes)`,
        );
        await tx.execute(sql`UPDATE organisations SET description = description || ' ' WHERE status = 'published'`);
        // Needs and offers: a new offer, a need closed, one deleted, and all of an organisation's at once.
        const [owner] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM organisations WHERE status = 'published' ORDER BY id OFFSET 10 LIMIT 1`);
        await tx.execute(sql`INSERT INTO needs_offers (organisation_id, direction, resource_kind, title) VALUES (${owner!.id}, 'offer', 'premises', 'Salle')`);
        await tx.execute(
          sql`UPDATE needs_offers SET status = 'closed' WHERE id = (SELECT id FROM needs_offers WHERE status = 'open' AND direction = 'need' ORDER BY id LIMIT 1)`,
        );
        await tx.execute(
          sql`DELETE FROM needs_offers WHERE id = (SELECT id FROM needs_offers WHERE status = 'open' AND direction = 'offer' ORDER BY id DESC LIMIT 1)`,
        );
        await tx.execute(
          sql`UPDATE needs_offers SET resource_kind = 'funding' WHERE organisation_id = (SELECT organisation_id FROM needs_offers ORDER BY organisation_id DESC LIMIT 1)`,
        );
        expect(await summary(tx)).toEqual(await recount(tx));
        // The kinds each organisation carries are its open ones, exactly.
        const [drift] = await queryRows<{ wrong: number }>(
          tx,
          sql`SELECT count(*)::int AS wrong FROM organisations o
              WHERE o.offer_kinds IS DISTINCT FROM coalesce((SELECT array_agg(DISTINCT resource_kind ORDER BY resource_kind) FROM needs_offers n WHERE n.organisation_id = o.id AND n.status = 'open' AND n.direction = 'offer'), '{}')
                 OR o.need_kinds IS DISTINCT FROM coalesce((SELECT array_agg(DISTINCT resource_kind ORDER BY resource_kind) FROM needs_offers n WHERE n.organisation_id = o.id AND n.status = 'open' AND n.direction = 'need'), '{}')`,
        );
        expect(drift?.wrong).toBe(0);
        // And the open needs and offers the matching reads: each distinct [direction, kind, themes] once, oldest first.
        const resources = await queryRows<{ id: string; stored: unknown; expected: unknown }>(
          tx,
          sql`SELECT o.id, o.open_resources AS stored,
                     coalesce((SELECT jsonb_agg(t.item ORDER BY t.first_at, t.first_id) FROM (
                                 SELECT jsonb_build_array(n.direction, n.resource_kind, n.themes) AS item, min(n.created_at) AS first_at, min(n.id::text) AS first_id
                                 FROM needs_offers n WHERE n.organisation_id = o.id AND n.status = 'open' GROUP BY 1) t), '[]'::jsonb) AS expected
              FROM organisations o`,
        );
        expect(resources.length).toBeGreaterThan(100);
        expect(resources.filter((row) => JSON.stringify(jsonColumn(row.stored)) !== JSON.stringify(jsonColumn(row.expected)))).toEqual([]);
        expect(resources.some((row) => jsonColumn<unknown[]>(row.stored).length > 1)).toBe(true);
        tx.rollback();
      }),
    ).rejects.toBeInstanceOf(TransactionRollbackError);
    expect(await summary(handle.db)).toEqual(seeded);
  });

  it("gives the same clusters as the organisations themselves, filtered or not", async () => {
    for (const zoom of [6, 10, 13]) {
      for (const filters of [
        {},
        { kind: ["association" as const] },
        { theme: ["health" as const] },
        { departement: "69" },
        { offers: ["funding" as const] },
        { needs: ["premises" as const], kind: ["entreprise" as const] },
      ]) {
        const viaSummary = await getMapClusters(handle.db, { bbox: zoom === 6 ? MAINLAND : LYON_WIDE, zoom, filters, layers: ["organisations"] });
        const viaRows = await getMapClusters(
          handle.db,
          { bbox: zoom === 6 ? MAINLAND : LYON_WIDE, zoom, filters, layers: ["organisations"] },
          { useSummary: false },
        );
        expect({ zoom, filters, result: viaSummary }).toEqual({ zoom, filters, result: viaRows });
      }
    }
  });
});
