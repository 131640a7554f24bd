import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { catalystStaff, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { loadViewer, type Viewer } from "../auth/viewer";
import { requestIntroduction } from "./requests";
import { getPublicOrganisation } from "../organisations/directory";
import { organisationProfile } from "../open-data/api-responses";
import { introductionStats } from "./responsiveness";
import { transitionIntroduction } from "./transitions";
import type { IntroductionAction } from "./workflow";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const URL = "http://localhost:3000";
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const MESSAGE = "Bonjour, nous aimerions vous rencontrer pour monter un projet ensemble sur le territoire.";

interface Party {
  id: string;
  slug: string;
  member: Viewer;
}

/** Fresh published organisations with a member each, in communes of one catalyst's territory, and its staff. */
async function territory(db: Executor, tag = Math.random().toString(36).slice(2, 8)) {
  const [place] = await queryRows<{ catalystId: string; commune: string }>(
    db,
    sql`SELECT cc.catalyst_id AS "catalystId", (SELECT code FROM communes WHERE epci_code = cc.territory_code ORDER BY code LIMIT 1) AS commune
        FROM catalyst_coverage cc WHERE cc.territory_kind = 'intercommunality'
          AND (SELECT count(*) FROM communes WHERE epci_code = cc.territory_code) > 3
        ORDER BY cc.catalyst_id LIMIT 1`,
  );
  const newUser = async (email: string) => {
    const [row] = await db
      .insert(users)
      .values({ email, name: email.split("@")[0] })
      .returning({ id: users.id });
    return row!.id;
  };
  let count = 0;
  const organisation = async (name: string): Promise<Party> => {
    count += 1;
    const slug = `${name}-${count}-${tag}`.toLowerCase();
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO organisations (slug, name, kind, commune_code, lat, lon, status, published_at, description)
          SELECT ${slug}, ${`${name} ${count} ${tag}`}, 'association', code, lat, lon, 'published', now(), 'Organisation de test'
          FROM communes WHERE code = ${place!.commune}
          RETURNING id`,
    );
    const userId = await newUser(`${slug}@test.example`);
    await db.execute(sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${userId}, ${row!.id}, 'owner')`);
    return { id: row!.id, slug, member: (await loadViewer(db, userId))! };
  };
  const staffId = await newUser(`staff-${tag}@test.example`);
  await db.insert(catalystStaff).values({ userId: staffId, catalystId: place!.catalystId });
  return { organisation, staff: (await loadViewer(db, staffId))! };
}

type Walk =
  | { to: "submitted" }
  | { to: "rejected" }
  | { to: "forwarded" | "withdrawn"; forwardedAt: Date }
  | { to: "accepted" | "declined"; forwardedAt: Date; answeredAt: Date; then?: IntroductionAction };

/** An introduction from `from` to `to`, requested two days before it is forwarded, walked through the workflow at the given times. */
async function introduce(db: Executor, staff: Viewer, from: Party, to: Party, walk: Walk, requestedAt?: Date): Promise<string> {
  const askedAt = requestedAt ?? ("forwardedAt" in walk ? new Date(walk.forwardedAt.getTime() - 2 * DAY) : new Date());
  const { id } = await requestIntroduction(db, from.member, { fromOrganisationId: from.id, toSlug: to.slug, message: MESSAGE }, URL, askedAt);
  if (walk.to === "submitted") return id;
  if (walk.to === "rejected") {
    await transitionIntroduction(db, staff, id, "reject", { note: "Pas le bon interlocuteur." }, URL, new Date(askedAt.getTime() + HOUR));
    return id;
  }
  await transitionIntroduction(db, staff, id, "forward", {}, URL, walk.forwardedAt);
  if (walk.to === "withdrawn") {
    await transitionIntroduction(db, from.member, id, "withdraw", {}, URL, new Date(walk.forwardedAt.getTime() + DAY));
  } else if (walk.to === "accepted" || walk.to === "declined") {
    await transitionIntroduction(db, to.member, id, walk.to === "accepted" ? "accept" : "decline", {}, URL, walk.answeredAt);
    if (walk.then) await transitionIntroduction(db, from.member, id, walk.then, {}, URL, new Date(walk.answeredAt.getTime() + DAY));
  }
  return id;
}

const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY);
const answered = (now: Date, answeredDaysAgo: number, delayDays: number) => ({
  forwardedAt: before(now, answeredDaysAgo + delayDays),
  answeredAt: before(now, answeredDaysAgo),
});

describe("introduction statistics", () => {
  it("count the requests forwarded to an organisation and the median delay of its answers, from all ids in one call", async () => {
    await withRollback(handle.db, async (tx) => {
      const now = new Date();
      const { organisation, staff } = await territory(tx);
      const target = await organisation("Sollicitee");
      const fewAnswers = await organisation("Peu-de-reponses");
      const onlyAsked = await organisation("Seulement-demandeuse");
      const quiet = await organisation("Sans-demande");
      const requesters = [];
      for (let index = 0; index < 10; index += 1) requesters.push(await organisation("Demandeur"));
      const [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9] = requesters as [Party, Party, Party, Party, Party, Party, Party, Party, Party, Party];

      // Answers within the year: 1, 2.5, 6 and 10 days after forwarding (whatever followed, and however long the
      // catalyst took: each was requested two days before it was forwarded, one of them a month before).
      await introduce(tx, staff, r0, target, { to: "accepted", ...answered(now, 20, 1) });
      await introduce(tx, staff, r1, target, { to: "declined", ...answered(now, 40, 2.5) });
      await introduce(tx, staff, r2, target, { to: "accepted", ...answered(now, 100, 6), then: "record_meeting" }, before(now, 136));
      await introduce(tx, staff, r3, target, { to: "accepted", ...answered(now, 200, 10), then: "close" });
      // Answered 13 months ago, slowly: outside the window.
      await introduce(tx, staff, r4, target, { to: "accepted", ...answered(now, 395, 20) });
      // Waiting on the target: two forwarded. Not waiting on it: one still with the catalyst, one rejected, one withdrawn.
      await introduce(tx, staff, r5, target, { to: "forwarded", forwardedAt: before(now, 3) });
      await introduce(tx, staff, r6, target, { to: "forwarded", forwardedAt: before(now, 1) });
      await introduce(tx, staff, r7, target, { to: "submitted" });
      await introduce(tx, staff, r8, target, { to: "rejected" }, before(now, 5));
      await introduce(tx, staff, r9, target, { to: "withdrawn", forwardedAt: before(now, 10) });
      // The target's own requests count for the organisations it asked, not for itself.
      await introduce(tx, staff, target, fewAnswers, { to: "accepted", ...answered(now, 30, 1) });
      await introduce(tx, staff, target, onlyAsked, { to: "forwarded", forwardedAt: before(now, 2) });
      await introduce(tx, staff, r0, fewAnswers, { to: "declined", ...answered(now, 15, 4) });

      const stats = await introductionStats(tx, [target.id, fewAnswers.id, onlyAsked.id, quiet.id, target.id], now);
      expect([...stats.keys()].sort()).toEqual([target.id, fewAnswers.id, onlyAsked.id, quiet.id].sort());
      expect(stats.get(target.id)).toEqual({ pendingReceived: 2, answered: 4, medianAnswerDays: 4.25 });
      // Two answers are not enough for a median.
      expect(stats.get(fewAnswers.id)).toEqual({ pendingReceived: 0, answered: 2, medianAnswerDays: null });
      expect(stats.get(onlyAsked.id)).toEqual({ pendingReceived: 1, answered: 0, medianAnswerDays: null });
      expect(stats.get(quiet.id)).toEqual({ pendingReceived: 0, answered: 0, medianAnswerDays: null });
      expect((await introductionStats(tx, [], now)).size).toBe(0);
      // The public profile (page and API) says it as whole days, rounded up: "répond en général sous 5 jours".
      const profile = await getPublicOrganisation(tx, target.slug);
      expect(profile?.answersWithinDays).toBe(5);
      expect(organisationProfile.parse(profile).answersWithinDays).toBe(5);
      expect((await getPublicOrganisation(tx, fewAnswers.slug))?.answersWithinDays).toBeNull();

      // Six months on, the answer of 200 days ago has left the window: three answers remain (1, 2.5, 6 days).
      const later = await introductionStats(tx, [target.id], new Date(now.getTime() + 180 * DAY));
      expect(later.get(target.id)).toEqual({ pendingReceived: 2, answered: 3, medianAnswerDays: 2.5 });
      // Four months later still, only two remain: no figure.
      const muchLater = await introductionStats(tx, [target.id], new Date(now.getTime() + 300 * DAY));
      expect(muchLater.get(target.id)).toMatchObject({ answered: 2, medianAnswerDays: null });
    });
  });

  it("measure the delay from the forwarding event to the answer event, as recorded", async () => {
    await withRollback(handle.db, async (tx) => {
      const now = new Date();
      const { organisation, staff } = await territory(tx);
      const target = await organisation("Sollicitee");
      const ids: string[] = [];
      for (let index = 0; index < 3; index += 1) {
        ids.push(await introduce(tx, staff, await organisation("Demandeur"), target, { to: "accepted", ...answered(now, 10, 1) }));
      }
      expect((await introductionStats(tx, [target.id], now)).get(target.id)?.medianAnswerDays).toBe(1);
      // History rewritten by hand: forwarded 12 hours, 3 days and 8 days before the answer.
      const delays = [0.5, 3, 8];
      for (const [index, id] of ids.entries()) {
        await tx.execute(
          sql`UPDATE introduction_events SET created_at = ${before(now, 10 + delays[index]!).toISOString()}::timestamptz
              WHERE introduction_id = ${id} AND to_status = 'forwarded'`,
        );
      }
      expect((await introductionStats(tx, [target.id], now)).get(target.id)).toEqual({ pendingReceived: 0, answered: 3, medianAnswerDays: 3 });
      // One answered 13 months ago (forwarded a day before) leaves the window.
      await tx.execute(
        sql`UPDATE introduction_events SET created_at = CASE to_status WHEN 'forwarded' THEN ${before(now, 396).toISOString()}::timestamptz
                                                                       ELSE ${before(now, 395).toISOString()}::timestamptz END
            WHERE introduction_id = ${ids[2]!} AND to_status IN ('forwarded', 'accepted')`,
      );
      expect((await introductionStats(tx, [target.id], now)).get(target.id)).toEqual({ pendingReceived: 0, answered: 2, medianAnswerDays: null });
    });
  });
});
