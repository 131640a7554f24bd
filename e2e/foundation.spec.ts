import { expect, test, type APIResponse } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("the foundation", () => {
  test("the home page presents the network with live figures and the three entry points", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Alliances/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Faire alliance sur votre territoire");
    for (const name of ["Trouver un catalyseur", "Explorer la carte", "Parcourir l'annuaire"]) {
      await expect(page.getByRole("main").getByRole("link", { name: new RegExp(name) })).toBeVisible();
    }
    // The figures come from the demo database loaded at first start.
    // The demo's 350 catalysts, and any an admin test of the same run created.
    const catalysts = Number((await page.locator(".figures div", { hasText: "catalyseurs territoriaux" }).locator("dd").innerText()).replace(/\D/g, ""));
    expect(catalysts).toBeGreaterThanOrEqual(350);
    expect(catalysts).toBeLessThan(360);
    const organisations = Number((await page.locator(".figures div", { hasText: "organisations publiées" }).locator("dd").innerText()).replace(/\D/g, ""));
    expect(organisations).toBeGreaterThan(4_000);
    await expect(page.getByRole("note")).toContainText("fictifs");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/home.png", fullPage: true });
  });

  test("the language switch turns the interface to English and back", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /English/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Build alliances in your territory");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/home-en.png", fullPage: true });
    await page.getByRole("button", { name: /Français/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Faire alliance sur votre territoire");
  });

  test("the language switch works from the keyboard", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /English/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("an unknown address answers a French 404 page", async ({ page }) => {
    const response = await page.goto("/nulle-part");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await expect(page.getByRole("link", { name: "Retour à l'accueil" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/404.png" });
  });

  test("the health route reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true, engine: "pglite", communes: 34_969 } });
  });

  test("the home page reads well on a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/screenshots/home-phone.png", fullPage: true });
    await context.close();
  });

  test("a body too large for a form gets a clear 413, never a 500", async ({ request }) => {
    const huge = "a".repeat(10 * 1024 * 1024);
    const form = await request.post("/sign-in", { multipart: { email: huge }, headers: { "Next-Action": "0".repeat(42) } });
    expect(form.status()).toBe(413);
    expect(await form.text()).toContain("1 Mo au plus");
    const json = await request.post("/api/introductions", { data: { message: huge }, headers: { Origin: "http://localhost" } });
    expect(json.status()).toBe(413);
  });

  test("every response carries the security headers, and pages run under a nonce-based CSP without violations", async ({ request, page }) => {
    const fixed = (response: APIResponse) => {
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["permissions-policy"]).toContain("geolocation=(self)");
      // Served over http://localhost: no HSTS.
      expect(headers["strict-transport-security"]).toBeUndefined();
    };
    const withCsp = (response: APIResponse) => {
      fixed(response);
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
      expect(csp).not.toContain("unsafe-eval");
      return /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
    };

    const home = await request.get("/");
    expect(home.status()).toBe(200);
    const nonce = withCsp(home);
    const html = await home.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A fresh nonce per response.
    expect(withCsp(await request.get("/"))).not.toBe(nonce);

    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    withCsp(health);
    const directory = await request.get("/organisations");
    expect(directory.status()).toBe(200);
    withCsp(directory);
    const missing = await request.get("/nulle-part");
    expect(missing.status()).toBe(404);
    withCsp(missing);
    // The answers the proxy gives itself.
    const malformed = await request.get("/organisations/%ff");
    expect(malformed.status()).toBe(400);
    withCsp(malformed);
    // Static assets skip the proxy: the fixed headers still come from next.config.js.
    const chunk = /\/_next\/static\/[^"'\s]+\.js/.exec(html)?.[0];
    expect(chunk).toBeTruthy();
    const asset = await request.get(chunk!);
    expect(asset.status()).toBe(200);
    fixed(asset);

    // In the browser: the home page and the map (Leaflet) run with no CSP violation.
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Faire alliance sur votre territoire");
    // The map needs its scripts to run: Leaflet draws the markers only once the page is hydrated.
    await page.goto("/map");
    await expect(page.locator(".leaflet-container")).toBeVisible();
    await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible({ timeout: 20_000 });
    expect(violations).toEqual([]);
  });
});
