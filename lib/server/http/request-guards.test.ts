// Regression tests for the 5xx the HTTP fuzzer found (e2e/fuzz.spec.ts): each input here made Next answer 500.
import { describe, expect, it } from "vitest";
import { checkNodeRequest } from "./node-request-guard";
import { checkRequest } from "./request-guards";

const BASE = "http://localhost:3000";
const ACTION = "40" + "a".repeat(40);

function request(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const url = new URL(path, BASE);
  return checkRequest(new Request(url, { ...init, headers: { host: "localhost:3000", ...init.headers } }), url);
}

function multipart(fields: Record<string, string | Blob>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  request("/sign-in", { method: "POST", body, headers: { "next-action": ACTION, origin: BASE, ...headers } });

describe("the proxy's request checks", () => {
  it.each(["/organisations/%ff", "/organisations/%00", "/organisations?q=%ff", "/api/organisations?q=a%00b", "/api/communes?q=%e2%82", "/x?%"])(
    "refuse the malformed or NUL-bearing URL %s",
    async (path) => {
      expect((await request(path))?.status).toBe(400);
    },
  );

  it("let well-formed URLs through, accents and plus signs included", async () => {
    expect(await request("/organisations?q=%C3%A9cole+de+musique&kind=association&kind=foundation")).toBeNull();
    expect(await request("/organisations/acces-pour-tous-arnage")).toBeNull();
  });

  it("hide Next's internal pages", async () => {
    expect((await request("/_global-error"))?.status).toBe(404);
    expect((await request("/_not-found"))?.status).toBe(404);
  });

  it.each([
    ["x-forwarded-proto", "gopher"],
    ["x-forwarded-host", ""],
    ["x-forwarded-host", "evil.example/path"],
    ["x-forwarded-host", "a b"],
  ])("refuse a forwarded header %s: %j no URL can be built from", async (name, value) => {
    expect((await request("/account", { headers: { [name]: value } }))?.status).toBe(400);
  });

  it.each(["null", "http://evil.example", "%ff", "file://"])("refuse a form posted from the origin %s", async (origin) => {
    expect((await request("/privacy", { method: "POST", body: multipart({ a: "b" }), headers: { origin } }))?.status).toBe(403);
  });

  it("judge the origin against the forwarded host when there is one, as Next does", async () => {
    const post = (headers: Record<string, string>) => request("/privacy", { method: "POST", body: multipart({ a: "b" }), headers });
    expect((await post({ origin: BASE, "x-forwarded-host": "localhost:1" }))?.status).toBe(403);
    expect(await post({ origin: "https://alliances.example", "x-forwarded-host": "alliances.example" })).toBeNull();
  });

  it("let a same-origin form post, and one without Origin, through", async () => {
    expect(await request("/privacy", { method: "POST", body: multipart({ a: "b" }), headers: { origin: BASE } })).toBeNull();
    expect(await request("/privacy", { method: "POST", body: multipart({ a: "b" }) })).toBeNull();
  });

  it("refuse a multipart body that does not parse, or carries a NUL", async () => {
    const broken = { "content-type": "multipart/form-data; boundary=zzz" };
    expect((await request("/privacy", { method: "POST", body: "--yyy\r\nbroken", headers: broken }))?.status).toBe(400);
    expect((await request("/privacy", { method: "POST", body: multipart({ email: "a\u0000b" }) }))?.status).toBe(400);
  });

  it.each(["x", "", "0".repeat(2_000), "../../etc/passwd", "$ACTION_ID"])("refuse the server-action id %j", async (id) => {
    expect((await action("[]", { "next-action": id, "content-type": "text/plain;charset=UTF-8" }))?.status).toBe(400);
  });

  it.each(["not json", "{}", "null", "123", '["$B1"]', '["$@1"]', '["$Q1"]', '["$T"]', '["$F1"]', '["\\u0000"]', '[{"then":"$1:then"}]'])(
    "refuse the action arguments %s sent as text",
    async (body) => {
      expect((await action(body, { "content-type": "text/plain;charset=UTF-8" }))?.status).toBe(400);
    },
  );

  it.each(["[]", '["fr"]', '[{"email":""},"$undefined"]', '["$$literal", "$D2026-11-01T00:00:00.000Z", "$n12"]'])(
    "let the action arguments %s through",
    async (body) => {
      expect(await action(body, { "content-type": "text/plain;charset=UTF-8" })).toBeNull();
    },
  );

  it("check that a multipart call's references point to parts of the right kind", async () => {
    expect(await action(multipart({ "0": '[{},"$K1"]', "1_email": "a@b.example" }))).toBeNull();
    expect(await action(multipart({ "0": '["$@1"]', "1": '"x"' }))).toBeNull();
    expect(await action(multipart({ "0": '["$B1"]', "1": new Blob(["x"]) }))).toBeNull();
    expect((await action(multipart({ "0": '["$@1"]' })))?.status).toBe(400);
    expect((await action(multipart({ "0": '["$B1"]', "1": "not a blob" })))?.status).toBe(400);
    expect((await action(multipart({ "0": '["$Q1"]', "1": "{not json" })))?.status).toBe(400);
    expect((await action(multipart({ email: "x" })))?.status).toBe(400);
  });
});

describe("the raw request checks", () => {
  const raw = (method: string, url: string, headers: Record<string, string> = {}) => checkNodeRequest({ method, url, headers });

  it("refuse methods Next cannot build a Request from", () => {
    expect(raw("TRACE", "/")?.status).toBe(405);
    expect(raw("track", "/")?.status).toBe(405);
  });

  it("refuse the asterisk target", () => {
    expect(raw("OPTIONS", "*")?.status).toBe(400);
  });

  it("refuse a router-state header Next cannot parse, and let a valid one through", () => {
    for (const value of ["%ff", "[1,2,3,4,5,6,7]", "garbage", "{}"])
      expect(raw("GET", "/organisations.rsc", { "next-router-state-tree": value })?.status).toBe(400);
    expect(raw("GET", "/organisations", { "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])) })).toBeNull();
    expect(raw("GET", "/organisations")).toBeNull();
  });
});
