import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { SeededRandom } from "@/db/seed/random";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { demoViewer as viewer } from "@/lib/testing/demo-viewer";
import { proposePartners } from "@/lib/matching/proposals";
import { ForbiddenError } from "@/lib/server/errors";
import { normalizePlaceName } from "@/lib/catalysts/commune-label";
import { textArray } from "@/lib/geo/sql";
import { nameKeyOf } from "@/lib/organisations/duplicates";
import { listProbableDuplicates, type DuplicatePair } from "./duplicates";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** A copy of an organisation (and of its open needs and offers) with some fields changed: a planted duplicate. */
async function clone(db: Executor, id: string, changes: Record<string, string | number | null>): Promise<string> {
  const columns = async (table: string) =>
    (
      await queryRows<{ name: string }>(
        db,
        sql`SELECT column_name AS name FROM information_schema.columns WHERE table_name = ${table} AND is_generated = 'NEVER' AND column_name <> 'id' ORDER BY ordinal_position`,
      )
    ).map((row) => row.name);
  const own = { slug: `copie-${Math.random().toString(36).slice(2, 10)}`, external_id: null, status: "published", ...changes };
  const organisationColumns = await columns("organisations");
  const values = organisationColumns.map((column) => (column in own ? sql`${own[column as keyof typeof own]}` : sql.raw(`o."${column}"`)));
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO organisations (${sql.raw(organisationColumns.map((column) => `"${column}"`).join(", "))})
        SELECT ${sql.join(values, sql`, `)} FROM organisations o WHERE o.id = ${id} RETURNING id`,
  );
  const itemColumns = (await columns("needs_offers")).filter((column) => column !== "organisation_id");
  await db.execute(
    sql`INSERT INTO needs_offers (organisation_id, ${sql.raw(itemColumns.map((column) => `"${column}"`).join(", "))})
        SELECT ${row!.id}, ${sql.raw(itemColumns.map((column) => `n."${column}"`).join(", "))} FROM needs_offers n WHERE n.organisation_id = ${id} AND n.status = 'open'`,
  );
  return row!.id;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const keysOf = (pairs: DuplicatePair[]) => new Map(pairs.map((pair) => [pairKey(pair.first.id, pair.second.id), pair.reason]));

interface Source {
  id: string;
  name: string;
  siren: string | null;
  siret: string | null;
  rna: string | null;
  communeCode: string;
  lat: number;
  lon: number;
}

/** Published organisations without identifiers of their own, and communes at a given distance from theirs. */
async function sources(db: Executor, count: number): Promise<Source[]> {
  return queryRows<Source>(
    db,
    sql`SELECT id, name, siren, siret, rna, commune_code AS "communeCode", lat, lon FROM organisations
        WHERE status = 'published' AND siren IS NULL AND siret IS NULL AND rna IS NULL ORDER BY slug LIMIT ${count}`,
  );
}
async function communeAt(db: Executor, from: Source, minKm: number, maxKm: number) {
  const [row] = await queryRows<{ code: string; lat: number; lon: number }>(
    db,
    sql`SELECT code, lat, lon FROM (
          SELECT code, lat, lon, 6371 * 2 * asin(sqrt(power(sin(radians(lat - ${from.lat}) / 2), 2)
            + cos(radians(${from.lat})) * cos(radians(lat)) * power(sin(radians(lon - ${from.lon}) / 2), 2))) AS km
          FROM communes WHERE abs(lat - ${from.lat}) < 1 AND abs(lon - ${from.lon}) < 1.5
        ) c WHERE km BETWEEN ${minKm} AND ${maxKm} ORDER BY km, code LIMIT 1`,
  );
  return row!;
}

/** A name written differently: case, accents, punctuation and little words. */
function rewritten(name: string, random: SeededRandom): string {
  const variants = [
    (text: string) => text.toUpperCase(),
    (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, ""),
    (text: string) => text.replace(/ (de|du|des|la|le|les) /gi, " "),
    (text: string) => text.replace(/ /g, "-"),
  ];
  return random.pick(variants)(name);
}

describe("probable duplicates, for the admins", () => {
  it("is for admins only", async () => {
    await expect(listProbableDuplicates(handle.db, null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listProbableDuplicates(handle.db, await viewer(handle.db, "catalyseur@alliances.example"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("finds every planted pair of a seeded set with its reason, and none of the look-alikes that are not one", async () => {
    // The list is kept per version of the directory, which moves at commit: read it once per transaction.
    let before = new Map<string, string>();
    await withRollback(handle.db, async (tx) => {
      before = keysOf((await listProbableDuplicates(tx, await viewer(tx, "admin@alliances.example"))).pairs);
    });
    await withRollback(handle.db, async (tx) => {
      const admin = await viewer(tx, "admin@alliances.example");
      const random = new SeededRandom(20261203);
      const planted = new Map<string, string>();
      const list = await sources(tx, 40);
      for (const [index, source] of list.slice(0, 30).entries()) {
        const kind = index % 5;
        if (kind === 0) {
          // The same establishment under two names.
          const number = `${700_000_000 + index}00012`;
          await tx.execute(sql`UPDATE organisations SET siret = ${number}, siren = ${number.slice(0, 9)} WHERE id = ${source.id}`);
          planted.set(pairKey(source.id, await clone(tx, source.id, { name: `${source.name} (antenne)`, siret: number, siren: number.slice(0, 9) })), "siret");
        } else if (kind === 1) {
          const rna = `W${String(751000000 + index)}`;
          await tx.execute(sql`UPDATE organisations SET rna = ${rna} WHERE id = ${source.id}`);
          planted.set(pairKey(source.id, await clone(tx, source.id, { name: `Association ${source.name}`, rna })), "rna");
        } else if (kind === 2) {
          // A company's record with its SIRET, and another with its SIREN alone.
          const number = `${700_000_000 + index}00012`;
          await tx.execute(sql`UPDATE organisations SET siret = ${number}, siren = ${number.slice(0, 9)} WHERE id = ${source.id}`);
          planted.set(pairKey(source.id, await clone(tx, source.id, { name: `${source.name} SA`, siret: null, siren: number.slice(0, 9) })), "siren");
        } else if (kind === 3) {
          planted.set(pairKey(source.id, await clone(tx, source.id, { name: rewritten(source.name, random) })), "same-name");
        } else {
          const near = await communeAt(tx, source, 3, 12);
          const name = `${source.name.replace(/ /, " de la ")}`;
          planted.set(pairKey(source.id, await clone(tx, source.id, { name, commune_code: near.code, lat: near.lat, lon: near.lon })), "similar-name");
        }
      }
      // Look-alikes that are not duplicates: two establishments of one company, the same name 40 km away, a merged record.
      const [a, b, c] = list.slice(30, 33) as [Source, Source, Source];
      await tx.execute(sql`UPDATE organisations SET siret = '55210055499990', siren = '552100554' WHERE id = ${a.id}`);
      await clone(tx, a.id, { name: `${a.name} Nord`, siret: "55210055499991", siren: "552100554" });
      const far = await communeAt(tx, b, 40, 60);
      await clone(tx, b.id, { commune_code: far.code, lat: far.lat, lon: far.lon });
      await clone(tx, c.id, { status: "merged" });

      const found = keysOf((await listProbableDuplicates(tx, admin)).pairs);
      const fresh = new Map([...found].filter(([key]) => !before.has(key)));
      expect(planted.size).toBe(30);
      for (const [key, reason] of planted) expect([key, fresh.get(key)]).toEqual([key, reason]);
      // Nothing else is new: the look-alikes are not listed.
      expect([...fresh.keys()].filter((key) => !planted.has(key))).toEqual([]);
    });
  });
});

describe("the name key in memory", () => {
  it("is the database's (f_name_key of search_name) for every organisation name, and for written-differently ones", async () => {
    const rows = await queryRows<{ name: string; searchName: string; key: string }>(
      handle.db,
      sql`SELECT name, search_name AS "searchName", f_name_key(search_name) AS key FROM (
            SELECT name, search_name FROM organisations
            UNION ALL SELECT v, f_search_normalize(v) FROM unnest(${textArray(["Fonds de dotation Paris-Avenir", "L'ŒUVRE DES AMIS D'ÉTÉ", "Straße & Co", "de la", "  Le  Pôle  "])}) AS v
          ) names`,
    );
    expect(rows.length).toBeGreaterThan(5_000);
    const differing = rows.filter((row) => normalizePlaceName(row.name) !== row.searchName || nameKeyOf(row.searchName) !== row.key);
    expect(differing.slice(0, 5)).toEqual([]);
  });
});

describe("proposals never hold a listed pair", () => {
  it("a partner and its duplicate are not both proposed, and a list stays full", async () => {
    await withRollback(handle.db, async (tx) => {
      const subjects = await queryRows<{ slug: string }>(tx, sql`SELECT slug FROM organisations WHERE status = 'published' ORDER BY slug LIMIT 40`);
      const admin = await viewer(tx, "admin@alliances.example");
      const twins: [string, string][] = [];
      for (const { slug } of subjects) {
        const before = await proposePartners(tx, null, slug, { locale: "fr", limit: 5, fresh: true });
        const top = before?.proposals[0];
        if (!top || before.proposals.length < 5) continue;
        // The same record again (another slug, the same name, place, needs and offers): it would score exactly as well.
        const twin = await clone(tx, top.id, {});
        const after = await proposePartners(tx, null, slug, { locale: "fr", limit: 5, fresh: true });
        const ids = after!.proposals.map((proposal) => proposal.id);
        expect(ids.filter((id) => id === top.id || id === twin)).toHaveLength(1);
        expect(ids).toHaveLength(5);
        twins.push([top.id, twin]);
        if (twins.length === 3) break;
      }
      expect(twins).toHaveLength(3);
      // And the admins' list holds those pairs: the matching and the list agree (read once: it is kept per version).
      const listed = keysOf((await listProbableDuplicates(tx, admin)).pairs);
      for (const [original, twin] of twins) expect(listed.has(pairKey(original, twin))).toBe(true);
    });
  });
});
