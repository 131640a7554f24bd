import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import {
  HSTS_VALUE,
  STATIC_SECURITY_HEADERS,
  allSecurityHeaders,
  contentSecurityPolicy,
  createNonce,
  dynamicSecurityHeaders,
  tilesOrigin,
  type SecurityHeaderSettings,
} from "./security-headers";

const production: SecurityHeaderSettings = { nodeEnv: "production", publicUrl: "https://alliances.example.org", tilesUrl: "" };
const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("security headers", () => {
  it("makes a fresh base64 nonce of 128 bits each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });

  it("builds a nonce-based CSP with no inline scripts", () => {
    const csp = directives(contentSecurityPolicy("abc123", production));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { ...production, nodeEnv: "development" })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", production)).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("n", { ...production, nodeEnv: "test" })).not.toContain("unsafe-eval");
  });

  it("adds the map tiles' origin to img-src", () => {
    const csp = contentSecurityPolicy("n", { ...production, tilesUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" });
    expect(directives(csp).get("img-src")).toEqual(["'self'", "data:", "blob:", "https://tile.openstreetmap.org"]);
  });

  it("derives the tiles' origin from the template", () => {
    expect(tilesOrigin("")).toBeUndefined();
    expect(tilesOrigin("https://Tiles.Example.org:8443/osm/{z}/{x}/{y}.png?key=1")).toBe("https://tiles.example.org:8443");
    expect(tilesOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
    expect(tilesOrigin("http://localhost:8080/{z}/{x}/{y}.png")).toBe("http://localhost:8080");
    expect(tilesOrigin("https://{z}.example.org/{x}/{y}.png")).toBeUndefined();
    expect(tilesOrigin("https://evil.example; script-src *")).toBeUndefined();
  });

  it("sends HSTS only in production over https", () => {
    expect(dynamicSecurityHeaders("n", production)["Strict-Transport-Security"]).toBe(HSTS_VALUE);
    expect(dynamicSecurityHeaders("n", { ...production, publicUrl: "http://localhost:3000" })).not.toHaveProperty("Strict-Transport-Security");
    expect(dynamicSecurityHeaders("n", { ...production, nodeEnv: "development" })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("gives the proxy's own answers every header", () => {
    const headers = allSecurityHeaders("n", production);
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Strict-Transport-Security": HSTS_VALUE,
    });
    expect(headers["Permissions-Policy"]).toContain("geolocation=(self)");
    expect(headers["Content-Security-Policy"]).toContain("'nonce-n'");
  });

  it("next.config.js sends the same fixed headers on every path", async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toEqual([{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }]);
  });
});
