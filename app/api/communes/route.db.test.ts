import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { GET as getCommunes } from "./route";

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

describe("the communes API", () => {
  it("completes commune names for the picker", async () => {
    const response = await getCommunes(new Request("http://localhost/api/communes?q=lyo&limit=5"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { communes: { name: string }[] };
    expect(body.communes[0]?.name).toBe("Lyon");
    expect(body.communes.length).toBeLessThanOrEqual(5);
    expect((await getCommunes(new Request("http://localhost/api/communes"))).status).toBe(400);
    expect((await getCommunes(new Request("http://localhost/api/communes?q=lyon&limit=0"))).status).toBe(400);
  });
});
