import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { getPublicCatalyst, searchCatalysts } from "@/lib/catalysts/catalysts";
import { resolvePlace } from "@/lib/catalysts/finder";
import { catalystSearchSchema } from "@/lib/catalysts/schemas";
import { getIntroduction, listIntroductions } from "@/lib/introductions/reads";
import { introductionListQuerySchema } from "@/lib/introductions/schemas";
import { getMapClusters } from "@/lib/map/clusters";
import { mapViewportSchema, STACK_DETAIL_ZOOM } from "@/lib/map/cluster-layout";
import { proposePartners } from "@/lib/matching/proposals";
import { getPublicOrganisation, searchOrganisations } from "@/lib/organisations/directory";
import { organisationFiltersSchema } from "@/lib/organisations/filters";
import { searchCollectivites } from "@/lib/territories/collectivites";
import { demoViewer } from "@/lib/testing/demo-viewer";
import {
  ambiguousPlace,
  catalystFinderAnswer,
  catalystProfile,
  catalystSearchResult,
  collectiviteSuggestions,
  introductionDetail,
  introductionList,
  mapClusters,
  organisationProfile,
  organisationSearchResult,
  partnerProposals,
} from "./api-responses";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/**
 * What the route answers is exactly what its documented schema describes: it parses (every field of the right
 * type, every required one there), and parsing drops nothing (z.object strips what it does not name, so a field
 * the description leaves out — a contact, say — would make the two differ).
 */
function expectDescribed(schema: z.ZodType, answer: unknown): void {
  const json: unknown = JSON.parse(JSON.stringify(answer));
  const parsed = schema.safeParse(json);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(json);
}

describe("the JSON API's answers are what /api/openapi.json describes", () => {
  it("the directory's search and profiles", async () => {
    const db = handle.db;
    const page = await searchOrganisations(db, organisationFiltersSchema.parse({}));
    expect(page.items.length).toBeGreaterThan(0);
    expectDescribed(organisationSearchResult, page);
    expectDescribed(
      organisationSearchResult,
      await searchOrganisations(db, organisationFiltersSchema.parse({ near: "69123", radius: "50", q: "association" })),
    );
    // The profiles with the most to say: needs, offers and covering catalysts.
    const slugs = await queryRows<{ slug: string }>(
      db,
      sql`SELECT o.slug FROM organisations o WHERE o.status = 'published'
          ORDER BY (SELECT count(*) FROM needs_offers n WHERE n.organisation_id = o.id AND n.status = 'open') DESC, o.slug LIMIT 3`,
    );
    for (const { slug } of slugs) expectDescribed(organisationProfile, await getPublicOrganisation(db, slug));
  });

  it("the catalysts' list, profiles and finder", async () => {
    const db = handle.db;
    const list = await searchCatalysts(db, catalystSearchSchema.parse({}));
    expect(list.items.length).toBeGreaterThan(0);
    expectDescribed(catalystSearchResult, list);
    // A catalyst whose contact is published, and one whose contact is not.
    const catalysts = await queryRows<{ slug: string }>(
      db,
      sql`(SELECT slug FROM catalysts WHERE contact_public LIMIT 1) UNION ALL (SELECT slug FROM catalysts WHERE NOT contact_public LIMIT 1)`,
    );
    for (const { slug } of catalysts) expectDescribed(catalystProfile, await getPublicCatalyst(db, slug));

    const found = await resolvePlace(db, { kind: "commune", code: "69123" }, { nearestCount: 5 });
    expect(found.status).toBe("found");
    if (found.status === "found") expectDescribed(catalystFinderAnswer, { ambiguous: false, ...found.answer });
    const point = await resolvePlace(db, { kind: "point", lat: 45.76, lon: 4.83 }, { nearestCount: 3 });
    if (point.status === "found") expectDescribed(catalystFinderAnswer, { ambiguous: false, ...point.answer });
    // As the route answers a postcode several communes share.
    const shared = await resolvePlace(db, { kind: "postcode", postcode: "01400" });
    expect(shared.status).toBe("ambiguous");
    if (shared.status === "ambiguous") {
      expectDescribed(ambiguousPlace, {
        ambiguous: true,
        reason: shared.reason,
        query: shared.query,
        message: "Plusieurs communes correspondent",
        communes: shared.communes,
      });
    }
    expectDescribed(collectiviteSuggestions, { collectivites: await searchCollectivites(db, "epci", "muretain", 8) });
  });

  it("the map's clusters and markers", async () => {
    const viewport = mapViewportSchema.parse({ bbox: "-5.5,41.2,9.8,51.2", zoom: "5" });
    const france = await getMapClusters(handle.db, { ...viewport, filters: organisationFiltersSchema.parse({}) });
    expect(france.features.length).toBeGreaterThan(0);
    expectDescribed(mapClusters, france);
    // Where several organisations share one point (a commune's centre), at the zoom that lists them as a stack.
    const [place] = await queryRows<{ lat: number; lon: number }>(
      handle.db,
      sql`SELECT lat, lon FROM organisations WHERE status = 'published' GROUP BY lat, lon HAVING count(*) > 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const box = [place!.lon - 0.002, place!.lat - 0.002, place!.lon + 0.002, place!.lat + 0.002].join(",");
    const street = mapViewportSchema.parse({ bbox: box, zoom: String(STACK_DETAIL_ZOOM), layers: "organisations,catalysts" });
    const stacked = await getMapClusters(handle.db, { ...street, filters: organisationFiltersSchema.parse({}) });
    expect(stacked.features.some((feature) => feature.properties.cluster && feature.properties.stack)).toBe(true);
    expectDescribed(mapClusters, stacked);
  });

  it("partner proposals, public and for a member", async () => {
    const db = handle.db;
    const member = await demoViewer(db, "membre@alliances.example");
    const own = member.memberships.find((membership) => membership.status === "published")!;
    const publicList = await proposePartners(db, null, own.slug, { limit: 10, locale: "fr" });
    expect(publicList?.proposals.length).toBeGreaterThan(0);
    expectDescribed(partnerProposals, publicList);
    expectDescribed(partnerProposals, await proposePartners(db, member, own.slug, { limit: 50, locale: "en" }));
  });

  it("introductions, as each side and the catalyst see them", async () => {
    const db = handle.db;
    for (const email of ["membre@alliances.example", "membre2@alliances.example", "catalyseur@alliances.example", "admin@alliances.example"]) {
      const viewer = await demoViewer(db, email);
      for (const box of ["sent", "received", "catalyst"] as const) {
        const query = introductionListQuerySchema.parse({ box });
        const list = await listIntroductions(db, viewer, query);
        // As the route answers: the query, then the page.
        expectDescribed(introductionList, { ...query, ...list });
        for (const item of list.items.slice(0, 3)) expectDescribed(introductionDetail, await getIntroduction(db, viewer, item.id));
      }
    }
    const [any] = await queryRows<{ count: number }>(db, sql`SELECT count(*)::int AS count FROM introductions`);
    expect(any!.count).toBeGreaterThan(0);
  });
});
