// Checks made on the raw Node request, before Next builds anything from it, for what the proxy cannot catch because
// Next fails first or hides it from the proxy:
// - methods the Fetch standard forbids (TRACE, TRACK): Next fails to build a Request from them (500);
// - the asterisk target ("OPTIONS * HTTP/1.1"), from which Next builds no URL (500);
// - a router-state header Next cannot parse (500): Next removes its router headers from the request the proxy sees.
// It also records the socket's peer address for the rate limits (lib/server/http/client-address.ts): the only place the
// socket is still at hand.
import http from "node:http";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { PEER_ADDRESS_HEADER } from "./client-address";

const UNSUPPORTED_METHODS = new Set(["TRACE", "TRACK"]);
const PATCHED = Symbol.for("alliances.nodeRequestGuard");

export interface NodeRequestProblem {
  status: 400 | 405;
  message: string;
}

export function checkNodeRequest(request: Pick<http.IncomingMessage, "method" | "url" | "headers">): NodeRequestProblem | null {
  if (UNSUPPORTED_METHODS.has((request.method ?? "").toUpperCase())) return { status: 405, message: "Méthode non prise en charge. / Method not allowed." };
  if (!request.url || request.url === "*") return { status: 400, message: "Requête invalide : cible. / Bad request: target." };
  const routerState = request.headers["next-router-state-tree"];
  if (routerState !== undefined) {
    try {
      parseAndValidateFlightRouterState(routerState);
    } catch {
      return { status: 400, message: "Requête invalide : en-tête mal formé. / Bad request: malformed header." };
    }
  }
  return null;
}

/** Replaces whatever the client sent in the private peer header (once or several times) with the socket's address. */
function recordPeerAddress(request: Pick<http.IncomingMessage, "headers" | "socket">): void {
  delete request.headers[PEER_ADDRESS_HEADER];
  const peer = request.socket?.remoteAddress;
  if (peer) request.headers[PEER_ADDRESS_HEADER] = peer;
}

/**
 * Installs the check and the peer address on every HTTP server of this process (Next's included), once, at the
 * server's start.
 */
export function guardNodeRequests(): void {
  const prototype = http.Server.prototype as typeof http.Server.prototype & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      recordPeerAddress(request);
      const problem = checkNodeRequest(request);
      if (problem) {
        response.writeHead(problem.status, {
          "Content-Type": "text/plain; charset=utf-8",
          "X-Content-Type-Options": "nosniff",
          Connection: "close",
          ...(problem.status === 405 ? { Allow: "GET, HEAD, POST, OPTIONS" } : {}),
        });
        response.end(problem.message);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
  prototype[PATCHED] = true;
}
