import { describe, expect, it } from "vitest";
import { checkRequest } from "./request-guards";
import { originIsThisSite } from "./origin";
import { sameOrigin } from "./session-api";

const headers = (values: Record<string, string>) => new Headers(values);

describe("originIsThisSite", () => {
  it("compares the Origin's host with the Host header, port included, case aside", () => {
    expect(originIsThisSite("http://localhost:3000", headers({ host: "localhost:3000" }))).toBe(true);
    expect(originIsThisSite("http://localhost:3000", headers({ host: "LocalHost:3000" }))).toBe(true);
    expect(originIsThisSite("http://localhost:3001", headers({ host: "localhost:3000" }))).toBe(false);
    expect(originIsThisSite("https://evil.example", headers({ host: "alliances.example" }))).toBe(false);
  });

  it("prefers the first x-forwarded-host of a proxy's list to Host", () => {
    const forwarded = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "alliances.example, proxy.internal" });
    expect(originIsThisSite("https://alliances.example", forwarded)).toBe(true);
    expect(originIsThisSite("https://proxy.internal", forwarded)).toBe(false);
    expect(originIsThisSite("http://127.0.0.1:3000", forwarded)).toBe(false);
  });

  it("refuses what names no host", () => {
    for (const origin of ["null", "", "not a url", "file:///etc/passwd"]) {
      expect(originIsThisSite(origin, headers({ host: "localhost:3000" })), origin).toBe(false);
    }
    expect(originIsThisSite("http://localhost:3000", headers({}))).toBe(false);
  });
});

describe("the proxy's guard and the JSON API agree", () => {
  const cases: Record<string, string>[] = [
    { host: "localhost:3000", origin: "http://localhost:3000" },
    { host: "localhost:3000", origin: "http://evil.example" },
    { host: "127.0.0.1:3000", "x-forwarded-host": "alliances.example, proxy.internal", origin: "https://alliances.example" },
    { host: "127.0.0.1:3000", "x-forwarded-host": "alliances.example, proxy.internal", origin: "https://proxy.internal" },
    { host: "alliances.example", origin: "null" },
  ];
  it.each(cases)("%o", async (values) => {
    const request = new Request("http://localhost:3000/organisations/new", { method: "POST", headers: headers(values) });
    const refusedByProxy = (await checkRequest(request, new URL(request.url)))?.status === 403;
    expect(refusedByProxy).toBe(!sameOrigin(request));
  });
});
