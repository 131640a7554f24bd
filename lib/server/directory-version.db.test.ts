import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { readDirectoryVersion, recentDirectoryVersion } from "./directory-version";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const bump = async () => {
  await handle.db.execute(sql`SELECT nextval('directory_version')`);
  return readDirectoryVersion(handle.db);
};

describe("the directory's version as the caches read it", () => {
  it("is read at most once a second, and while a newer read waits the last one answers at once, for ten seconds at most", async () => {
    // A handle of its own: the memo is per database handle.
    const db = Object.create(handle.db) as typeof handle.db;
    const first = await recentDirectoryVersion(db, 1_000);
    expect(first).toBe(await readDirectoryVersion(handle.db));

    const second = await bump();
    expect(second).not.toBe(first);
    expect(await recentDirectoryVersion(db, 1_900)).toBe(first);
    // A second later: the last value at once, while the new read runs; then the new one.
    const during = recentDirectoryVersion(db, 2_100);
    expect(await during).toBe(first);
    await expect.poll(() => recentDirectoryVersion(db, 2_200)).toBe(second);

    // Older than ten seconds: the caller waits for the read.
    const third = await bump();
    expect(await recentDirectoryVersion(db, 30_000)).toBe(third);
  });
});
