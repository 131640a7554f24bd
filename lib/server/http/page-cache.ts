// Anonymous public pages served from memory. A visitor without a session gets the same page as any other visitor for
// the same address and language, so each is rendered once per version of the directory (the directory_version
// sequence, moved at the commit of every change to organisations, their needs and offers, the catalysts and their
// coverage, the introductions) and kept a minute at most (dates move: "updated 3 days ago").
// The proxy answers hits itself, with a fresh CSP nonce written into the stored HTML; a miss is rendered as usual,
// and from its second miss the page is stored by a render of its own (a request to this very server, marked with
// this process's secret), so no visitor waits for the store. Signed-in visitors, server actions, React's RSC
// requests and anything but a listed public page never touch it. Per instance: each instance renders each page once
// per version, none ever serves another's (ADR 010).
import { randomBytes } from "node:crypto";
import { isSessionCookieName } from "@/lib/auth/session-cookies";

/** The public pages whose anonymous rendering depends only on the address, the language and the directory. */
const CACHED_PATHS = [
  /^\/$/,
  /^\/organisations$/,
  /^\/organisations\/[^/]+$/,
  /^\/organisations\/[^/]+\/partners$/,
  /^\/catalysts$/,
  /^\/catalysts\/find$/,
  /^\/catalysts\/[^/]+$/,
  /^\/map$/,
  /^\/observatory$/,
  /^\/open-data$/,
  /^\/accessibility$/,
  /^\/privacy$/,
];

/** Requests of React's router and of server actions, which are not the HTML document. */
const NEXT_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "next-router-segment-prefetch"];

export const PAGE_CACHE_MAX_AGE_MS = 60_000;
/** A stored page is about 20–120 KB: at most this much memory for them all. */
export const PAGE_CACHE_MAX_BYTES = 64 * 1024 * 1024;
const MAX_ADDRESS_LENGTH = 512;

/** The header of the storing render, and this process's secret in it: a client cannot ask for the storing path. */
export const STORE_HEADER = "x-alliances-page-store";
const STORE_SECRET = randomBytes(24).toString("base64url");

export interface PageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
}

function cookiesOf(headers: Headers): [string, string][] {
  return (headers.get("cookie") ?? "").split(";").map((part) => {
    const [key = "", ...value] = part.trim().split("=");
    return [key.trim(), value.join("=")];
  });
}

export function cookieNamed(headers: Headers, name: string): string | null {
  return cookiesOf(headers).find(([key]) => key === name)?.[1] ?? null;
}

/** Whether this request may be answered from (and its page stored in) the cache of anonymous pages. */
export function isCacheablePageRequest(request: PageRequest): boolean {
  if (request.method !== "GET") return false;
  if (request.pathname.length + request.search.length > MAX_ADDRESS_LENGTH) return false;
  if (!CACHED_PATHS.some((pattern) => pattern.test(request.pathname))) return false;
  if (NEXT_HEADERS.some((name) => request.headers.has(name))) return false;
  // A visitor who may be signed in sees their own page (the session cookie, whatever its value, even chunked).
  if (cookiesOf(request.headers).some(([name]) => isSessionCookieName(name))) return false;
  return (request.headers.get("accept") ?? "").includes("text/html");
}

/** One page per address and language (the only cookie an anonymous page reads). */
export function pageCacheKey(request: PageRequest): string {
  const locale = cookieNamed(request.headers, "locale") === "en" ? "en" : "fr";
  return `${locale} ${request.pathname}${request.search}`;
}

export function isStoringRender(headers: Headers): boolean {
  return headers.get(STORE_HEADER) === STORE_SECRET;
}

/** The header a storing render's answer carries, so that only this process's own renders are stored. */
export function storingRenderEcho(): [string, string] {
  return [STORE_HEADER, STORE_SECRET];
}

export interface StoredPage {
  body: string;
  /** The nonce the page was rendered with: replaced by each answer's own. */
  nonce: string;
  headers: [string, string][];
  version: string;
  storedAt: number;
}

/** Headers not replayed: the security headers are the answer's own, the rest belongs to the storing response. */
const NOT_REPLAYED = new Set([
  STORE_HEADER,
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "set-cookie",
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
]);

/** The stored page as an answer's body: the same HTML, every occurrence of its render's nonce made this answer's. */
export function withNonce(page: StoredPage, nonce: string): string {
  return page.body.split(page.nonce).join(nonce);
}

/** Memory for the pages, least recently used out first, within a total size. */
export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;
  private readonly filling = new Map<string, Promise<void>>();
  /**
   * Keys missed lately, by version and time: "seen" once (a page is stored from its second miss on, so that an
   * address asked once — a made-up query string — never costs a render of its own), or "refused" when its storing
   * render was no plain page (a redirect, a 404…) and is not tried again meanwhile.
   */
  private readonly missed = new Map<string, { version: string; at: number; refused: boolean }>();

  constructor(
    private readonly options = { maxBytes: PAGE_CACHE_MAX_BYTES, maxAgeMs: PAGE_CACHE_MAX_AGE_MS },
    private readonly now: () => number = Date.now,
  ) {}

  /** The page stored for this key, if it was rendered on this version of the directory and recently enough. */
  get(key: string, version: string): StoredPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    if (page.version !== version || this.now() - page.storedAt >= this.options.maxAgeMs) {
      this.remove(key);
      return null;
    }
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  put(key: string, page: StoredPage): void {
    this.remove(key);
    const size = page.body.length * 2;
    if (size > this.options.maxBytes / 8) return;
    this.pages.set(key, page);
    this.bytes += size;
    while (this.bytes > this.options.maxBytes) this.remove(this.pages.keys().next().value as string);
  }

  /**
   * Called on a miss: runs `fill` for a key missed before on this version, unless one is already running or its last
   * render stored nothing. Concurrent misses render a page once; a page that cannot be stored is not rendered twice.
   */
  fillOnce(key: string, version: string, fill: () => Promise<boolean>): void {
    if (this.filling.has(key)) return;
    const last = this.missed.get(key);
    if (!last || last.version !== version || this.now() - last.at >= this.options.maxAgeMs) {
      this.remember(key, version, false);
      return;
    }
    if (last.refused) return;
    const running = fill()
      .catch(() => false)
      .then((stored) => {
        if (stored) this.missed.delete(key);
        else this.remember(key, version, true);
      })
      .finally(() => this.filling.delete(key));
    this.filling.set(key, running);
  }

  private remember(key: string, version: string, refused: boolean): void {
    this.missed.delete(key);
    this.missed.set(key, { version, at: this.now(), refused });
    while (this.missed.size > 10_000) this.missed.delete(this.missed.keys().next().value as string);
  }

  get size(): number {
    return this.pages.size;
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length * 2;
  }
}

/**
 * Renders the page once more, as an anonymous visitor with this language, through this very server, and stores it
 * when it is a plain 200 HTML page carrying the nonce it was rendered with.
 */
export async function storePage(store: PageStore, key: string, target: URL, locale: string, version: string, now = Date.now): Promise<boolean> {
  const response = await fetch(target, {
    headers: { accept: "text/html", cookie: `locale=${locale}`, [STORE_HEADER]: STORE_SECRET },
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  });
  // Answered by this very process (its proxy echoes the secret), as a plain 200 HTML page.
  const ours = response.headers.get(STORE_HEADER) === STORE_SECRET;
  if (!ours || response.status !== 200 || !(response.headers.get("content-type") ?? "").startsWith("text/html")) {
    await response.body?.cancel();
    return false;
  }
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  const body = await response.text();
  if (!nonce || !body.includes(nonce)) return false;
  const headers = [...response.headers.entries()].filter(([name]) => !NOT_REPLAYED.has(name.toLowerCase()));
  store.put(key, { body, nonce, headers, version, storedAt: now() });
  return true;
}
