import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { NEED_OFFER_DIRECTIONS, RESOURCE_KINDS, THEMES, type NeedOfferDirection, type ResourceKind, type Theme } from "@/lib/shared/vocabulary";
import { keysOfItem, matchCell, matchKey } from "./keys";
import { proposePartners } from "./proposals";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const keysOf = async (db: Executor, organisationId: string) =>
  (await queryRows<{ key: number }>(db, sql`SELECT key FROM match_keys WHERE organisation_id = ${organisationId} ORDER BY key`)).map((row) => Number(row.key));

describe("match keys", () => {
  it("are encoded by the database as by lib/matching/keys.ts, for every direction, resource kind and theme, and every commune's cell", async () => {
    const rows = await queryRows<{ d: NeedOfferDirection; k: ResourceKind; t: Theme; key: number }>(
      handle.db,
      sql`SELECT d, k, t, f_match_key(d, k, t) AS key
          FROM unnest(${`{${NEED_OFFER_DIRECTIONS.join(",")}}`}::text[]) d, unnest(${`{${RESOURCE_KINDS.join(",")}}`}::text[]) k,
               unnest(${`{${THEMES.join(",")}}`}::text[]) t`,
    );
    expect(rows.length).toBe(NEED_OFFER_DIRECTIONS.length * RESOURCE_KINDS.length * THEMES.length);
    for (const row of rows) expect(Number(row.key), `${row.d} ${row.k} ${row.t}`).toBe(matchKey(row.d, row.k, row.t));
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    const cells = await queryRows<{ lat: number; lon: number; cell: number }>(
      handle.db,
      sql`SELECT lat, lon, f_match_cell(lat, lon) AS cell FROM communes ORDER BY code`,
    );
    expect(cells.length).toBeGreaterThan(30_000);
    for (const row of cells) expect(Number(row.cell)).toBe(matchCell(row.lat, row.lon));
  });

  it("follow an organisation's open needs and offers, its themes and its publication", async () => {
    await withRollback(handle.db, async (tx) => {
      const [organisation] = await queryRows<{ id: string; themes: Theme[] }>(
        tx,
        sql`SELECT o.id, o.themes FROM organisations o WHERE o.status = 'published' AND cardinality(o.themes) >= 2
              AND EXISTS (SELECT 1 FROM needs_offers n WHERE n.organisation_id = o.id AND n.status = 'open') ORDER BY o.slug LIMIT 1`,
      );
      const expectedKeys = async () => {
        const items = await queryRows<{ direction: NeedOfferDirection; resourceKind: ResourceKind; themes: Theme[] }>(
          tx,
          sql`SELECT direction, resource_kind AS "resourceKind", themes FROM needs_offers WHERE organisation_id = ${organisation!.id} AND status = 'open'`,
        );
        const [current] = await queryRows<{ themes: Theme[] }>(tx, sql`SELECT themes FROM organisations WHERE id = ${organisation!.id}`);
        return [...new Set(items.flatMap((item) => keysOfItem(item.direction, item, current!.themes)))].sort((a, b) => a - b);
      };
      expect(await keysOf(tx, organisation!.id)).toEqual(await expectedKeys());
      // A new need with its own theme, and one with none (its organisation's themes then count).
      await tx.execute(sql`INSERT INTO needs_offers (organisation_id, direction, resource_kind, themes, title)
                           VALUES (${organisation!.id}, 'need', 'premises', '{sport}', 'Un local'), (${organisation!.id}, 'offer', 'training', '{}', 'Des formations')`);
      const withNew = await keysOf(tx, organisation!.id);
      expect(withNew).toContain(matchKey("need", "premises", "sport"));
      for (const theme of organisation!.themes) expect(withNew).toContain(matchKey("offer", "training", theme));
      expect(withNew).toEqual(await expectedKeys());
      // Closing a need takes its keys away; so does leaving the directory, and coming back restores them.
      await tx.execute(sql`UPDATE needs_offers SET status = 'fulfilled' WHERE organisation_id = ${organisation!.id} AND title = 'Un local'`);
      expect(await keysOf(tx, organisation!.id)).not.toContain(matchKey("need", "premises", "sport"));
      await tx.execute(sql`UPDATE organisations SET status = 'suspended' WHERE id = ${organisation!.id}`);
      expect(await keysOf(tx, organisation!.id)).toEqual([]);
      await tx.execute(sql`UPDATE organisations SET status = 'published' WHERE id = ${organisation!.id}`);
      expect(await keysOf(tx, organisation!.id)).toEqual(await expectedKeys());
      // Its organisation's themes change the keys of the item that names none.
      await tx.execute(sql`UPDATE organisations SET themes = '{ageing}' WHERE id = ${organisation!.id}`);
      expect(await keysOf(tx, organisation!.id)).toContain(matchKey("offer", "training", "ageing"));
    });
  });
});

describe("retrieval by fit", () => {
  it("finds the complementary partner 16 km away although 300 others share the subject's commune point, and ranks it first", async () => {
    await withRollback(handle.db, async (tx) => {
      // A commune with no organisation yet, and one about 16 km east of it.
      const [home] = await queryRows<{ code: string; lat: number; lon: number }>(
        tx,
        sql`SELECT c.code, c.lat, c.lon FROM communes c WHERE c.departement_code = '23'
              AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.commune_code = c.code) ORDER BY c.code LIMIT 1`,
      );
      const [far] = await queryRows<{ code: string; lat: number; lon: number }>(
        tx,
        sql`SELECT c.code, c.lat, c.lon FROM communes c
            ORDER BY abs(sqrt(((c.lon - ${home!.lon}) * cos(radians(${home!.lat})) * 111.195) ^ 2 + ((c.lat - ${home!.lat}) * 111.195) ^ 2) - 16) LIMIT 1`,
      );
      const insertOrganisation = async (slug: string, kind: string, place: { code: string; lat: number; lon: number }, themes: string) => {
        const [row] = await queryRows<{ id: string }>(
          tx,
          sql`INSERT INTO organisations (slug, name, kind, commune_code, lat, lon, themes, status)
              VALUES (${slug}, ${slug}, ${kind}, ${place.code}, ${place.lat}, ${place.lon}, ${themes}::text[], 'published') RETURNING id`,
        );
        return row!.id;
      };
      const subject = await insertOrganisation("test-dense-subject", "association", home!, "{culture_heritage}");
      await tx.execute(sql`INSERT INTO needs_offers (organisation_id, direction, resource_kind, themes, title) VALUES
        (${subject}, 'need', 'premises', '{culture_heritage}', 'Un local'), (${subject}, 'need', 'funding', '{culture_heritage}', 'Un financement'),
        (${subject}, 'offer', 'volunteering', '{culture_heritage}', 'Des bénévoles')`);
      // 300 companies on the very same point, each meeting one need of the subject but on another theme.
      await tx.execute(sql`INSERT INTO organisations (slug, name, kind, commune_code, lat, lon, themes, status)
        SELECT 'test-dense-' || i, 'Entreprise ' || i, 'entreprise', ${home!.code}, ${home!.lat}, ${home!.lon}, '{sport}', 'published'
        FROM generate_series(1, 300) i`);
      await tx.execute(sql`INSERT INTO needs_offers (organisation_id, direction, resource_kind, themes, title)
        SELECT o.id, 'offer', CASE WHEN o.slug LIKE '%0' THEN 'funding' ELSE 'premises' END, '{sport}', 'Une offre'
        FROM organisations o WHERE o.slug LIKE 'test-dense-%' AND o.slug <> 'test-dense-subject'`);
      // The one that meets both needs on the subject's theme and needs what it offers.
      const partner = await insertOrganisation("test-dense-far-partner", "entreprise", far!, "{culture_heritage}");
      await tx.execute(sql`INSERT INTO needs_offers (organisation_id, direction, resource_kind, themes, title) VALUES
        (${partner}, 'offer', 'premises', '{culture_heritage}', 'Nos locaux'), (${partner}, 'offer', 'funding', '{culture_heritage}', 'Du mécénat'),
        (${partner}, 'need', 'volunteering', '{culture_heritage}', 'Des bénévoles')`);

      const result = (await proposePartners(tx, null, "test-dense-subject", { locale: "fr", fresh: true }))!;
      expect(result.radiusKm).toBe(30);
      const first = result.proposals[0]!;
      expect(first.slug).toBe("test-dense-far-partner");
      expect(first.distanceKm).toBeGreaterThan(12);
      expect(first.reasons[0]!.code).toBe("offers_what_you_need");
      for (const part of ["des locaux (culture", "du financement (culture", ", les deux besoins de cette organisation"])
        expect(first.reasons[0]!.text).toContain(part);
      expect(first.reasons.some((reason) => reason.code === "needs_what_you_offer")).toBe(true);
      // Among the 300 on one point, the order is the exchange's, never the id's: equal scores only.
      const rest = result.proposals.slice(1);
      for (let index = 1; index < rest.length; index++) expect(rest[index - 1]!.score).toBeGreaterThanOrEqual(rest[index]!.score);
      // No reason every card carries word for word.
      const texts = result.proposals.map(
        (proposal) =>
          new Set(proposal.reasons.filter((reason) => !reason.code.endsWith("need") && !reason.code.endsWith("offer")).map((reason) => reason.text)),
      );
      if (texts.length >= 3)
        for (const text of texts[0]!)
          expect(
            texts.every((set) => set.has(text)),
            text,
          ).toBe(false);
    });
  });
});
