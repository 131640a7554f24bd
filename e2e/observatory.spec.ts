import { expect, test, type Page } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { expectNoAxeViolations } from "./axe";

// The demo network is deterministic: the server's database holds these introductions, plus those that other
// journeys of the suite (introductions.spec) may have added before: the page counts at least the demo's.
const demo = generateDemoNetwork(readTerritoriesData());
const alliances = demo.introductions.filter((introduction) => introduction.status === "alliance_started").length;
const countIn = (statuses: string[]) => demo.introductions.filter((introduction) => statuses.includes(introduction.status!)).length;
const accepted = countIn(["accepted", "meeting_held", "alliance_started", "closed"]);
const acceptanceRate = Math.round((100 * accepted) / (accepted + countIn(["declined", "rejected"])));

const figure = (page: Page, label: string) => page.locator(".figures div", { hasText: label }).locator("dd");
const numberIn = async (page: Page, label: string) => Number((await figure(page, label).innerText()).replace(/\D/g, ""));

test.describe("the observatory", () => {
  test("shows the alliances started in the demo network, by month, territory, actors, theme and partnership type", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Observatoire" }).click();
    await expect(page).toHaveURL(/\/observatory$/);
    await expect(page).toHaveTitle(/Observatoire des alliances/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Observatoire des alliances");
    expect(alliances).toBeGreaterThan(50);
    const shown = await numberIn(page, "alliances engagées");
    expect(shown).toBeGreaterThanOrEqual(alliances);
    expect(shown).toBeLessThanOrEqual(alliances + 5);
    expect(await numberIn(page, "mises en relation demandées")).toBeGreaterThanOrEqual(demo.introductions.length);
    // French writes a narrow no-break space before the percent sign.
    await expect(figure(page, "taux d'acceptation")).toHaveText(new RegExp(`^${shown === alliances ? acceptanceRate : "\\d+"}\\s%$`));

    // Each chart is a table with its numbers written out.
    await expect(page.getByRole("img", { name: new RegExp(`^${shown} alliances de `) })).toBeVisible();
    const regions = page.getByRole("table", { name: /Alliances engagées par région/ });
    const regionRows = regions.locator("tbody tr");
    expect(await regionRows.count()).toBeGreaterThan(3);
    const regionTotal = (await regions.locator("tbody td").allInnerTexts()).reduce((sum, text) => sum + Number(text), 0);
    expect(regionTotal).toBe(shown); // demo partners always share a région, as do the suite's
    const types = await page
      .getByRole("table", { name: /type de partenariat/ })
      .locator("tbody td")
      .allInnerTexts();
    expect(types.reduce((sum, text) => sum + Number(text), 0)).toBe(shown);
    await expect(page.getByRole("table", { name: /types des deux organisations/ }).getByRole("rowheader", { name: "Association × Entreprise" })).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: /thèmes des deux organisations/ })
        .locator("tbody tr")
        .first(),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Licence Ouverte / Open Licence version 2.0 (Etalab)" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/observatory.png", fullPage: true });

    // Drill down into the départements of the first région.
    const firstRegion = regionRows.first().getByRole("rowheader");
    const regionName = (await firstRegion.innerText()).trim();
    await firstRegion.getByRole("link").click();
    await expect(page).toHaveURL(/\?region=\d{2}#departements$/);
    const departements = page.getByRole("table", { name: `Alliances engagées par département de la région ${regionName}.` });
    await expect(departements.locator("tbody tr").first()).toBeVisible();
    await expect(page.getByLabel("Région", { exact: true })).toHaveValue(/^\d{2}$/);
    await expectNoAxeViolations(page);
  });

  test("reads on a phone and without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/observatory");
    expect(await numberIn(page, "alliances engagées")).toBeGreaterThanOrEqual(alliances);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The région form is a plain GET form.
    await page.getByLabel("Région", { exact: true }).selectOption({ label: "Île-de-France" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page).toHaveURL(/region=11/);
    await expect(
      page
        .getByRole("table", { name: /département de la région Île-de-France/ })
        .locator("tbody tr")
        .first(),
    ).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/observatory-phone.png", fullPage: true });
    await context.close();
  });

  test("offers each dataset as a CSV download, and answers 404 for an unknown one", async ({ page, request }) => {
    const response = await request.get("/observatory/csv/regions");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="alliances-observatoire-regions.csv"');
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("region_code,region_name,alliances_started");
    expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(",").at(-1)), 0)).toBeGreaterThanOrEqual(alliances);

    const months = await request.get("/observatory/csv/months");
    expect(months.status()).toBe(200);
    expect((await months.text()).split("\r\n")[0]).toBe("month,alliances_started");
    expect((await request.get("/observatory/csv/organisations")).status()).toBe(404);

    // The page's link downloads the file.
    await page.goto("/observatory");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Télécharger les données « Alliances engagées par thème » \(CSV\)$/ }).click();
    expect((await download).suggestedFilename()).toBe("alliances-observatoire-themes.csv");
  });
});
