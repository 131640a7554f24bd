import { expect, test } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { expectNoAxeViolations } from "./axe";

// The demo network is deterministic: the server's database holds exactly these organisations.
const demo = generateDemoNetwork(readTerritoriesData());

test.describe("directory and profiles", () => {
  test("search « insertion » near a commune, see distances, and open a result", async ({ page }) => {
    await page.goto("/organisations");
    await expectNoAxeViolations(page);
    await page.getByLabel("Rechercher").fill("insertion");
    const picker = page.getByRole("combobox", { name: "Commune ou code postal" });
    await picker.fill("Lyon");
    await page.getByRole("option", { name: /^Lyon/ }).first().click();
    await page.getByLabel("Rayon").selectOption("30");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/q=insertion/);
    await expect(page).toHaveURL(/near=69123/);
    await expect(page.getByRole("heading", { level: 2, name: /organisations?$/ })).toBeVisible();
    const firstCard = page.locator(".organisation-card").first();
    await expect(firstCard.locator(".distance")).toContainText("km");
    await expect(page.getByRole("list", { name: "Filtres actifs" })).toContainText("à moins de 30 km de Lyon");
    await page.screenshot({ path: "test-results/screenshots/directory.png", fullPage: true });
    await expectNoAxeViolations(page);

    const name = await firstCard.getByRole("heading").innerText();
    await firstCard.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("heading", { name: "Ce qu'elle propose" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Partenaires proposés" })).toBeVisible();
    await expect(page.getByText(/Dernière mise à jour le/)).toBeVisible();
    // No contact person, e-mail or phone number on a public profile.
    await expect(page.locator("main")).not.toContainText("@");
    await expect(page.locator("main")).not.toContainText("01 99 00");
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length).toBeGreaterThan(20);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", name);
    await page.screenshot({ path: "test-results/screenshots/profile.png", fullPage: true });
    await expectNoAxeViolations(page);

    // The back button returns to the same results.
    await page.goBack();
    await expect(page).toHaveURL(/near=69123/);
    await expect(page.getByLabel("Rechercher")).toHaveValue("insertion");
  });

  test("an empty search near a place offers to widen the radius", async ({ page }) => {
    await page.goto("/organisations?kind=fondation&theme=sport&near=48001&radius=5");
    await expect(page.getByText(/Aucune fondation \/ fonds de dotation à moins de 5 km/)).toBeVisible();
    await page.getByRole("link", { name: /Élargir à 20 km/ }).click();
    await expect(page).toHaveURL(/radius=20/);
    await expectNoAxeViolations(page);
  });

  test("a pending organisation answers 404 to the public, a published one 200", async ({ page, request }) => {
    const pending = demo.organisations.find((organisation) => organisation.status === "pending");
    const published = demo.organisations.find((organisation) => organisation.status === "published");
    expect(pending && published).toBeTruthy();
    const hidden = await page.goto(`/organisations/${pending!.slug}`);
    expect(hidden?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    expect((await request.get(`/api/organisations/${pending!.slug}`)).status()).toBe(404);
    expect((await request.get(`/api/organisations/${published!.slug}`)).status()).toBe(200);
  });

  test("a catalyst profile shows its coverage and the organisations of its territory", async ({ page }) => {
    await page.goto("/catalysts");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/catalysts.png", fullPage: true });
    const catalyst = demo.catalysts[0]!;
    await page.goto(`/catalysts/${catalyst.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalyst.name);
    await expect(page.getByRole("heading", { name: "Territoire couvert" })).toBeVisible();
    await expect(page.locator("main")).not.toContainText(catalyst.contactEmail!);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/catalyst.png", fullPage: true });
  });

  test("bad input is answered clearly, never with a server error", async ({ page, request }) => {
    const api = await request.get("/api/organisations?radius=abc&kind=banque");
    expect(api.status()).toBe(400);
    const body = await api.json();
    expect(body.fields.map((field: { parameter: string }) => field.parameter).sort()).toEqual(["kind", "radius"]);
    expect((await request.get("/organisations/%ff")).status()).toBe(400);
    const response = await page.goto("/organisations?kind=banque&odd=99&q=insertion");
    expect(response?.status()).toBe(200);
    await expect(page.locator("p.notice")).toContainText("kind, odd");
  });

  test("the sitemap lists the published profiles", async ({ request }) => {
    const index = await (await request.get("/sitemap.xml")).text();
    expect(index).toContain("/sitemaps/organisations-0.xml");
    const chunk = await (await request.get("/sitemaps/organisations-0.xml")).text();
    const published = demo.organisations.filter((organisation) => organisation.status === "published");
    expect(chunk.match(/<url>/g)?.length).toBe(published.length);
    const pending = demo.organisations.find((organisation) => organisation.status === "pending");
    expect(chunk).not.toContain(`/organisations/${pending!.slug}<`);
  });
});
