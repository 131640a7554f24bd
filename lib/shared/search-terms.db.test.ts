// Every public text search hands the database the bounded text of lib/shared/search-terms.ts, never what was typed:
// checked on the SQL each search actually sends, with a text crafted to be costly.
import { PgDialect } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { searchCatalysts } from "@/lib/catalysts/catalysts";
import { searchCollectivites } from "@/lib/territories/collectivites";
import { organisationFiltersSchema } from "@/lib/organisations/filters";
import { searchOrganisations } from "@/lib/organisations/directory";
import { SEARCH_LIMITS } from "./search-terms";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** The database, with the parameters of every raw query it is given kept aside. */
function recording(db: Database) {
  const dialect = new PgDialect();
  const params: unknown[] = [];
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "execute") return Reflect.get(target, property, receiver) as unknown;
      return (query: SQL) => {
        params.push(...dialect.sqlToQuery(query).params);
        return target.execute(query);
      };
    },
  });
  return { db: proxy, texts: () => params.filter((param): param is string => typeof param === "string") };
}

const letters = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvw".split("");
/** 49 one-letter terms in one quoted phrase (99 characters): a phrase websearch_to_tsquery expands term by term. */
const QUOTED_LETTERS = `"${letters.join(" ")}"`;
/** 33 two-letter terms (98 characters), each long enough to be kept: only the count bounds them. */
const TWO_LETTER_TERMS = Array.from({ length: 33 }, (_, index) => `${letters[index % 26]}${letters[(index * 7) % 26]}`).join(" ");

function expectBounded(texts: string[], typed: string) {
  expect(texts).not.toContain(typed);
  for (const text of texts) {
    expect(text, text).not.toMatch(/["|&!]/);
    expect(text.split(" ").length, text).toBeLessThanOrEqual(SEARCH_LIMITS.maxTerms);
  }
}

describe("public text searches get bounded text", () => {
  it("the directory: the crafted q answers, and the SQL gets at most eight terms, without quotes", async () => {
    for (const q of [
      QUOTED_LETTERS,
      TWO_LETTER_TERMS,
      letters
        .slice(0, 33)
        .map((letter) => `-${letter}`)
        .join(" "),
    ]) {
      const { db, texts } = recording(handle.db);
      const result = await searchOrganisations(db, organisationFiltersSchema.parse({ q }));
      expect(result.total).toBeGreaterThanOrEqual(0);
      expectBounded(texts(), q);
    }
  });

  it("the directory still finds by words, without their quotes", async () => {
    const { db, texts } = recording(handle.db);
    const found = await searchOrganisations(db, organisationFiltersSchema.parse({ q: 'jardin "partagé"' }));
    expect(texts()).toContain("jardin partagé");
    expect(found.total).toBeGreaterThan(0);
    for (const item of found.items.slice(0, 3)) expect(item.name.toLowerCase()).toMatch(/jardin|partag/);
  });

  it("the catalysts and the collectivités' autocomplete", async () => {
    for (const q of [QUOTED_LETTERS, TWO_LETTER_TERMS]) {
      const catalysts = recording(handle.db);
      await searchCatalysts(catalysts.db, { q, page: 1 });
      expectBounded(catalysts.texts(), q);
      for (const level of ["epci", "departement", "region"] as const) {
        const collectivites = recording(handle.db);
        await searchCollectivites(collectivites.db, level, q, 20);
        expectBounded(collectivites.texts(), q);
      }
    }
    // Names are matched as a whole there: a one-letter word stays ("Pays d'Aix").
    const epci = recording(handle.db);
    await searchCollectivites(epci.db, "epci", "Pays d'Aix", 5);
    expect(epci.texts()).toContain("Pays d Aix");
  });
});
