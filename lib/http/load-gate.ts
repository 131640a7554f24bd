// Overload protection: the number of HTTP requests this process is serving, counted from Node's own HTTP server
// events (diagnostics_channel, no wrapper around Next.js), so that the proxy can answer 503 with Retry-After as
// soon as more than MAX_CONCURRENT_REQUESTS are in flight instead of letting every response slow down together.
// Counting costs one listener per request; the proxy's check is a comparison.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

interface Counter {
  inFlight: number;
  tracking: boolean;
}

const KEY = Symbol.for("alliances.requestsInFlight");
const holder = globalThis as unknown as Record<typeof KEY, Counter | undefined>;

function counter(): Counter {
  holder[KEY] ??= { inFlight: 0, tracking: false };
  return holder[KEY];
}

/** Starts counting the requests of every HTTP server of this process (once; called at server start). */
export function trackRequestsInFlight(): void {
  const current = counter();
  if (current.tracking) return;
  current.tracking = true;
  subscribe("http.server.request.start", (message) => {
    const { response } = message as { request: IncomingMessage; response: ServerResponse };
    current.inFlight += 1;
    // "close" comes once per response, whether it finished or the client went away.
    response.once("close", () => {
      current.inFlight -= 1;
    });
  });
}

/** Requests being served now, this one included; null when nothing counts them (e.g. `next dev`). */
export function requestsInFlight(): number | null {
  const current = holder[KEY];
  return current?.tracking ? current.inFlight : null;
}

/** Whether a new request should be turned away: more than `limit` in flight (0 = no limit). */
export function isOverloaded(limit: number, inFlight = requestsInFlight()): boolean {
  return limit > 0 && inFlight !== null && inFlight > limit;
}
