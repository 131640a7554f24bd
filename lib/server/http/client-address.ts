// The client's address, for rate limits only (never stored in clear). X-Forwarded-For is written by whoever sends
// the request: only its entries appended by proxies we trust say who the client is, the others are the client's own
// claims. The socket's peer address is the one thing the client cannot choose; Next does not hand the socket to
// routes and actions, so lib/server/http/node-request-guard.ts copies its address into a private header first.

/** Set from the socket by the raw request guard, any copy the client sent being removed first. */
export const PEER_ADDRESS_HEADER = "x-alliances-peer-address";

/**
 * With no trusted proxy (TRUSTED_PROXIES=0), the socket's peer. Behind N, the N-th entry of X-Forwarded-For from
 * the right: the address the outermost trusted proxy saw and appended (each proxy appends its own peer). A shorter
 * list means the request did not come through all of them: the socket's peer then.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || "unknown";
  if (trustedProxies <= 0) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
  return (hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : undefined) || peer;
}
