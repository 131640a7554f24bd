import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./cross-site";

const post = (path: string, headers: Record<string, string>) => new Request(`http://localhost:3000${path}`, { method: "POST", headers });

describe("isCrossSiteWrite", () => {
  it("lets a POST to a page from this site through", () => {
    expect(isCrossSiteWrite(post("/account", { host: "localhost:3000", origin: "http://localhost:3000", "next-action": "00ab" }), "/account")).toBe(false);
  });

  it("refuses a POST to a page from another site", () => {
    expect(isCrossSiteWrite(post("/account", { host: "localhost:3000", origin: "https://elsewhere.example" }), "/account")).toBe(true);
  });

  it("refuses a POST to a page that does not say where it comes from", () => {
    expect(isCrossSiteWrite(post("/admin/users/1/data", { host: "localhost:3000", "next-action": "00ab" }), "/admin/users/1/data")).toBe(true);
  });

  it("refuses an Origin that is not a URL, and one on another port", () => {
    expect(isCrossSiteWrite(post("/", { host: "localhost:3000", origin: "null" }), "/")).toBe(true);
    expect(isCrossSiteWrite(post("/", { host: "localhost:3000", origin: "http://localhost:3001" }), "/")).toBe(true);
  });

  it("leaves reads alone, and the API's route handlers to their own checks", () => {
    expect(isCrossSiteWrite(new Request("http://localhost:3000/account", { headers: { origin: "https://elsewhere.example" } }), "/account")).toBe(false);
    expect(isCrossSiteWrite(post("/api/introductions", { host: "localhost:3000" }), "/api/introductions")).toBe(false);
    expect(isCrossSiteWrite(post("/apiary", { host: "localhost:3000" }), "/apiary")).toBe(true);
  });
});
