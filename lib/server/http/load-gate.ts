// Overload protection: the number of HTTP requests this process is serving, counted from Node's own HTTP server
// events (diagnostics_channel, no wrapper around Next.js). The proxy admits a request while at most
// MAX_CONCURRENT_REQUESTS are served; beyond that it waits (up to MAX_QUEUE_WAIT_MS) for one to end, then answers
// 503 with Retry-After, instead of letting every response slow down together. Counting costs one listener per
// request; admitting one below the limit costs a comparison.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

interface Counter {
  inFlight: number;
  tracking: boolean;
  /** Requests counted in `inFlight` that wait in the proxy for room (not served yet). */
  waiting: number;
  /** Wakes the waiters, oldest first, one per request that ends. */
  wake: Set<() => void>;
}

const KEY = Symbol.for("alliances.requestsInFlight");
const holder = globalThis as unknown as Record<typeof KEY, Counter | undefined>;

function counter(): Counter {
  holder[KEY] ??= { inFlight: 0, tracking: false, waiting: 0, wake: new Set() };
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
      const [next] = current.wake;
      next?.();
    });
  });
}

/** Requests being served now, this one included; null when nothing counts them (e.g. `next dev`). */
export function requestsInFlight(): number | null {
  const current = holder[KEY];
  return current?.tracking ? current.inFlight : null;
}

/**
 * Whether this request may be served now: yes while at most `limit` requests are served (0 = no limit, and always
 * yes when nothing counts them); else it waits up to `maxWaitMs` for one to end, and no if none did.
 */
export async function admitRequest(limit: number, maxWaitMs: number): Promise<boolean> {
  const current = holder[KEY];
  if (!current?.tracking || limit <= 0) return true;
  // This request is already counted in `inFlight`.
  if (current.inFlight - current.waiting <= limit) return true;
  const deadline = Date.now() + maxWaitMs;
  current.waiting += 1;
  try {
    // Now counted in `waiting` too: room means fewer than `limit` served.
    while (current.inFlight - current.waiting >= limit) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          current.wake.delete(done);
          resolve();
        };
        const timer = setTimeout(done, remaining);
        current.wake.add(done);
      });
    }
    return true;
  } finally {
    current.waiting -= 1;
  }
}
