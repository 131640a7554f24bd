import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import type { CatalystFinderAnswer } from "@/lib/catalysts/finder";
import { GET as getNearest } from "./route";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  // The route handler reads the process-wide database (lib/server/db.ts): hand it this lane's.
  (globalThis as unknown as { allianceDatabase?: Promise<DatabaseHandle> }).allianceDatabase = Promise.resolve(handle);
});
afterAll(async () => {
  (globalThis as unknown as { allianceDatabase?: Promise<DatabaseHandle> }).allianceDatabase = undefined;
  await handle?.close();
});

describe("the nearest-catalysts API", () => {
  const call = (query: string) => getNearest(new Request(`http://localhost/api/catalysts/nearest?${query}`));

  it.each([
    ["lat", "lat=91&lon=2"],
    ["lon", "lat=45&lon=-181"],
    ["lat", "lat=abc&lon=2"],
    ["lon", "lat=45"],
    ["lat", "lat=Infinity&lon=2"],
    ["commune", "commune=6912"],
    ["postcode", "postcode=1400"],
    ["q", `q=${"x".repeat(5_000)}`],
    ["limit", "limit=500&commune=69123"],
    ["commune", ""],
  ])("answers 400 naming %s (case %#)", async (parameter, query) => {
    const response = await call(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: { parameter: string }[] };
    expect(body.fields.map((field) => field.parameter)).toContain(parameter);
  });

  it("answers an odd encoding without failing", async () => {
    const response = await call("q=%ff%fe");
    expect([200, 400, 404]).toContain(response.status);
  });

  it("answers a commune with its covering and nearest catalysts, and no personal data", async () => {
    const response = await call("commune=69123&limit=3");
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/contact|@/i);
    const body = JSON.parse(text) as CatalystFinderAnswer & { ambiguous: boolean };
    expect(body.ambiguous).toBe(false);
    expect(body.commune.name).toBe("Lyon");
    expect(body.nearest.length).toBe(3);
  });

  it("asks which commune for a shared postcode, and 404s an unknown place", async () => {
    const ambiguous = await call("postcode=01400");
    expect(ambiguous.status).toBe(200);
    expect(await ambiguous.json()).toMatchObject({ ambiguous: true, reason: "postcode" });
    const unknown = await call("commune=99999");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/code INSEE/);
    expect((await call("lat=52.52&lon=13.405")).status).toBe(404);
  });
});
