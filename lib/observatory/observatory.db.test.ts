import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Transaction } from "@/db/client";
import { introductionEvents, introductions, organisations } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import type { ActorKind, IntroductionStatus, PartnershipType, Theme } from "@/lib/shared/vocabulary";
import { TRANSITIONS, type IntroductionAction } from "@/lib/introductions/workflow";
import { getObservatory, observatoryCsv } from "./observatory";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const NOW = new Date("2026-11-15T12:00:00Z");

// Five organisations in three départements of two régions: Rennes (35) and Brest (29) in Bretagne (53), Lyon (69)
// in Auvergne-Rhône-Alpes (84).
const ORGANISATIONS: Record<string, { kind: ActorKind; commune: string; themes: Theme[] }> = {
  A: { kind: "association", commune: "35238", themes: ["youth", "education"] },
  B: { kind: "entreprise", commune: "35238", themes: ["education", "local_economy"] },
  C: { kind: "collectivite", commune: "29019", themes: ["mobility"] },
  D: { kind: "entreprise", commune: "69123", themes: ["health"] },
  E: { kind: "association", commune: "69123", themes: ["health", "youth"] },
};

interface Scenario {
  from: keyof typeof ORGANISATIONS;
  to: keyof typeof ORGANISATIONS;
  actions: IntroductionAction[];
  /** When the request was sent, then the day of each action (ISO dates). */
  dates: string[];
  outcome?: PartnershipType;
}

const SCENARIOS: Scenario[] = [
  // Alliances: the date that counts is the alliance_started event's, not the request's nor the last change's.
  {
    from: "A",
    to: "B",
    actions: ["forward", "accept", "record_meeting", "start_alliance"],
    dates: ["2026-01-20", "2026-01-22", "2026-01-30", "2026-02-15", "2026-03-10"],
    outcome: "mecenat",
  },
  {
    from: "C",
    to: "B",
    actions: ["forward", "accept", "start_alliance"],
    dates: ["2026-02-01", "2026-02-02", "2026-02-10", "2026-03-20"],
    outcome: "economic_cooperation",
  },
  { from: "E", to: "D", actions: ["forward", "accept", "start_alliance"], dates: ["2025-10-01", "2025-10-02", "2025-10-05", "2025-12-05"], outcome: "mecenat" },
  // Older than the 24 months of the timeline, and across two régions.
  {
    from: "C",
    to: "E",
    actions: ["forward", "accept", "start_alliance"],
    dates: ["2022-11-01", "2022-11-02", "2022-11-10", "2023-01-12"],
    outcome: "societal_innovation",
  },
  // Not alliances.
  { from: "A", to: "D", actions: ["forward", "decline"], dates: ["2026-04-01", "2026-04-02", "2026-04-05"] },
  { from: "D", to: "C", actions: [], dates: ["2026-11-10"] },
  { from: "E", to: "A", actions: ["reject"], dates: ["2026-05-01", "2026-05-03"] },
  { from: "C", to: "A", actions: ["forward", "accept", "close"], dates: ["2026-05-01", "2026-05-02", "2026-05-03", "2026-07-01"] },
  { from: "B", to: "E", actions: ["forward", "accept", "record_meeting"], dates: ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-20"] },
];

/** Replaces every introduction with the scenarios above (inside the test's rolled-back transaction). */
async function loadScenarios(tx: Transaction) {
  await tx.delete(introductions).where(sql`TRUE`);
  const ids: Record<string, string> = {};
  for (const [key, spec] of Object.entries(ORGANISATIONS)) {
    const [commune] = await queryRows<{ lat: number; lon: number }>(tx, sql`SELECT lat, lon FROM communes WHERE code = ${spec.commune}`);
    const [row] = await tx
      .insert(organisations)
      .values({
        slug: `observatory-test-${key.toLowerCase()}`,
        name: `Observatory test ${key}`,
        kind: spec.kind,
        communeCode: spec.commune,
        lat: commune!.lat,
        lon: commune!.lon,
        themes: spec.themes,
        status: "published",
      })
      .returning({ id: organisations.id });
    ids[key] = row!.id;
  }
  for (const scenario of SCENARIOS) {
    const statuses: IntroductionStatus[] = ["submitted", ...scenario.actions.map((action) => TRANSITIONS[action].to)];
    const dates = scenario.dates.map((date) => new Date(`${date}T10:00:00Z`));
    const [introduction] = await tx
      .insert(introductions)
      .values({
        requesterOrganisationId: ids[scenario.from]!,
        targetOrganisationId: ids[scenario.to]!,
        status: statuses[statuses.length - 1]!,
        outcomePartnershipType: scenario.outcome ?? null,
        createdAt: dates[0]!,
        // Touched after the fact (a note edited, say): must not move the alliance in time.
        updatedAt: new Date("2026-10-01T10:00:00Z"),
      })
      .returning({ id: introductions.id });
    await tx.insert(introductionEvents).values(
      statuses.map((status, index) => ({
        introductionId: introduction!.id,
        fromStatus: index === 0 ? null : statuses[index - 1]!,
        toStatus: status,
        createdAt: dates[index]!,
      })),
    );
  }
}

describe("the observatory", () => {
  it("counts alliances started by territory, actor kinds, theme, partnership type and month", async () => {
    await withRollback(handle.db, async (tx) => {
      await loadScenarios(tx);
      const observatory = await getObservatory(tx, { regionCode: "53", now: NOW });
      // 9 requests; accepted or later: 4 alliances, 1 closed, 1 meeting; decided: those 6, 1 declined, 1 rejected.
      expect(observatory.headline).toEqual({ alliancesStarted: 4, introductionsRequested: 9, accepted: 6, decided: 8 });
      // An alliance between two régions counts once in each; two Rennes organisations count once in Bretagne.
      expect(observatory.regions.map((row) => [row.code, row.alliances])).toEqual([
        ["53", 3],
        ["84", 2],
      ]);
      expect(observatory.departements.map((row) => [row.code, row.alliances]).sort()).toEqual([
        ["29", 2],
        ["35", 2],
      ]);
      expect(observatory.departements.every((row) => row.regionCode === "53")).toBe(true);
      // With no région chosen, the busiest départements of the country.
      const national = await getObservatory(tx, { now: NOW });
      expect(national.departements.map((row) => [row.code, row.alliances])).toEqual([
        ["29", 2],
        ["35", 2],
        ["69", 2],
      ]);
      expect(observatory.kindPairs).toEqual([
        { kindA: "association", kindB: "entreprise", alliances: 2 },
        { kindA: "association", kindB: "collectivite", alliances: 1 },
        { kindA: "collectivite", kindB: "entreprise", alliances: 1 },
      ]);
      // A theme shared by both organisations (health in Lyon) counts once for their alliance.
      expect(Object.fromEntries(observatory.themes.map((row) => [row.theme, row.alliances]))).toEqual({
        youth: 3,
        education: 2,
        local_economy: 2,
        mobility: 2,
        health: 2,
      });
      expect(observatory.themes[0]).toEqual({ theme: "youth", alliances: 3 });
      expect(observatory.partnershipTypes).toEqual([
        { partnershipType: "mecenat", alliances: 2 },
        { partnershipType: "economic_cooperation", alliances: 1 },
        { partnershipType: "societal_innovation", alliances: 1 },
      ]);
      expect(observatory.months).toHaveLength(24);
      expect(observatory.months[0]!.month).toBe("2024-12");
      expect(observatory.months[23]!.month).toBe("2026-11");
      expect(observatory.months.filter((row) => row.alliances > 0)).toEqual([
        { month: "2025-12", alliances: 1 },
        { month: "2026-03", alliances: 2 },
      ]);
    });
  });

  it("writes each dataset as CSV with a header row", async () => {
    await withRollback(handle.db, async (tx) => {
      await loadScenarios(tx);
      const regions = await observatoryCsv(tx, "regions", NOW);
      expect(regions.filename).toBe("alliances-observatoire-regions.csv");
      expect(regions.body).toBe("region_code,region_name,alliances_started\r\n53,Bretagne,3\r\n84,Auvergne-Rhône-Alpes,2\r\n");
      const departements = (await observatoryCsv(tx, "departements", NOW)).body.split("\r\n");
      expect(departements[0]).toBe("departement_code,departement_name,region_code,alliances_started");
      expect(departements.slice(1, -1).sort()).toEqual(["29,Finistère,53,2", "35,Ille-et-Vilaine,53,2", "69,Rhône,84,2"]);
      expect((await observatoryCsv(tx, "kind-pairs", NOW)).body.split("\r\n")[1]).toBe(
        "association,entreprise,Association × Entreprise,Association × Company,2",
      );
      expect((await observatoryCsv(tx, "themes", NOW)).body.split("\r\n").slice(0, 2)).toEqual([
        "theme,label_fr,label_en,alliances_started",
        "youth,Jeunesse,Youth,3",
      ]);
      expect((await observatoryCsv(tx, "partnership-types", NOW)).body.split("\r\n")[1]).toBe("mecenat,Mécénat,Sponsorship,2");
      const months = (await observatoryCsv(tx, "months", NOW)).body.split("\r\n");
      expect(months).toHaveLength(26); // header, 24 months, the empty string after the last CRLF
      expect(months).toContain("2026-03,2");
    });
  });

  it("agrees with the demo data: 300 introductions, 100 alliances, every alliance in each breakdown", async () => {
    // The demo's dates are moved forward to the day it was loaded: "now" must be today, not a fixed date.
    const observatory = await getObservatory(handle.db, { regionCode: "11", now: new Date() });
    expect(observatory.headline.introductionsRequested).toBe(300);
    expect(observatory.headline.alliancesStarted).toBe(100);
    expect(observatory.headline.accepted).toBeLessThanOrEqual(observatory.headline.decided);
    const total = (rows: { alliances: number }[]) => rows.reduce((sum, row) => sum + row.alliances, 0);
    expect(total(observatory.partnershipTypes)).toBe(100);
    expect(total(observatory.kindPairs)).toBe(100);
    // Demo partners share a région, so the régions add up exactly; every demo alliance is within the 24 months.
    expect(total(observatory.regions)).toBe(100);
    expect(total(observatory.months)).toBe(100);
    expect(observatory.regions.every((row) => row.alliances >= 1)).toBe(true);
    const [ile] = await queryRows<{ alliances: number }>(
      handle.db,
      sql`SELECT count(DISTINCT i.id)::int AS alliances FROM introductions i
          JOIN organisations o ON o.id IN (i.requester_organisation_id, i.target_organisation_id)
          JOIN communes c ON c.code = o.commune_code
          WHERE i.status = 'alliance_started' AND c.region_code = '11'`,
    );
    expect(observatory.regions.find((row) => row.code === "11")?.alliances ?? 0).toBe(ile!.alliances);
    expect(total(observatory.departements)).toBeGreaterThanOrEqual(ile!.alliances);
  });
});
