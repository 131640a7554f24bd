import { describe, expect, it } from "vitest";
import { unavailableResponse, wantsJson } from "./unavailable";

describe("503 answers", () => {
  it("answers the API in JSON with Retry-After", async () => {
    const response = unavailableResponse("database", true, { "X-Frame-Options": "DENY" });
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("X-Frame-Options")).toBe("DENY");
    const body = (await response.json()) as { error: string; fields: unknown[] };
    expect(body.error).toMatch(/indisponible/);
    expect(body.fields).toEqual([]);
  });

  it("answers pages with a French page saying what happens", async () => {
    const response = unavailableResponse("overload", false);
    expect(response.status).toBe(503);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Retry-After")).toBe("2");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Le service est momentanément indisponible");
    expect(html).toContain("trop de demandes");
  });

  it("tells API and JSON clients from browsers", () => {
    expect(wantsJson("/api/organisations", null)).toBe(true);
    expect(wantsJson("/organisations/x", "application/json")).toBe(true);
    expect(wantsJson("/organisations/x", "text/html,application/xhtml+xml,application/json;q=0.9")).toBe(false);
    expect(wantsJson("/organisations/x", null)).toBe(false);
  });
});
