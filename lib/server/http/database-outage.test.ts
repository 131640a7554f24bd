import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseIsAvailable, resetDatabaseAvailability } from "@/lib/server/database-availability";
import { withDatabaseOutage } from "./database-outage";

afterEach(() => resetDatabaseAvailability());

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });
/** What drizzle throws around postgres.js's error when statement_timeout cancels a query. */
const cancelled = () => new Error("Failed query: SELECT pg_sleep(2)", { cause: withCode("57014", "canceling statement due to statement timeout") });

/** Whether a verdict was recorded: with none, the next check pings. */
async function pingedAfterwards(): Promise<boolean> {
  const ping = vi.fn(async () => {});
  await databaseIsAvailable(ping, { freshMs: 60_000 });
  return ping.mock.calls.length > 0;
}

describe("withDatabaseOutage", () => {
  it("answers a query cancelled by statement_timeout (57014) with a JSON 503 and Retry-After, without marking the database down", async () => {
    const handler = withDatabaseOutage(async () => {
      throw cancelled();
    });
    const response = await handler();
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = (await response.json()) as { error: string; fields: unknown[] };
    expect(body.error).toMatch(/trop longue|too long/);
    expect(body.fields).toEqual([]);
    // The database answered (it cancelled the query): the next request is not turned away.
    expect(await pingedAfterwards()).toBe(true);
  });

  it("still answers a lost connection with 503 and marks the database down", async () => {
    const response = await withDatabaseOutage(async () => {
      throw new Error("Failed query: select 1", { cause: withCode("ECONNREFUSED") });
    })();
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: string }).error).toMatch(/injoignable/);
    expect(await pingedAfterwards()).toBe(false);
  });

  it("lets other errors through, and passes answers unchanged", async () => {
    await expect(withDatabaseOutage(async () => Promise.reject(withCode("23505")))()).rejects.toMatchObject({ code: "23505" });
    const ok = new Response("ok");
    expect(await withDatabaseOutage(async () => ok)()).toBe(ok);
  });
});
