// Runs before routing, to turn into clear 4xx what Next itself would answer with a 500: a form or JSON body larger
// than server actions accept (1 MB), and the inputs lib/server/http/request-guards.ts lists (malformed encodings, bad
// forwarded or router headers, cross-site posts, server-action calls Next cannot decode...).
// It also sets the Content-Security-Policy with a fresh nonce (Next reads it from the request's copy of the
// header and puts it on its own scripts; every page is dynamically rendered, so each render gets its nonce) and
// HSTS when due. The fixed security headers come from next.config.js, static assets included. A state-changing
// request to a page (a server action, a form) must come from this site: a foreign or missing Origin gets 403.
// And it answers 503 with Retry-After, before any rendering, when this instance is overloaded or its database is
// unreachable.
import { NextResponse, type NextRequest } from "next/server";
import { databaseIsAvailable } from "@/lib/server/database-availability";
import { getDatabaseHandle } from "@/lib/server/db";
import { recentDirectoryVersion } from "@/lib/server/directory-version";
import { isCacheablePageRequest, isStoringRender, pageCacheKey, PageStore, storePage, storingRenderEcho, withNonce } from "@/lib/server/http/page-cache";
import { getEnv } from "@/lib/server/env";
import { isCrossSiteWrite } from "@/lib/server/http/cross-site";
import { checkRequest } from "@/lib/server/http/request-guards";
import { admitRequest } from "@/lib/server/http/load-gate";
import { unavailableResponse, wantsJson, type UnavailableReason } from "@/lib/server/http/unavailable";
import { allSecurityHeaders, createNonce, dynamicSecurityHeaders, type SecurityHeaderSettings } from "@/lib/server/http/security-headers";

/** The server actions' body limit (Next's default); API routes limit their own bodies far below it. */
export const MAX_BODY_BYTES = 1024 * 1024;

function settings(): SecurityHeaderSettings {
  const env = getEnv();
  return { nodeEnv: env.NODE_ENV, publicUrl: env.PUBLIC_URL, tilesUrl: env.TILES_URL };
}

/**
 * Why this request cannot be served now, if it cannot: too many requests in flight even after a short wait for
 * room (checked first: below the limit it costs a comparison), or the database unreachable (a recent verdict,
 * else one ping shared by concurrent requests).
 */
async function unavailability(): Promise<UnavailableReason | null> {
  const env = getEnv();
  if (!(await admitRequest(env.MAX_CONCURRENT_REQUESTS, env.MAX_QUEUE_WAIT_MS))) return "overload";
  const available = await databaseIsAvailable(async () => (await getDatabaseHandle()).ping());
  return available ? null : "database";
}

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const sendsBody = request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS";
  if (sendsBody) {
    // The declared length when there is one, else what arrived (Next hands the proxy a copy of the body).
    const declared = request.headers.get("content-length");
    const size = declared !== null ? Number(declared) : request.body ? (await request.arrayBuffer()).byteLength : 0;
    if (!Number.isFinite(size) || size > MAX_BODY_BYTES) {
      return new NextResponse("Envoi trop volumineux : 1 Mo au plus. Raccourcissez les textes et réessayez. / Payload too large: 1 MB at most.", {
        status: 413,
        headers: { ...allSecurityHeaders(nonce, settings()), "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
      });
    }
  }
  if (isCrossSiteWrite(request, request.nextUrl.pathname)) {
    return new NextResponse("Requête d'un autre site refusée. / Cross-site request refused.", {
      status: 403,
      headers: { ...allSecurityHeaders(nonce, settings()), "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const problem = await checkRequest(request, request.nextUrl);
  if (problem) {
    return new NextResponse(problem.message, {
      status: problem.status,
      headers: { ...allSecurityHeaders(nonce, settings()), "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // The health check always reaches its route: it is how operators and load balancers see the real state.
  if (request.nextUrl.pathname !== "/api/health") {
    const reason = await unavailability();
    if (reason) return unavailableResponse(reason, wantsJson(request.nextUrl.pathname, request.headers.get("accept")), allSecurityHeaders(nonce, settings()));
  }
  const cached = await fromPageCache(request, nonce);
  if (cached.hit) return cached.hit;
  const security = dynamicSecurityHeaders(nonce, settings());
  const csp = security["Content-Security-Policy"] ?? "";
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Next builds its error boundary as a page of its own, which answers its address with a 500: show "not found".
  const response =
    request.nextUrl.pathname === "/_global-error"
      ? NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers: requestHeaders } })
      : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [key, value] of Object.entries(security)) response.headers.set(key, value);
  if (cached.storing) response.headers.set(...storingRenderEcho());
  return response;
}

const pageStore = ((globalThis as unknown as { alliancePageStore?: PageStore }).alliancePageStore ??= new PageStore());

/**
 * The anonymous page from memory when this version of the directory has it (lib/server/http/page-cache.ts); else,
 * the page is stored after this request, by a render of its own. Any failure (the version unread, a render that
 * fails) only means no cache: the request is served as usual.
 */
async function fromPageCache(request: NextRequest, nonce: string): Promise<{ hit?: Response; storing?: boolean }> {
  const page = { method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, headers: request.headers };
  if (isStoringRender(request.headers)) return { storing: true };
  if (!isCacheablePageRequest(page)) return {};
  let version: string;
  try {
    version = await recentDirectoryVersion((await getDatabaseHandle()).db);
  } catch {
    return {};
  }
  const key = pageCacheKey(page);
  const stored = pageStore.get(key, version);
  if (stored) {
    const headers = new Headers(stored.headers);
    for (const [name, value] of Object.entries(allSecurityHeaders(nonce, settings()))) headers.set(name, value);
    headers.set("x-alliances-cache", "hit");
    return { hit: new NextResponse(withNonce(stored, nonce), { status: 200, headers }) };
  }
  const target = new URL(`${page.pathname}${page.search}`, `http://127.0.0.1:${getEnv().PORT}`);
  pageStore.fillOnce(key, version, () => storePage(pageStore, key, target, key.slice(0, 2), version));
  return {};
}

export const config = {
  // Static assets never carry user-typed paths.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
