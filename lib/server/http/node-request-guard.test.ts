import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "./client-address";
import { guardNodeRequests } from "./node-request-guard";

let server: Server;
let port: number;

beforeAll(async () => {
  guardNodeRequests();
  // Answers what the application would read: the peer header as the request carries it once guarded.
  server = createServer((request, response) => {
    response.end(JSON.stringify({ peer: request.headers[PEER_ADDRESS_HEADER] ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(headers: Array<[string, string]>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path: "/", method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on("error", reject);
    for (const [name, value] of headers) outgoing.appendHeader(name, value);
    outgoing.end();
  });
}

describe("the raw request guard", () => {
  it("records the socket's peer address in the private header", async () => {
    expect(await send([])).toEqual({ status: 200, body: JSON.stringify({ peer: "127.0.0.1" }) });
  });

  it("replaces any copy of the private header the client sent, once or several times", async () => {
    expect(await send([[PEER_ADDRESS_HEADER, "198.51.100.66"]])).toEqual({ status: 200, body: JSON.stringify({ peer: "127.0.0.1" }) });
    expect(
      await send([
        ["X-Alliances-Peer-Address", "198.51.100.66"],
        [PEER_ADDRESS_HEADER, "198.51.100.67"],
      ]),
    ).toEqual({ status: 200, body: JSON.stringify({ peer: "127.0.0.1" }) });
  });

  it("still refuses what Next would answer with a 500", async () => {
    expect((await send([["next-router-state-tree", "%ff"]])).status).toBe(400);
  });
});
