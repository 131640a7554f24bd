// Forms and server actions change state with a POST to a page. Next itself lets a server action through when the
// request has no Origin header, and answers a foreign Origin with a 500: the proxy refuses both with a 403 first.
// Route handlers under /api/ check for themselves (JSON errors; Auth.js has its own CSRF token).
import { sameOrigin } from "./session-api";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A state-changing request to a page that does not come from this site (or does not say where it comes from). */
export function isCrossSiteWrite(request: Request, pathname: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (pathname === "/api" || pathname.startsWith("/api/")) return false;
  return !sameOrigin(request);
}
