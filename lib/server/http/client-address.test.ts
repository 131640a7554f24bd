import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";

const request = (peer: string | null, forwardedFor?: string, extra: Record<string, string> = {}) => {
  const headers = new Headers(extra);
  if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
};

describe("the client address of a request", () => {
  it("with no trusted proxy (TRUSTED_PROXIES=0), is the socket's peer, whatever the client writes in X-Forwarded-For", () => {
    expect(clientAddress(request("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(request("203.0.113.7", "198.51.100.1"), 0)).toBe("203.0.113.7");
    expect(clientAddress(request("203.0.113.7", "198.51.100.1, 198.51.100.2"), 0)).toBe("203.0.113.7");
    expect(clientAddress(request("203.0.113.7", undefined, { "x-real-ip": "198.51.100.3" }), 0)).toBe("203.0.113.7");
  });

  it("behind one trusted proxy (TRUSTED_PROXIES=1), is the entry that proxy appended, not one the client wrote", () => {
    // The client sent "X-Forwarded-For: 198.51.100.1"; the load balancer (10.0.0.2, the socket's peer) appended the
    // address it saw.
    expect(clientAddress(request("10.0.0.2", "198.51.100.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(request("10.0.0.2", "198.51.100.9,198.51.100.1 ,  203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(request("10.0.0.2", "203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("behind N trusted proxies, is the N-th entry from the right (the one the outermost proxy appended)", () => {
    expect(clientAddress(request("10.0.0.3", "198.51.100.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("is the socket's peer when the list is shorter than the proxies trusted, or its entry empty", () => {
    expect(clientAddress(request("10.0.0.2", "203.0.113.7"), 2)).toBe("10.0.0.2");
    expect(clientAddress(request("10.0.0.2"), 1)).toBe("10.0.0.2");
    expect(clientAddress(request("10.0.0.2", "198.51.100.1, "), 1)).toBe("10.0.0.2");
  });

  it("is 'unknown' when the peer was not recorded (a request that did not come through the server's guard)", () => {
    expect(clientAddress(request(null, "198.51.100.1"), 0)).toBe("unknown");
  });
});
