import { expect, test } from "@playwright/test";
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
});

