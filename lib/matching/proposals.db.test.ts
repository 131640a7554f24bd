import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { introductionEvents, introductions, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { haversineKm } from "@/lib/geo/distance";
import { textArray } from "@/lib/geo/sql";
import { ACTOR_KINDS, RESOURCE_KINDS, THEMES } from "@/lib/shared/vocabulary";
import { RETRIEVAL } from "@/lib/matching/weights";
import { localAreaOf } from "@/lib/matching/area";
import { rankCandidates } from "@/lib/matching/rank";
import { retrieveInMemory } from "@/lib/matching/retrieval";
import type { MatchProfile } from "@/lib/matching/score";
import { getCommuneIndex } from "@/lib/territories/commune-index";
import { introductionStats } from "@/lib/introductions/responsiveness";
import { NO_INTRODUCTION_STATS, responsivenessOf } from "@/lib/introductions/responsiveness-figures";
import { proposePartners, proposeTerritoryAlliances } from "./proposals";
import { loadViewer, type Viewer } from "../auth/viewer";
import { ForbiddenError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const viewer = async (db: Executor, email: string) => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(db, user!.id))!;
};

interface Row {
  id: string;
  slug: string;
  status: string;
  lat: number;
  lon: number;
}
const allOrganisations = () => queryRows<Row>(handle.db, sql`SELECT id, slug, status, lat, lon FROM organisations ORDER BY slug`);

/** The organisation's member, for a membership-based test; the demo's "membre@" belongs to published ones. */
async function memberOrganisation(member: Viewer) {
  const published = member.memberships.find((membership) => membership.status === "published");
  expect(published, "the demo member belongs to a published organisation").toBeTruthy();
  return published!;
}

type ReferenceRow = Omit<MatchProfile, "needs" | "offers"> & { slug: string; resources: [string, MatchProfile["needs"][number]["resourceKind"], string[]][] };

/**
 * Compares proposePartners (the SQL retrieval) with the in-memory reference the evaluation runs, from the same
 * published profiles, for the subjects picked; returns how many were compared. The database finds its nearest on a
 * plane (a fixed longitude scale) where the reference measures on the sphere: the local distance scale, and so the
 * scores, may differ in the third decimal and near-ties swap; the reference's top five must be proposed, and nothing
 * the reference would not rank in its first fifteen.
 */
async function compareWithReference(db: Executor, pick: (row: ReferenceRow, index: number) => boolean): Promise<number> {
  const communes = await getCommuneIndex(db);
  const rows = await queryRows<ReferenceRow>(
    db,
    sql`SELECT id, slug, kind, themes, odd, objectives, lat, lon, commune_code AS "communeCode", open_resources AS resources,
               (extract(epoch FROM now() - updated_at) / 2629746)::float8 AS "monthsSinceUpdate"
        FROM organisations WHERE status = 'published' ORDER BY slug`,
  );
  const stats = await introductionStats(
    db,
    rows.map((row) => row.id),
  );
  const profiles: MatchProfile[] = rows.map(({ resources, ...row }) => {
    const commune = communes.get(row.communeCode!);
    const items = (direction: string) =>
      resources.filter(([side]) => side === direction).map(([, resourceKind, themes]) => ({ resourceKind, themes }) as MatchProfile["needs"][number]);
    return {
      ...row,
      epciCode: commune?.epciCode ?? null,
      departementCode: commune?.departementCode ?? "",
      ...localAreaOf(commune, row.communeCode!, commune?.epciKind),
      needs: items("need"),
      offers: items("offer"),
      responsiveness: responsivenessOf(stats.get(row.id) ?? NO_INTRODUCTION_STATS),
    };
  });
  let compared = 0;
  for (const [index, subject] of profiles.entries()) {
    if (!pick(rows[index]!, index)) continue;
    const slug = rows[index]!.slug;
    const pool = profiles.map((profile) => ({ ...profile, distanceKm: haversineKm(subject, profile) }));
    const retrieved = retrieveInMemory(subject, pool);
    const expected = rankCandidates(subject, retrieved.candidates, {
      distances: new Map(retrieved.candidates.map((candidate) => [candidate.id, candidate.distanceKm])),
      scaleKm: retrieved.scaleKm,
      limit: 15,
    });
    const result = (await proposePartners(db, null, slug, { locale: "fr", fresh: true }))!;
    expect(result.radiusKm, slug).toBe(retrieved.radiusKm);
    const reference = new Map(expected.map((item) => [item.candidateId, item.score]));
    const ids = result.proposals.map((proposal) => proposal.id);
    for (const item of expected.slice(0, 5)) expect(ids, `${slug}: ${item.candidateId}`).toContain(item.candidateId);
    for (const proposal of result.proposals) {
      expect(reference.has(proposal.id), `${slug}: ${proposal.slug}`).toBe(true);
      expect(Math.abs(proposal.score - reference.get(proposal.id)!), `${slug}: ${proposal.slug}`).toBeLessThan(0.01);
    }
    compared++;
  }
  return compared;
}

describe("partner proposals", () => {
  it("retrieves every published organisation within the radius (brute force), and widens where the land is empty", async () => {
    const organisations = await allOrganisations();
    const published = organisations.filter((row) => row.status === "published");
    // A spread of subjects: every 400th published organisation.
    const subjects = published.filter((_, index) => index % 400 === 0);
    let widened = 0;
    for (const subject of subjects) {
      const result = (await proposePartners(handle.db, null, subject.slug, { locale: "fr" }))!;
      expect(result.audience).toBe("public");
      const within = (radius: number) => published.filter((row) => row.id !== subject.id && haversineKm(subject, row) <= radius).length;
      // At least the nearest ones, at most everyone within the radius, and never more than the two sources bring.
      expect(result.candidatesConsidered).toBeGreaterThanOrEqual(Math.min(within(result.radiusKm), RETRIEVAL.nearest));
      expect(result.candidatesConsidered).toBeLessThanOrEqual(Math.min(within(result.radiusKm), RETRIEVAL.nearest + RETRIEVAL.byFit));
      // The radius is the first step that holds enough candidates (or the widest one).
      const smaller = RETRIEVAL.radiiKm.filter((radius) => radius < result.radiusKm);
      for (const radius of smaller) expect(Math.min(within(radius), RETRIEVAL.nearest)).toBeLessThan(RETRIEVAL.minCandidates);
      if (result.widened) widened++;
      for (const proposal of result.proposals) {
        expect(proposal.slug).not.toBe(subject.slug);
        expect(proposal.distanceKm).toBeLessThanOrEqual(result.radiusKm + 0.05);
        expect(proposal.reasons.length).toBeGreaterThan(0);
        expect(published.some((row) => row.slug === proposal.slug)).toBe(true);
      }
      expect(result.proposals.length).toBeLessThanOrEqual(10);
    }
    expect(subjects.length).toBeGreaterThan(5);
    // The demo network has empty countryside somewhere among these subjects.
    expect(widened).toBeGreaterThan(0);
  });

  it("proposes what the evaluation's in-memory reference proposes from the same profiles, on the demo network and on a crowded point", async () => {
    // The reference (lib/matching/retrieval.ts) is what `npm run matching:evaluate` measures: the SQL must find the same.
    expect(await compareWithReference(handle.db, (_, index) => index % 250 === 0)).toBeGreaterThan(10);
    await withRollback(handle.db, async (tx) => {
      // 900 organisations of every kind along 10 km of a city (each on its own point, so that "the nearest" is one set),
      // with needs and offers drawn at random (seeded): far more fitting candidates within the radius than the fit
      // source keeps, so its order decides.
      const [city] = await queryRows<{ code: string; lat: number; lon: number }>(tx, sql`SELECT code, lat, lon FROM communes WHERE code = '69123'`);
      await tx.execute(sql`SELECT setseed(0.42)`);
      await tx.execute(sql`INSERT INTO organisations (slug, name, kind, commune_code, lat, lon, themes, status, published_at)
        SELECT 'crowd-' || i, 'Organisation ' || i, (${textArray(ACTOR_KINDS)}::text[])[1 + (i % ${ACTOR_KINDS.length})], ${city!.code},
               ${city!.lat} + i * 0.0001, ${city!.lon}, ARRAY[(${textArray(THEMES)}::text[])[1 + floor(random() * 3)::int]], 'published', now()
        FROM generate_series(1, 900) i`);
      await tx.execute(sql`INSERT INTO needs_offers (organisation_id, direction, resource_kind, themes, title)
        SELECT o.id, CASE WHEN random() < 0.5 THEN 'need' ELSE 'offer' END, (${textArray(RESOURCE_KINDS)}::text[])[1 + floor(random() * 4)::int],
               CASE WHEN random() < 0.5 THEN o.themes ELSE ARRAY[(${textArray(THEMES)}::text[])[1 + floor(random() * 3)::int]] END, 'Un besoin ou une offre'
        FROM organisations o, generate_series(1, 3) n WHERE o.slug LIKE 'crowd-%'`);
      expect(await compareWithReference(tx, (row) => row.slug.startsWith("crowd-") && Number(row.slug.slice(6)) % 150 === 0)).toBe(6);
    });
  });

  it("answers null for an organisation that is not published, and for a focus that is not one of its items", async () => {
    const organisations = await allOrganisations();
    const hidden = organisations.find((row) => row.status !== "published");
    if (hidden) expect(await proposePartners(handle.db, null, hidden.slug, { locale: "fr" })).toBeNull();
    expect(await proposePartners(handle.db, null, "no-such-organisation", { locale: "fr" })).toBeNull();
    const visible = organisations.find((row) => row.status === "published")!;
    expect(await proposePartners(handle.db, null, visible.slug, { locale: "fr", focusId: "00000000-0000-0000-0000-000000000000" })).toBeNull();
  });

  it("with a focus on a need, proposes only organisations offering that kind of resource", async () => {
    const [need] = await queryRows<{ id: string; slug: string; resourceKind: string }>(
      handle.db,
      sql`SELECT n.id, o.slug, n.resource_kind AS "resourceKind" FROM needs_offers n JOIN organisations o ON o.id = n.organisation_id
          WHERE n.direction = 'need' AND n.status = 'open' AND o.status = 'published' ORDER BY n.id LIMIT 1`,
    );
    const result = (await proposePartners(handle.db, null, need!.slug, { locale: "fr", focusId: need!.id }))!;
    expect(result.focus?.id).toBe(need!.id);
    expect(result.proposals.length).toBeGreaterThan(0);
    const offering = await queryRows<{ slug: string }>(
      handle.db,
      sql`SELECT DISTINCT o.slug FROM needs_offers n JOIN organisations o ON o.id = n.organisation_id
          WHERE n.direction = 'offer' AND n.status = 'open' AND n.resource_kind = ${need!.resourceKind}`,
    );
    const offeringSlugs = new Set(offering.map((row) => row.slug));
    for (const proposal of result.proposals) expect(offeringSlugs.has(proposal.slug)).toBe(true);
    expect(result.proposals[0]!.reasons[0]!.code).toBe("offers_what_you_need");
    // Each proposal is about the need in focus, and exchanges at least its kind of resource.
    for (const proposal of result.proposals) {
      expect(proposal.needOfferId).toBe(need!.id);
      expect(proposal.resourceKinds).toContain(need!.resourceKind);
    }
  });

  it("says what each proposal exchanges and which of the organisation's own needs or offers it is first about", async () => {
    const member = await viewer(handle.db, "membre@alliances.example");
    const own = await memberOrganisation(member);
    const result = (await proposePartners(handle.db, member, own.slug, { locale: "fr", limit: 50 }))!;
    expect(result.proposals.length).toBeGreaterThan(10);
    const items = new Map(result.items.map((item) => [item.id, item]));
    for (const proposal of result.proposals) {
      const exchanges = proposal.reasons.some((reason) => reason.code === "offers_what_you_need" || reason.code === "needs_what_you_offer");
      expect(proposal.resourceKinds.length > 0, proposal.slug).toBe(exchanges);
      if (!exchanges) {
        expect(proposal.needOfferId).toBeNull();
        continue;
      }
      const item = items.get(proposal.needOfferId!);
      expect(item, proposal.slug).toBeDefined();
      expect(proposal.resourceKinds).toContain(item!.resourceKind);
      // A need met comes before an offer taken.
      if (proposal.reasons.some((reason) => reason.code === "offers_what_you_need")) expect(item!.direction).toBe("need");
    }
  });

  it("gives members a personal list: not their own organisations, nor partners already introduced; the public list is unchanged", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const own = await memberOrganisation(member);
      const before = (await proposePartners(tx, member, own.slug, { locale: "fr" }))!;
      expect(before.audience).toBe("member");
      expect(before.proposals.length).toBeGreaterThan(1);
      expect(before.proposals[0]!.reasons.some((reason) => /\b(vous|vos)\b/.test(reason.text))).toBe(true);
      const ownIds = new Set(member.memberships.map((membership) => membership.organisationId));
      for (const proposal of before.proposals) expect(ownIds.has(proposal.id)).toBe(false);

      const [first, second] = before.proposals;
      await tx.insert(introductions).values({ requesterOrganisationId: own.organisationId, targetOrganisationId: first!.id, status: "declined" });
      // A request the catalyst forwarded: the organisation has seen who asked.
      const [received] = await tx
        .insert(introductions)
        .values({ requesterOrganisationId: second!.id, targetOrganisationId: own.organisationId, status: "forwarded" })
        .returning({ id: introductions.id });
      await tx.insert(introductionEvents).values({ introductionId: received!.id, fromStatus: "submitted", toStatus: "forwarded" });
      const after = (await proposePartners(tx, member, own.slug, { locale: "fr" }))!;
      expect(after.proposals.map((proposal) => proposal.id)).not.toContain(first!.id);
      expect(after.proposals.map((proposal) => proposal.id)).not.toContain(second!.id);

      // A withdrawn request reopens the pair.
      await tx.execute(sql`UPDATE introductions SET status = 'withdrawn' WHERE target_organisation_id = ${first!.id}`);
      const reopened = (await proposePartners(tx, member, own.slug, { locale: "fr" }))!;
      expect(reopened.proposals.map((proposal) => proposal.id)).toContain(first!.id);

      // Anyone else sees proposals computed on public data only: the introductions change nothing for them.
      const stranger = await viewer(tx, "membre2@alliances.example");
      const publicView = (await proposePartners(
        tx,
        stranger.memberships.some((membership) => membership.organisationId === own.organisationId) ? null : stranger,
        own.slug,
        { locale: "fr" },
      ))!;
      expect(publicView.audience).toBe("public");
      expect(publicView.proposals.map((proposal) => proposal.id)).toContain(first!.id);
      expect(publicView.proposals.every((proposal) => proposal.reasons.every((reason) => !/\bvous\b/.test(reason.text)))).toBe(true);
    });
  });
});

describe("who asked, before the catalyst forwards", () => {
  it("a request the target has not been shown (submitted, or rejected by the catalyst) leaves its list as the public one; once forwarded, the requester is left out", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const own = await memberOrganisation(member);
      const ids = async () => (await proposePartners(tx, member, own.slug, { locale: "fr", limit: 50 }))!.proposals.map((proposal) => proposal.id);
      const before = await ids();
      const requester = before[0]!;

      const [request] = await tx
        .insert(introductions)
        .values({ requesterOrganisationId: requester, targetOrganisationId: own.organisationId, status: "submitted" })
        .returning({ id: introductions.id });
      await tx.insert(introductionEvents).values({ introductionId: request!.id, fromStatus: null, toStatus: "submitted" });
      expect(await ids(), "a submitted request, not yet forwarded").toEqual(before);

      await tx.execute(sql`UPDATE introductions SET status = 'rejected' WHERE id = ${request!.id}`);
      await tx.insert(introductionEvents).values({ introductionId: request!.id, fromStatus: "submitted", toStatus: "rejected" });
      expect(await ids(), "a request the catalyst rejected, never forwarded").toEqual(before);

      // The same pair, asked again and this time forwarded: the target knows, its list leaves the requester out.
      const [again] = await tx
        .insert(introductions)
        .values({ requesterOrganisationId: requester, targetOrganisationId: own.organisationId, status: "forwarded" })
        .returning({ id: introductions.id });
      await tx.insert(introductionEvents).values([
        { introductionId: again!.id, fromStatus: null, toStatus: "submitted" },
        { introductionId: again!.id, fromStatus: "submitted", toStatus: "forwarded" },
      ]);
      expect(await ids()).not.toContain(requester);
      // Declined after being forwarded: still seen, still left out.
      await tx.execute(sql`UPDATE introductions SET status = 'declined' WHERE id = ${again!.id}`);
      expect(await ids()).not.toContain(requester);
    });
  });

  it("the requester's own requests stay left out of its list from the moment they are sent", async () => {
    await withRollback(handle.db, async (tx) => {
      const member = await viewer(tx, "membre@alliances.example");
      const own = await memberOrganisation(member);
      const ids = async () => (await proposePartners(tx, member, own.slug, { locale: "fr", limit: 50 }))!.proposals.map((proposal) => proposal.id);
      const target = (await ids())[0]!;
      const [request] = await tx
        .insert(introductions)
        .values({ requesterOrganisationId: own.organisationId, targetOrganisationId: target, status: "submitted" })
        .returning({ id: introductions.id });
      expect(await ids()).not.toContain(target);
      await tx.execute(sql`UPDATE introductions SET status = 'rejected' WHERE id = ${request!.id}`);
      expect(await ids()).not.toContain(target);
    });
  });
});

describe("the public proposals' cache", () => {
  it("answers again from memory until a commit changes the directory, then shows the change", async () => {
    const [subject] = await queryRows<{ slug: string }>(
      handle.db,
      sql`SELECT slug FROM organisations WHERE status = 'published' AND is_demo ORDER BY slug LIMIT 1`,
    );
    const first = await proposePartners(handle.db, null, subject!.slug, { locale: "fr", limit: 6 });
    expect(first?.audience).toBe("public");
    expect(await proposePartners(handle.db, null, subject!.slug, { locale: "fr", limit: 6 })).toBe(first);
    const partner = first!.proposals[0]!;
    await handle.db.execute(sql`UPDATE organisations SET name = name || ' (renommée)' WHERE id = ${partner.id}`);
    try {
      const after = await proposePartners(handle.db, null, subject!.slug, { locale: "fr", limit: 6 });
      expect(after).not.toBe(first);
      expect(after?.proposals.find((proposal) => proposal.id === partner.id)?.name).toBe(`${partner.name} (renommée)`);
    } finally {
      await handle.db.execute(sql`UPDATE organisations SET name = ${partner.name} WHERE id = ${partner.id}`);
    }
    // A member's list is never taken from the public cache.
    const member = await viewer(handle.db, "membre@alliances.example");
    const own = await memberOrganisation(member);
    const [ownSlug] = await queryRows<{ slug: string }>(handle.db, sql`SELECT slug FROM organisations WHERE id = ${own.organisationId}`);
    const forMember = await proposePartners(handle.db, member, ownSlug!.slug, { locale: "fr", limit: 6 });
    expect(forMember?.audience).toBe("member");
    expect(await proposePartners(handle.db, member, ownSlug!.slug, { locale: "fr", limit: 6 })).not.toBe(forMember);
  });
});

describe("a catalyst's potential alliances", () => {
  it("is for the catalyst's own staff and admins only", async () => {
    const staff = await viewer(handle.db, "catalyseur@alliances.example");
    const own = staff.catalysts[0]!;
    await expect(proposeTerritoryAlliances(handle.db, null, own.slug, { locale: "fr" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(proposeTerritoryAlliances(handle.db, await viewer(handle.db, "membre@alliances.example"), own.slug, { locale: "fr" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const [other] = await queryRows<{ slug: string }>(
      handle.db,
      sql`SELECT slug FROM catalysts WHERE id <> ALL(${sql.raw(`ARRAY[${staff.catalysts.map((catalyst) => `'${catalyst.catalystId}'`).join(",")}]::uuid[]`)}) ORDER BY slug LIMIT 1`,
    );
    await expect(proposeTerritoryAlliances(handle.db, staff, other!.slug, { locale: "fr" })).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await viewer(handle.db, "admin@alliances.example");
    expect((await proposeTerritoryAlliances(handle.db, admin, other!.slug, { locale: "fr" })).catalyst.slug).toBe(other!.slug);
  });

  it("pairs organisations of the territory whose needs and offers meet, best first, never twice", async () => {
    const staff = await viewer(handle.db, "catalyseur@alliances.example");
    const result = await proposeTerritoryAlliances(handle.db, staff, staff.catalysts[0]!.slug, { locale: "fr" });
    expect(result.organisationsInTerritory).toBeGreaterThan(1);
    expect(result.alliances.length).toBeGreaterThan(0);
    const scores = result.alliances.map((alliance) => alliance.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const pairs = result.alliances.map((alliance) => [alliance.first.slug, alliance.second.slug].sort().join("|"));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const alliance of result.alliances) {
      expect(alliance.first.slug).not.toBe(alliance.second.slug);
      expect(["offers_what_you_need", "needs_what_you_offer"]).toContain(alliance.reasons[0]!.code);
      // Named after "de" or "que", so a leading Le or Les may have contracted ("des Arts ensemble…").
      expect(alliance.reasons[0]!.text).toContain(alliance.first.name.replace(/^(Le|Les) /, ""));
    }
  });
});
