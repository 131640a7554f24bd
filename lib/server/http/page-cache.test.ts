import { describe, expect, it } from "vitest";
import { isCacheablePageRequest, isStoringRender, pageCacheKey, PageStore, STORE_HEADER, withNonce, type StoredPage } from "./page-cache";

const request = (path: string, headers: Record<string, string> = {}, method = "GET") => {
  const url = new URL(path, "http://localhost");
  return { method, pathname: url.pathname, search: url.search, headers: new Headers({ accept: "text/html,application/xhtml+xml", ...headers }) };
};

describe("the cache of anonymous pages", () => {
  it("takes only an anonymous visitor's GET of a listed public page, as an HTML document", () => {
    for (const path of [
      "/",
      "/organisations",
      "/organisations?kind=association&page=2",
      "/organisations/atelier-lyon",
      "/catalysts/pole-est",
      "/map",
      "/observatory",
      "/open-data",
    ]) {
      expect(isCacheablePageRequest(request(path)), path).toBe(true);
    }
    // Signed in (or perhaps: a session cookie), whatever else.
    expect(isCacheablePageRequest(request("/", { cookie: "locale=en; authjs.session-token=abc" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", { cookie: "__Secure-authjs.session-token=abc" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", { cookie: "locale=fr;  authjs.session-token.0=abc" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", { cookie: "locale=fr; authjs.csrf-token=abc" }))).toBe(true);
    // Pages that are someone's own, and anything that is not a listed public page.
    for (const path of [
      "/account",
      "/introductions",
      "/register",
      "/sign-in",
      "/moderation",
      "/network/dashboard",
      "/admin",
      "/api/organisations",
      "/dev/mailbox",
      "/organisations/a/b/c",
    ]) {
      expect(isCacheablePageRequest(request(path)), path).toBe(false);
    }
    // React's router requests, server actions, other methods, other formats.
    expect(isCacheablePageRequest(request("/", { rsc: "1" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", { "next-action": "abc" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isCacheablePageRequest(request("/", {}, "POST"))).toBe(false);
    expect(isCacheablePageRequest(request("/", {}, "HEAD"))).toBe(false);
    expect(isCacheablePageRequest(request("/", { accept: "application/json" }))).toBe(false);
    expect(isCacheablePageRequest(request(`/organisations?q=${"x".repeat(600)}`))).toBe(false);
  });

  it("keeps one page per address and language", () => {
    expect(pageCacheKey(request("/organisations?page=2"))).toBe("fr /organisations?page=2");
    expect(pageCacheKey(request("/organisations?page=2", { cookie: "locale=en" }))).toBe("en /organisations?page=2");
    expect(pageCacheKey(request("/", { cookie: "locale=xx" }))).toBe("fr /");
  });

  it("stores a page only for a render it asked for itself: a client cannot forge the storing header", () => {
    expect(isStoringRender(new Headers({ [STORE_HEADER]: "guess" }))).toBe(false);
    expect(isStoringRender(new Headers())).toBe(false);
  });

  it("gives each answer its own nonce, everywhere the render's stood", () => {
    const page: StoredPage = {
      body: `<script nonce="N1abc+/=">a</script><script nonce="N1abc+/=">b</script>{"nonce":"N1abc+/="}`,
      nonce: "N1abc+/=",
      headers: [],
      version: "1",
      storedAt: 0,
    };
    const answer = withNonce(page, "Fresh123");
    expect(answer).not.toContain("N1abc");
    expect(answer.match(/Fresh123/g)).toHaveLength(3);
  });

  it("serves a page while the directory's version and its minute last, least recently used out first", () => {
    let now = 0;
    const store = new PageStore({ maxBytes: 1_000, maxAgeMs: 60_000 }, () => now);
    const page = (body: string, version = "7"): StoredPage => ({ body, nonce: "n", headers: [], version, storedAt: now });
    store.put("fr /", page("home n"));
    expect(store.get("fr /", "7")?.body).toBe("home n");
    expect(store.get("fr /", "8")).toBeNull();
    store.put("fr /", page("home n"));
    now = 60_000;
    expect(store.get("fr /", "7")).toBeNull();
    // Memory: 2 bytes a character (ten pages of 50 fill 1,000 bytes); an eighth of the budget a page at most.
    now = 0;
    for (const key of "abcdefghij") store.put(key, page("x".repeat(50)));
    store.get("a", "7");
    store.put("k", page("y".repeat(50)));
    expect(store.get("b", "7")).toBeNull();
    expect(store.get("a", "7")).not.toBeNull();
    expect(store.get("k", "7")).not.toBeNull();
    store.put("huge", page("h".repeat(100)));
    expect(store.get("huge", "7")).toBeNull();
  });

  it("renders a page missed twice once however many ask, and not again on the same version when it could not be stored", async () => {
    let renders = 0;
    let now = 0;
    const store = new PageStore(undefined, () => now);
    let release!: (stored: boolean) => void;
    const fill = () => {
      renders += 1;
      return new Promise<boolean>((resolve) => (release = resolve));
    };
    // An address asked once (a made-up query string) costs no render of its own; from the second miss on, one.
    store.fillOnce("fr /x", "1", fill);
    expect(renders).toBe(0);
    store.fillOnce("fr /x", "1", fill);
    store.fillOnce("fr /x", "1", fill);
    expect(renders).toBe(1);
    release(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.fillOnce("fr /x", "1", fill);
    expect(renders).toBe(1);
    // A new version: seen once more, then rendered; a stored page forgets the miss.
    store.fillOnce("fr /x", "2", fill);
    store.fillOnce("fr /x", "2", fill);
    expect(renders).toBe(2);
    release(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A miss a minute old counts as a first one.
    store.fillOnce("fr /y", "2", fill);
    now = 60_000;
    store.fillOnce("fr /y", "2", fill);
    expect(renders).toBe(2);
    store.fillOnce("fr /y", "2", fill);
    expect(renders).toBe(3);
  });
});
