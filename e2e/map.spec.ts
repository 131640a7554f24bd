import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const markers = (page: Page) => page.locator(".leaflet-marker-icon");
// Titles: "Name — Association, Commune" for a marker, "12 organisations — agrandir la zone" for a cluster.
const singles = (page: Page) => page.locator('.leaflet-marker-icon[title*="— Association, "]');
const clusters = (page: Page) => page.locator('.leaflet-marker-icon[title*="organisation"][title*="agrandir la zone"]');
// The panel's count, the page's first live status (the place search's suggestions have their own, after it).
const mapStatus = (page: Page) => page.getByRole("status").first();

async function waitForClusters(page: Page) {
  await expect(mapStatus(page)).toContainText("dans cette zone", { timeout: 20_000 });
  await expect(markers(page).first()).toBeVisible();
}

/** The smallest cluster in view: the likeliest to split into single markers. */
async function smallestCluster(page: Page) {
  const titles = await clusters(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute("title") ?? ""));
  const counts = titles.map((title) => Number((/^([\d\s  ]+)/.exec(title)?.[1] ?? "0").replace(/\D/g, "")));
  const index = counts.indexOf(Math.min(...counts));
  return clusters(page).nth(index);
}

test.describe("the map", () => {
  test("shows clusters with no tiles, filters by kind in the URL, and leads from a marker to its profile", async ({ page }) => {
    await page.goto("/map");
    await expect(page).toHaveTitle(/Carte du réseau/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Carte du réseau");
    await waitForClusters(page);
    await expect(page.locator(".leaflet-control-attribution")).toContainText("GeoNames (CC BY 4.0) · INSEE COG");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/map.png" });

    // Filtering by a kind is reflected in the URL, in the list link, and undone by the back button.
    await page.getByRole("checkbox", { name: "Association" }).click();
    await expect(page.getByRole("checkbox", { name: "Association" })).toBeChecked();
    await expect(page).toHaveURL(/[?&]kind=association/);
    await expect(page.getByRole("link", { name: "Voir ces résultats sous forme de liste" })).toHaveAttribute("href", "/organisations?kind=association");
    await waitForClusters(page);
    await page.goBack();
    await expect(page.getByRole("checkbox", { name: "Association" })).not.toBeChecked();
    await expect(page).not.toHaveURL(/kind=/);
    await page.goForward();
    await expect(page.getByRole("checkbox", { name: "Association" })).toBeChecked();
    await waitForClusters(page);

    // Zoom into clusters until single markers show.
    for (let step = 0; step < 10 && (await singles(page).count()) === 0; step++) {
      const before = page.url();
      await (await smallestCluster(page)).click();
      await expect(page).not.toHaveURL(before);
      await waitForClusters(page);
    }
    const marker = singles(page).first();
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAttribute("title", /— Association, /);
    await marker.click();
    const popup = page.locator(".leaflet-popup");
    await expect(popup).toBeVisible();
    await expect(popup).toContainText("Association");
    const link = popup.getByRole("link", { name: "Voir la fiche" });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/organisations\/[a-z0-9-]+$/);
    // Leaflet fades popups in: check contrast once the popup is fully opaque, not halfway through the fade.
    await expect(popup).toHaveCSS("opacity", "1");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/map-popup.png" });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test("filters by a resource offered like the directory, shows a territory as a removable chip, and resets", async ({ page }) => {
    await page.goto("/map?departement=69");
    await waitForClusters(page);
    const panel = page.getByRole("complementary", { name: "Filtres" });
    const territory = panel.getByRole("button", { name: /^Retirer le filtre : Département : / });
    await expect(territory).toBeVisible();
    const before = await mapStatus(page).textContent();

    // A resource offered: in the URL, in the count, and in the list link with the directory's parameter names.
    await panel.getByLabel("Ressource proposée").selectOption({ label: "Financement" });
    await expect(page).toHaveURL(/[?&]offers=funding/);
    await expect(page).toHaveURL(/[?&]departement=69/);
    await expect(mapStatus(page)).not.toHaveText(before ?? "", { timeout: 20_000 });
    await waitForClusters(page);
    await expect(mapStatus(page)).toContainText("dans cette zone");
    await expect(page.getByRole("link", { name: "Voir ces résultats sous forme de liste" })).toHaveAttribute(
      "href",
      "/organisations?offers=funding&departement=69",
    );
    await panel.getByLabel("Ressource recherchée").selectOption({ label: "Locaux" });
    await panel.getByLabel("Objectif d'alliance").selectOption({ label: "Co-construire un projet de territoire" });
    await panel.getByLabel(/Objectif de développement durable/).selectOption({ value: "13" });
    await expect(page).toHaveURL(/needs=premises/);
    await expect(page).toHaveURL(/objective=territory_project/);
    await expect(page).toHaveURL(/odd=13/);
    await expect(mapStatus(page)).toContainText(/dans cette zone|Aucune|organisation/, { timeout: 20_000 });
    await expectNoAxeViolations(page);
    await panel.screenshot({ path: "test-results/screenshots/map-filters.png" });

    // The back button undoes one filter at a time; the territory chip removes only the territory.
    await page.goBack();
    await expect(page).not.toHaveURL(/odd=/);
    await expect(panel.getByLabel(/Objectif de développement durable/)).toHaveValue("");
    await territory.click();
    await expect(page).not.toHaveURL(/departement=/);
    await expect(territory).toBeHidden();
    await expect(page).toHaveURL(/offers=funding/);

    await panel.getByRole("button", { name: "Réinitialiser les filtres" }).click();
    await expect(page).not.toHaveURL(/\?/);
    await expect(panel.getByLabel("Ressource proposée")).toHaveValue("");
    await expect(panel.getByRole("button", { name: "Réinitialiser les filtres" })).toBeHidden();
    await waitForClusters(page);
  });

  test("lists the organisations stacked at one place", async ({ page }) => {
    // Lyon's centre, where many demo organisations share the commune's point.
    await page.goto("/map#13/45.7600/4.8400");
    await waitForClusters(page);
    const stack = page.locator('.leaflet-marker-icon[title*="au même endroit"]').first();
    await expect(stack).toBeVisible();
    await stack.focus();
    await page.keyboard.press("Enter");
    const popup = page.locator(".leaflet-popup");
    await expect(popup.getByRole("listitem").first()).toBeVisible();
    await expect(popup.getByRole("link").first()).toHaveAttribute("href", /^\/organisations\/[a-z0-9-]+$/);
    await page.screenshot({ path: "test-results/screenshots/map-stack.png" });
  });

  test("reads well on a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
    const page = await context.newPage();
    // With every kind of filter set, the longest labels included: the panel still fits.
    await page.goto("/map?departement=69&offers=project_engineering&needs=field_access&objective=performance_engagement&odd=12");
    // Few organisations, maybe none, match all of these: wait for the count, not for a marker.
    await expect(mapStatus(page)).toContainText("dans cette zone", { timeout: 20_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/screenshots/map-phone.png", fullPage: true });
    await context.close();
  });

  test("answers 400 naming the parameter for bad input, never 500", async ({ request }) => {
    for (const [query, parameter] of [
      ["bbox=1,2,3&zoom=6", "bbox"],
      ["bbox=2,48,3,49&zoom=99", "zoom"],
      ["bbox=2,48,3,49&zoom=6&kind=banque", "kind"],
      ["bbox=%ff&zoom=6", "bbox"],
      ["bbox=2,48,3,49&zoom=6&kind=%ff%fe", "kind"],
    ]) {
      const response = await request.get(`/api/map/clusters?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      const named = body.fields.map((field: { parameter: string }) => field.parameter.split(".")[0]);
      expect(named).toContain(parameter);
    }
    const bad = await request.get("/api/export/geojson?type=people");
    expect(bad.status()).toBe(400);
    const catalysts = await request.get("/api/export/geojson?type=catalysts");
    expect(catalysts.status()).toBe(200);
    const collection = await catalysts.json();
    expect(collection.type).toBe("FeatureCollection");
    // The demo's 350, and any an admin test of the same run created.
    expect(collection.features.length).toBeGreaterThanOrEqual(350);
    expect(JSON.stringify(collection)).not.toMatch(/contact|email|phone/i);
  });
});
