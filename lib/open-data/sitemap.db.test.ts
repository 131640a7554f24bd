import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { listPublishedOrganisationSlugs, publishedSlugBoundaries } from "@/lib/organisations/directory";
import { sitemapFile, sitemapIndex } from "./sitemap";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const published = async (db: Executor) =>
  (await queryRows<{ slug: string }>(db, sql`SELECT slug FROM organisations WHERE status = 'published' ORDER BY slug COLLATE "C"`)).map((row) => row.slug);

describe("sitemap chunks by slug ranges", () => {
  it("every published slug is in exactly one chunk, in byte order, and nothing else is", async () => {
    await withRollback(handle.db, async (tx) => {
      // An organisation taken back to draft stays out.
      await tx.execute(
        sql`UPDATE organisations SET status = 'draft' WHERE id IN (SELECT id FROM organisations WHERE status = 'published' ORDER BY slug LIMIT 1 OFFSET 3)`,
      );
      const all = await published(tx);
      expect(all.length).toBeGreaterThan(30);
      const spacing = Math.ceil(all.length / 6);
      const boundaries = await publishedSlugBoundaries(tx, spacing);
      expect(boundaries).toEqual(all.filter((_, index) => index % spacing === 0));
      // After the count, a boundary's organisation leaves: the ranges still hold every other one.
      await tx.execute(sql`UPDATE organisations SET status = 'draft' WHERE slug = ${boundaries[2]!}`);
      const now = await published(tx);
      const chunks: string[][] = [];
      for (let chunk = 0; chunk < boundaries.length; chunk++) {
        const range = { from: chunk === 0 ? null : boundaries[chunk]!, to: boundaries[chunk + 1] ?? null };
        chunks.push((await listPublishedOrganisationSlugs(tx, range, 50_000)).map((row) => row.slug));
      }
      expect(chunks.flat()).toEqual(now);
      expect(chunks.every((chunk) => chunk.length > 0 && chunk.length <= spacing)).toBe(true);
    });
  });

  it("the index names its chunks and a chunk past the last is not found", async () => {
    const index = await sitemapIndex(handle.db, "https://alliances.example");
    const names = [...index.matchAll(/sitemaps\/(organisations-\d+\.xml)/g)].map((match) => match[1]!);
    expect(names[0]).toBe("organisations-0.xml");
    const listed: string[] = [];
    for (const name of names) {
      const xml = await sitemapFile(handle.db, "https://alliances.example", name);
      expect(xml).toContain("<urlset");
      listed.push(...[...xml!.matchAll(/\/organisations\/([^<]+)<\/loc>/g)].map((match) => decodeURIComponent(match[1]!)));
    }
    expect(listed).toEqual(await published(handle.db));
    expect(await sitemapFile(handle.db, "https://alliances.example", `organisations-${names.length}.xml`)).toBeNull();
  });
});
