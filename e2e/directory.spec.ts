import { expect, test, type Page } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { haversineKm } from "../lib/geo/distance";
import { expectNoAxeViolations } from "./axe";

// The demo network is deterministic: the server's database holds exactly these organisations.
const territories = readTerritoriesData();
const demo = generateDemoNetwork(territories);
const communes = new Map(territories.communes.map((commune) => [commune.code, commune]));

/** Catalysts whose coverage holds the commune: the commune itself, its EPCI or EPT, or its département. */
function coveringCatalysts(communeCode: string) {
  const commune = communes.get(communeCode)!;
  const covers = (kind: string, code: string) =>
    (kind === "commune" && code === commune.code) ||
    (kind === "intercommunality" && (code === commune.epciCode || code === commune.eptCode)) ||
    (kind === "departement" && code === commune.departementCode);
  const ids = new Set(demo.coverage.filter((item) => covers(item.territoryKind, item.territoryCode)).map((item) => item.catalystId));
  return demo.catalysts.filter((catalyst) => ids.has(catalyst.id));
}

/** A map marker by its title (the place's name), whatever quotes the name holds. */
const markerTitled = (title: string) => `.leaflet-marker-icon[title="${title.replace(/["\\]/g, "\\$&")}"]`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Painted pixels of the map's canvases above the outlines: the coverage dots (and nothing else, with no tiles). */
async function paintedDotPixels(page: Page) {
  return page.locator(".leaflet-overlay-pane canvas").evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).reduce((total, canvas) => {
      const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let painted = 0;
      for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) painted++;
      return total + painted;
    }, 0),
  );
}

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

  test("an organisation profile shows its place on a small map, how precise it is, and the catalyst nearby", async ({ page }) => {
    // An organisation placed at its commune's estimated point (from the postcode), with a covering catalyst nearby.
    const organisation = demo.organisations.find((candidate) => {
      const commune = communes.get(candidate.communeCode);
      return (
        candidate.status === "published" &&
        commune?.precision === "postcode" &&
        coveringCatalysts(candidate.communeCode).some((catalyst) => haversineKm(catalyst, commune) > 5 && haversineKm(catalyst, commune) < 40)
      );
    })!;
    expect(organisation).toBeDefined();
    const commune = communes.get(organisation.communeCode)!;
    const catalyst = coveringCatalysts(organisation.communeCode).find((item) => haversineKm(item, commune) < 40)!;
    await page.goto(`/organisations/${organisation.slug}`);
    const map = page.getByRole("region", { name: new RegExp(`^Carte : .* à ${escapeRegExp(commune.name)}\\.`) });
    await expect(map).toBeVisible();
    await expect(map).toHaveCSS("height", /^2[4-6]\d(\.\d+)?px$/);
    await expect(map.locator(markerTitled(organisation.name))).toBeVisible();
    await expect(page.getByText("Position approximative (estimée d'après le code postal, à environ 5 km près).")).toBeVisible();
    await expect(page.getByRole("link", { name: "Voir sur la carte du réseau" })).toHaveAttribute(
      "href",
      `/map#12/${organisation.lat.toFixed(4)}/${organisation.lon.toFixed(4)}`,
    );
    // The département outline is the background when no tile server is configured.
    await expect(map.locator(".leaflet-pane canvas").first()).toBeVisible();
    await expect(map.locator(".leaflet-control-attribution")).toContainText("GeoNames (CC BY 4.0) · INSEE COG");

    // The catalyst's marker is reachable with the keyboard and leads to its profile.
    const catalystMarker = map.locator(markerTitled(catalyst.name));
    await expect(catalystMarker).toHaveAttribute("tabindex", "0");
    await catalystMarker.focus();
    await page.keyboard.press("Enter");
    const popup = map.locator(".leaflet-popup");
    await expect(popup.getByRole("link", { name: "Voir la fiche" })).toHaveAttribute("href", `/catalysts/${catalyst.slug}`);
    await expect(popup).toHaveCSS("opacity", "1");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/profile-map.png", fullPage: true });
    await map.screenshot({ path: "test-results/screenshots/profile-map-detail.png" });

    // On a phone: the map fits the width, nothing overflows.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(map.locator(markerTitled(organisation.name))).toBeVisible();
    await expectNoHorizontalOverflow(page);
    const box = await map.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/screenshots/profile-map-phone.png", fullPage: true });
    await expectNoAxeViolations(page);

    // The link opens the network map on the same place.
    await page.getByRole("link", { name: "Voir sur la carte du réseau" }).click();
    await expect(page).toHaveURL(new RegExp(`/map#12/${organisation.lat.toFixed(4).replace(".", "\\.")}/`));
    await expect(page.getByRole("status").first()).toContainText("dans cette zone", { timeout: 20_000 });
  });

  test("a profile reads without JavaScript, the map saying it needs it", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR" });
    const page = await context.newPage();
    const organisation = demo.organisations.find((candidate) => candidate.status === "published")!;
    const response = await page.goto(`/organisations/${organisation.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisation.name);
    // Chromium run with scripts disabled by Playwright still parses <noscript> as text, so check it is served.
    expect(await page.locator(".profile-map noscript").innerHTML()).toContain("affiche avec JavaScript.");
    await expect(page.getByRole("link", { name: "Voir sur la carte du réseau" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ce qu'elle propose" })).toBeVisible();
    await context.close();
  });

  test("a catalyst profile maps its coverage: a dot per commune and the outline of a whole département", async ({ page }) => {
    // The département-wide catalyst with the most communes: a coverage of several hundred points.
    const departementCoverages = demo.coverage.filter((item) => item.territoryKind === "departement" && /^\d\d$/.test(item.territoryCode));
    const count = (code: string) => territories.communes.filter((commune) => commune.departementCode === code).length;
    const coverage = departementCoverages.reduce((best, item) => (count(item.territoryCode) > count(best.territoryCode) ? item : best));
    const catalyst = demo.catalysts.find((item) => item.id === coverage.catalystId)!;
    const covered = new Set(
      territories.communes
        .filter((commune) =>
          demo.coverage.some(
            (item) =>
              item.catalystId === catalyst.id &&
              ((item.territoryKind === "departement" && item.territoryCode === commune.departementCode) ||
                (item.territoryKind === "intercommunality" && [commune.epciCode, commune.eptCode].includes(item.territoryCode)) ||
                (item.territoryKind === "commune" && item.territoryCode === commune.code)),
          ),
        )
        .map((commune) => commune.code),
    );
    expect(covered.size).toBeGreaterThan(300);

    await page.goto(`/catalysts/${catalyst.slug}`);
    const map = page.getByRole("region", { name: new RegExp(`^Carte du territoire couvert par ${escapeRegExp(catalyst.name)}\\.`) });
    await expect(map).toBeVisible();
    await expect(map.locator(markerTitled(catalyst.name))).toBeVisible();
    await expect(page.getByText(new RegExp(`^${covered.size.toLocaleString("fr-FR").replace(/\s/g, "\\s")} communes couvertes`))).toBeVisible();
    await expect(page.getByRole("list").filter({ hasText: "Département couvert en entier" })).toBeVisible();
    // The dots are painted on a canvas: hundreds of them cover thousands of pixels.
    await expect.poll(() => paintedDotPixels(page)).toBeGreaterThan(2_000);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/catalyst-coverage.png", fullPage: true });
    await map.screenshot({ path: "test-results/screenshots/catalyst-coverage-detail.png" });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect.poll(() => paintedDotPixels(page)).toBeGreaterThan(1_000);
    await expectNoHorizontalOverflow(page);
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/screenshots/catalyst-coverage-phone.png" });
    await expectNoAxeViolations(page);
  });

  test("bad input is answered clearly, never with a server error", async ({ page, request }) => {
    const api = await request.get("/api/organisations?radius=abc&kind=banque");
    expect(api.status()).toBe(400);
    const body = await api.json();
    expect(body.fields.map((field: { parameter: string }) => field.parameter).sort()).toEqual(["kind", "radius"]);
    expect((await request.get("/organisations/%ff")).status()).toBe(400);
    expect((await request.get("/catalysts/%ff")).status()).toBe(400);
    expect((await request.get(`/catalysts/${"x".repeat(300)}`)).status()).toBe(404);
    expect((await request.get("/catalysts/a'b%22c")).status()).toBe(404);
    const response = await page.goto("/organisations?kind=banque&odd=99&q=insertion");
    expect(response?.status()).toBe(200);
    await expect(page.locator("p.notice")).toContainText("kind, odd");
  });

  test("the sitemap lists the published profiles", async ({ request }) => {
    const index = await (await request.get("/sitemap.xml")).text();
    expect(index).toContain("/sitemaps/organisations-0.xml");
    const chunk = await (await request.get("/sitemaps/organisations-0.xml")).text();
    const published = demo.organisations.filter((organisation) => organisation.status === "published");
    // Every published demo profile, and those other tests of the same run published (an import, a registration).
    const listed = chunk.match(/<url>/g)?.length ?? 0;
    expect(listed).toBeGreaterThanOrEqual(published.length);
    expect(listed).toBeLessThan(published.length + 20);
    for (const organisation of published.slice(0, 100)) expect(chunk).toContain(`/organisations/${organisation.slug}<`);
    const pending = demo.organisations.find((organisation) => organisation.status === "pending");
    expect(chunk).not.toContain(`/organisations/${pending!.slug}<`);
  });
});
