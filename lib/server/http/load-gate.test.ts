import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admitRequest, requestsInFlight, trackRequestsInFlight } from "./load-gate";

let server: Server;
let port: number;
const release: Array<() => void> = [];

beforeAll(async () => {
  trackRequestsInFlight();
  // Every request waits until the test lets it finish.
  server = createServer((_request, response) => {
    release.push(() => response.end("ok"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const until = async (condition: () => boolean) => {
  for (let index = 0; index < 200 && !condition(); index += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
};

describe("requests in flight", () => {
  it("counts requests while they are served and forgets them when they end, answered or abandoned", async () => {
    const before = requestsInFlight() ?? 0;
    const answered = Array.from({ length: 3 }, () => fetch(`http://127.0.0.1:${port}/`).then((response) => response.text()));
    const abandoned = httpRequest({ host: "127.0.0.1", port, path: "/" });
    abandoned.on("error", () => {});
    abandoned.end();
    await until(() => requestsInFlight() === before + 4);
    // (Asked from outside a request here: the limit counts the asking request too.)
    expect(await admitRequest(before + 4, 0)).toBe(true);
    expect(await admitRequest(before + 3, 0)).toBe(false);
    expect(await admitRequest(0, 0)).toBe(true);
    abandoned.destroy();
    await until(() => requestsInFlight() === before + 3);
    for (const finish of release.splice(0)) finish();
    expect(await Promise.all(answered)).toEqual(["ok", "ok", "ok"]);
    await until(() => requestsInFlight() === before);
  });

  it("lets a request wait for room, admits it when one ends, and turns it away when none ends in time", async () => {
    const before = requestsInFlight() ?? 0;
    const answered = Array.from({ length: 2 }, () => fetch(`http://127.0.0.1:${port}/`).then((response) => response.text()));
    await until(() => requestsInFlight() === before + 2);
    const started = Date.now();
    expect(await admitRequest(before + 1, 50)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    const waiting = admitRequest(before + 1, 5_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release.shift()?.();
    expect(await waiting).toBe(true);
    for (const finish of release.splice(0)) finish();
    await Promise.all(answered);
    await until(() => requestsInFlight() === before);
  });
});
