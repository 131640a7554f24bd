import { count, like } from "drizzle-orm";
import { TransactionRollbackError } from "drizzle-orm/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { needsOffers, organisations } from "../schema";
import { openTestDatabase } from "../testing/test-database";
import { SYNTHETIC_SLUG_PREFIX, loadSyntheticOrganisations, type SyntheticProgress } from "./synthetic";
import { readTerritoriesData } from "./territories-data";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("synthetic benchmark sets", () => {
  it("adds organisations up to the target with progress, resumes, and adds nothing once complete", async () => {
    const territories = readTerritoriesData();
    // Rolled back at the end: the lane's database is shared with other test files.
    await expect(
      handle.db.transaction(async (tx) => {
        const progress: SyntheticProgress[] = [];
        expect(await loadSyntheticOrganisations(tx, territories, 2_500, (item) => progress.push(item))).toBe(2_500);
        expect(progress.map((item) => item.done)).toEqual([2_000, 2_500]);
        expect(await loadSyntheticOrganisations(tx, territories, 2_500)).toBe(0);
        expect(await loadSyntheticOrganisations(tx, territories, 4_000)).toBe(1_500);
        const [synthetic] = await tx
          .select({ value: count() })
          .from(organisations)
          .where(like(organisations.slug, `${SYNTHETIC_SLUG_PREFIX}%`));
        expect(Number(synthetic?.value)).toBe(4_000);
        const [items] = await tx.select({ value: count() }).from(needsOffers);
        expect(Number(items?.value)).toBeGreaterThan(13_000 + 4_000);
        tx.rollback();
      }),
    ).rejects.toBeInstanceOf(TransactionRollbackError);
    const [after] = await handle.db
      .select({ value: count() })
      .from(organisations)
      .where(like(organisations.slug, `${SYNTHETIC_SLUG_PREFIX}%`));
    expect(Number(after?.value)).toBe(0);
  });
});
