import { afterEach, describe, expect, it } from "vitest";
import {
  DatabaseUnavailableError,
  databaseIsAvailable,
  isDatabaseUnavailableError,
  reportDatabaseFailure,
  reportDatabaseSuccess,
  resetDatabaseAvailability,
} from "./database-availability";

const withCode = (code: string) => Object.assign(new Error(code), { code });

afterEach(() => resetDatabaseAvailability());

describe("isDatabaseUnavailableError", () => {
  it.each([
    ["a refused connection", withCode("ECONNREFUSED")],
    ["a server shutting down", withCode("57P01")],
    ["a server starting up", withCode("57P03")],
    ["a connection exception (class 08)", withCode("08006")],
    ["postgres.js losing its connection", withCode("CONNECTION_CLOSED")],
    ["postgres.js failing to connect in time", withCode("CONNECT_TIMEOUT")],
    ["drizzle's wrapper around a refused connection", new Error("Failed query: select 1", { cause: withCode("ECONNREFUSED") })],
    ["several refused addresses (localhost resolving to ::1 and 127.0.0.1)", new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")])],
    ["the known verdict", new DatabaseUnavailableError()],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("23505")],
    ["a syntax error", withCode("42601")],
    ["a plain error", new Error("boom")],
    ["a query error wrapped by drizzle", new Error("Failed query", { cause: withCode("22P02") })],
    ["nothing", null],
    ["a string", "ECONNREFUSED"],
  ])("does not take %s for an outage", (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });

  it("stops following a cycle of causes", () => {
    const error = new Error("loop") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});

describe("databaseIsAvailable", () => {
  it("pings once for all the requests that ask at the same time, then trusts the verdict for a while", async () => {
    let pings = 0;
    const ping = async () => {
      pings += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => databaseIsAvailable(ping)));
    expect(answers.every(Boolean)).toBe(true);
    expect(pings).toBe(1);
    expect(await databaseIsAvailable(ping)).toBe(true);
    expect(pings).toBe(1);
    // Stale: the next request pings again.
    expect(await databaseIsAvailable(ping, { now: Date.now() + 5_000 })).toBe(true);
    expect(pings).toBe(2);
  });

  it("says down when the ping fails or hangs, and up again once a ping succeeds", async () => {
    expect(await databaseIsAvailable(() => Promise.reject(withCode("ECONNREFUSED")))).toBe(false);
    expect(await databaseIsAvailable(async () => {})).toBe(false); // the verdict is still fresh
    expect(await databaseIsAvailable(async () => {}, { now: Date.now() + 5_000 })).toBe(true);
    resetDatabaseAvailability();
    expect(await databaseIsAvailable(() => new Promise(() => {}), { timeoutMs: 30 })).toBe(false);
  });

  it("takes a failed query as the verdict at once, and a successful health check as recovery", async () => {
    const ping = async () => {};
    expect(await databaseIsAvailable(ping)).toBe(true);
    expect(reportDatabaseFailure(new Error("Failed query", { cause: withCode("57P01") }))).toBe(true);
    expect(await databaseIsAvailable(ping)).toBe(false);
    expect(reportDatabaseFailure(withCode("23505"))).toBe(false);
    reportDatabaseSuccess();
    expect(await databaseIsAvailable(ping)).toBe(true);
  });
});
