import { gunzipSync } from "node:zlib";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openDataFileParts, openDataFiles, organisations } from "@/db/schema";
import { openTestDatabase } from "@/db/testing/test-database";
import { streamGeoJsonExport } from "./geojson";
import { buildDueStoredFiles, buildStoredFileIfDue, PART_BYTES, REBUILD_AFTER_MS, storedFileInfo, storedFileResponse } from "./stored-files";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  // The lane's database is shared: leave no stored file behind (the fresh-database comparison counts rows).
  if (handle) await handle.db.delete(openDataFileParts);
  if (handle) await handle.db.delete(openDataFiles);
  await handle?.close();
});

const URL = "http://localhost:3000";
const text = async (chunks: AsyncGenerator<string>) => {
  let all = "";
  for await (const chunk of chunks) all += chunk;
  return all;
};
const get = (headers: Record<string, string> = {}) => new Request("http://localhost/api/export/geojson", { headers });

describe("the open-data downloads as stored files", () => {
  it("are built once per version, stored gzipped, served with their ETag, 304 when the client has them, the same bytes as the live export", async () => {
    const db = handle.db;
    await db.delete(openDataFileParts);
    await db.delete(openDataFiles);
    expect(await storedFileResponse(db, "geojson-catalysts", get(), {})).toBeNull();
    const start = new Date("2026-12-01T10:00:00Z");
    // Two instances at once: one builds, the other sees the claim.
    const [first, second] = await Promise.all([
      buildStoredFileIfDue(db, "geojson-catalysts", URL, start),
      buildStoredFileIfDue(db, "geojson-catalysts", URL, start),
    ]);
    expect([first, second].sort()).toEqual([false, true]);
    const info = (await storedFileInfo(db, "geojson-catalysts"))!;
    expect(info.etag).toMatch(/^"\d+-[\w-]{22}"$/);

    // Stored gzipped (a tenth of the text), sent as the text itself, whatever the client accepts: Next drops a route
    // handler's Content-Encoding, so gzip bytes would arrive unlabelled.
    const parts = await db
      .select({ part: openDataFileParts.part, gzip: openDataFileParts.gzip })
      .from(openDataFileParts)
      .where(and(eq(openDataFileParts.name, "geojson-catalysts"), eq(openDataFileParts.build, info.build)))
      .orderBy(openDataFileParts.part);
    const gzip = Buffer.concat(parts.map((part) => Buffer.from(part.gzip)));
    const live = await text(streamGeoJsonExport(db, "catalysts", URL));
    expect(gunzipSync(gzip).toString("utf8")).toBe(live);
    expect(gzip.byteLength).toBeLessThan(Buffer.byteLength(live) / 3);
    expect(info.bytes).toBe(Buffer.byteLength(live));
    for (const acceptEncoding of ["gzip, br", ""]) {
      const response = (await storedFileResponse(db, "geojson-catalysts", get({ "accept-encoding": acceptEncoding }), {
        "Cache-Control": "public, max-age=3600",
      }))!;
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(response.headers.get("etag")).toBe(info.etag);
      expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
      const body = await response.text();
      expect(body).toBe(live);
      expect(JSON.parse(body).type).toBe("FeatureCollection");
    }
    // The client already holds it.
    expect((await storedFileResponse(db, "geojson-catalysts", get({ "if-none-match": info.etag }), {}))!.status).toBe(304);
    expect(
      (await storedFileResponse(db, "geojson-catalysts", get({ "if-modified-since": new Date(info.builtAt.getTime() + 1000).toUTCString() }), {}))!.status,
    ).toBe(304);
    expect((await storedFileResponse(db, "geojson-catalysts", get({ "if-none-match": '"other"' }), {}))!.status).toBe(200);

    // Nothing changed: nothing rebuilt, however late.
    expect(await buildStoredFileIfDue(db, "geojson-catalysts", URL, new Date(Date.now() + REBUILD_AFTER_MS * 2))).toBe(false);
  });

  it("are stored in parts and served whole, the parts of an earlier build removed", async () => {
    const db = handle.db;
    await db.delete(openDataFileParts);
    await db.delete(openDataFiles);
    const partBytes = 16 * 1024;
    expect(partBytes).toBeLessThan(PART_BYTES);
    expect(await buildStoredFileIfDue(db, "geojson-organisations", URL, new Date(), partBytes)).toBe(true);
    const first = (await storedFileInfo(db, "geojson-organisations"))!;
    const sizes = await db
      .select({ part: openDataFileParts.part, build: openDataFileParts.build, size: sql<number>`octet_length(${openDataFileParts.gzip})::int` })
      .from(openDataFileParts)
      .where(eq(openDataFileParts.name, "geojson-organisations"))
      .orderBy(openDataFileParts.part);
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.map((row) => row.part)).toEqual(sizes.map((_, index) => index));
    expect(sizes.slice(0, -1).every((row) => row.size === partBytes && row.build === first.build)).toBe(true);
    const live = await text(streamGeoJsonExport(db, "organisations", URL));
    expect(await (await storedFileResponse(db, "geojson-organisations", get(), {}))!.text()).toBe(live);

    // Built again (claimed anew): only the new build's parts stay.
    await db.update(openDataFiles).set({ builtAt: null, buildingSince: null }).where(eq(openDataFiles.name, "geojson-organisations"));
    expect(await buildStoredFileIfDue(db, "geojson-organisations", URL, new Date(), partBytes)).toBe(true);
    const second = (await storedFileInfo(db, "geojson-organisations"))!;
    expect(second.build).not.toBe(first.build);
    const builds = await db
      .selectDistinct({ build: openDataFileParts.build })
      .from(openDataFileParts)
      .where(eq(openDataFileParts.name, "geojson-organisations"));
    expect(builds).toEqual([{ build: second.build }]);
    expect(await (await storedFileResponse(db, "geojson-organisations", get(), {}))!.text()).toBe(live);
  });

  it("are rebuilt after the directory changed, but not more often than every few minutes", async () => {
    const db = handle.db;
    await db.delete(openDataFileParts);
    await db.delete(openDataFiles);
    const built = await buildDueStoredFiles(db, URL, new Date());
    expect(built.sort()).toEqual(["geojson-catalysts", "geojson-organisations", "hsds"]);
    const before = (await storedFileInfo(db, "geojson-organisations"))!;
    // A change to an organisation moves the directory's version (undone afterwards: the lane's database is shared).
    const [changed] = await db
      .select({ id: organisations.id, description: organisations.description, updatedAt: organisations.updatedAt })
      .from(organisations)
      .where(eq(organisations.status, "published"))
      .orderBy(organisations.id)
      .limit(1);
    await db.execute(sql`UPDATE organisations SET description = description || ' ' WHERE id = ${changed!.id}`);
    try {
      expect(await buildStoredFileIfDue(db, "geojson-organisations", URL, new Date(before.builtAt.getTime() + 1000))).toBe(false);
      expect(await buildStoredFileIfDue(db, "geojson-organisations", URL, new Date(before.builtAt.getTime() + REBUILD_AFTER_MS + 1000))).toBe(true);
      const after = (await storedFileInfo(db, "geojson-organisations"))!;
      expect(after.version).not.toBe(before.version);
      expect(after.etag).not.toBe(before.etag);
    } finally {
      await db.update(organisations).set({ description: changed!.description, updatedAt: changed!.updatedAt }).where(eq(organisations.id, changed!.id));
    }
  });
});
