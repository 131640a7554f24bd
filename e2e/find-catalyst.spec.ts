import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// Demo data (fixed seed): Cholet's postcode 49300 is its own, and its agglomeration has a catalyst; Marseille's
// département is one of the white zones; 01400 is shared by several communes of the Ain.
const CHOLET_CATALYST = { name: "Alliances Cholet Agglomération", slug: "alliances-cholet-agglomeration" };

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * axe runs as a script, which a context without JavaScript refuses: block the app's own bundles instead, so the
 * page is checked as a browser without JavaScript renders it.
 */
async function expectNoAxeViolationsWithoutScripts(browser: Browser, url: string) {
  const context = await browser.newContext({ locale: "fr-FR" });
  await context.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
}

test.describe("finding a catalyst", () => {
  test("from the home page, a postcode picked with the keyboard leads to the territory's catalyst and its profile", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
    const combobox = page.getByRole("combobox", { name: "Votre commune ou votre code postal" });
    await combobox.pressSequentially("49300", { delay: 30 });
    const option = page.getByRole("option", { name: "Cholet (49300) — Maine-et-Loire" });
    await expect(option).toBeVisible();
    await expect(combobox).toHaveAttribute("aria-expanded", "true");
    await combobox.press("ArrowDown");
    await expect(combobox).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "missing id");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/find-autocomplete.png" });

    // Choosing the suggestion runs the search at once.
    await combobox.press("Enter");
    await expect(page).toHaveURL(/\/catalysts\/find\?commune=49099$/);
    await expect(page.getByRole("combobox", { name: "Commune, code postal ou code INSEE" })).toHaveValue(/^Cholet/);

    const covering = page.getByRole("region", { name: "Le catalyseur de votre territoire" });
    const profile = covering.getByRole("link", { name: CHOLET_CATALYST.name, exact: true });
    await expect(profile).toHaveAttribute("href", `/catalysts/${CHOLET_CATALYST.slug}`);
    await expect(covering).toContainText("Couvre l'intercommunalité");
    await expect(covering.getByRole("link", { name: /Poser une question/ })).toHaveAttribute("href", `/catalysts/${CHOLET_CATALYST.slug}#contact`);
    // What it does and how to reach it: its page's form, no account needed (no demo catalyst published its contact).
    await expect(covering).toContainText("Écrivez-lui depuis sa fiche, sans créer de compte");
    const nearby = page
      .getByRole("region", { name: "Autres catalyseurs proches" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") });
    await expect(nearby).toHaveCount(5);
    // No e-mail address anywhere: contact goes through the profile.
    expect(await page.locator("main").innerText()).not.toContain("@");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/find-desktop.png", fullPage: true });

    await profile.click();
    await expect(page).toHaveURL(new RegExp(`/catalysts/${CHOLET_CATALYST.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CHOLET_CATALYST.name);
    await expect(page.getByRole("heading", { name: "Territoire couvert" })).toBeVisible();
  });

  test("the home page's entry card leads to the finder", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("main")
      .getByRole("link", { name: /Trouver un catalyseur Indiquez/ })
      .click();
    await expect(page).toHaveURL(/\/catalysts\/find$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver un catalyseur");
    await expectNoAxeViolations(page);
  });

  test("a white zone says nobody covers it yet and lists the nearest catalysts by distance, on a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/catalysts/find?commune=13055");
    await expect(page.getByText("Aucun catalyseur ne couvre encore Marseille.")).toBeVisible();
    const nearest = page.getByRole("region", { name: "Les catalyseurs les plus proches" });
    const distances = (await nearest.getByText(/^à [\d\s,]+ k?m$/).allInnerTexts()).map((text) => Number(text.replace(/[^\d,]/g, "").replace(",", ".")));
    expect(distances.length).toBe(5);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    await expect(page.getByRole("combobox")).toHaveValue(/^Marseille \(13001\) — Bouches-du-Rhône$/);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/find-phone.png", fullPage: true });
    await context.close();
  });

  test("without JavaScript, a shared postcode asks which commune, then answers", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/catalysts/find");
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await page.getByRole("textbox", { name: "Commune, code postal ou code INSEE" }).fill("01400");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(/\?q=01400$/);
    await expect(page.getByRole("heading", { name: "Plusieurs communes ont le code postal 01400" })).toBeVisible();
    await expectNoAxeViolationsWithoutScripts(browser, page.url());
    await page.screenshot({ path: "test-results/screenshots/find-nojs-choice.png", fullPage: true });
    await page.getByRole("link", { name: "Châtillon-sur-Chalaronne (01400) — Ain" }).click();
    await expect(page).toHaveURL(/\?commune=01093$/);
    await expect(page.getByRole("heading", { level: 2, name: /Châtillon-sur-Chalaronne/ })).toBeVisible();
    // Sending the form again as it is (the label in the text field) answers for the same commune.
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Châtillon-sur-Chalaronne/ })).toBeVisible();
    await expectNoAxeViolationsWithoutScripts(browser, page.url());
    await page.screenshot({ path: "test-results/screenshots/find-nojs.png", fullPage: true });
    await context.close();
  });

  test("the location button finds the commune of the browser's position, and explains a refusal", async ({ browser }) => {
    const granted = await browser.newContext({ locale: "fr-FR", geolocation: { latitude: 45.7578, longitude: 4.832 }, permissions: ["geolocation"] });
    const page = await granted.newPage();
    await page.goto("/catalysts/find");
    await page.getByRole("button", { name: "Utiliser ma position" }).click();
    await expect(page).toHaveURL(/\?lat=45\.758&lon=4\.832$/);
    await expect(page.getByText(/Votre position a été rattachée à Lyon/)).toBeVisible();
    await expect(page.getByText(/de votre position$/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/find-position.png", fullPage: true });
    await granted.close();

    const refused = await browser.newContext({ locale: "fr-FR" });
    const refusedPage = await refused.newPage();
    await refusedPage.goto("/catalysts/find");
    await refusedPage.getByRole("button", { name: "Utiliser ma position" }).click();
    await expect(refusedPage.getByRole("status").filter({ hasText: /refusé|indisponible|trop de temps/ })).toBeVisible();
    await expect(refusedPage).toHaveURL(/\/catalysts\/find$/);
    await refused.close();
  });

  for (const viewport of [
    { name: "desktop", size: { width: 1280, height: 800 } },
    { name: "phone", size: { width: 390, height: 844 } },
  ]) {
    test(`on a results page the suggestions wait for the field, close on Escape or a click away, and a choice runs the search (${viewport.name})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: viewport.size, locale: "fr-FR" });
      const page = await context.newPage();
      const suggested = page.waitForResponse((response) => response.url().includes("/api/communes?"));
      await page.goto("/catalysts/find?q=saint+maurice");
      await expect(page.getByRole("heading", { name: "Plusieurs communes correspondent à « saint maurice »" })).toBeVisible();
      const combobox = page.getByRole("combobox", { name: "Commune, code postal ou code INSEE" });
      await expect(combobox).toHaveValue("saint maurice");
      // The query's suggestions arrive, and stay closed: nothing covers the choices or the Search button.
      await suggested;
      await expect(page.getByRole("status").filter({ hasText: /communes proposées/ })).toHaveCount(1);
      await expect(combobox).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByRole("listbox")).toBeHidden();
      await page.getByRole("button", { name: "Rechercher", exact: true }).click({ trial: true });
      await page.getByRole("link", { name: "Saint-Maurice (52200) — Haute-Marne" }).click({ trial: true });
      await expectNoHorizontalOverflow(page);

      await combobox.focus();
      await expect(combobox).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByRole("listbox")).toBeVisible();
      await expectNoAxeViolations(page);
      await combobox.press("Escape");
      await expect(combobox).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByRole("listbox")).toBeHidden();
      await expect(combobox).toHaveValue("saint maurice");
      await combobox.press("ArrowDown");
      await expect(page.getByRole("listbox")).toBeVisible();
      await page.getByRole("heading", { level: 1 }).click();
      await expect(combobox).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByRole("listbox")).toBeHidden();

      // A suggestion clicked is the search: its answer, with the chosen commune in the field.
      await combobox.click();
      await page.getByRole("option", { name: "Saint-Maurice (52200) — Haute-Marne" }).click();
      await expect(page).toHaveURL(/\/catalysts\/find\?commune=52453$/);
      await expect(page.getByRole("heading", { level: 2, name: "Saint-Maurice", exact: true })).toBeVisible();
      await expect(combobox).toHaveValue("Saint-Maurice (52200) — Haute-Marne");
      await expect(page.getByRole("listbox")).toBeHidden();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/screenshots/find-suggestions-${viewport.name}.png`, fullPage: true });
      await context.close();
    });
  }

  test("a commune chosen from the list of homonyms shows in the field, and a text naming one commune answers at once", async ({ page }) => {
    await page.goto("/catalysts/find?q=saint+maurice");
    await page.getByRole("link", { name: "Saint-Maurice (94410) — Val-de-Marne" }).click();
    await expect(page).toHaveURL(/\?commune=94069$/);
    const combobox = page.getByRole("combobox", { name: "Commune, code postal ou code INSEE" });
    await expect(page.getByRole("heading", { level: 2, name: "Saint-Maurice", exact: true })).toBeVisible();
    await expect(combobox).toHaveValue("Saint-Maurice (94410) — Val-de-Marne");

    for (const { query, name, label } of [
      { query: "evian", name: "Évian-les-Bains", label: "Évian-les-Bains (74500) — Haute-Savoie" },
      { query: "figeak", name: "Figeac", label: "Figeac (46100) — Lot" },
      { query: "Saint-Maurice 52", name: "Saint-Maurice", label: "Saint-Maurice (52200) — Haute-Marne" },
      { query: "Lyon 3e", name: "Lyon", label: "Lyon (69003) — Rhône" },
      { query: "Marseille 13001", name: "Marseille", label: "Marseille (13001) — Bouches-du-Rhône" },
    ]) {
      await page.goto(`/catalysts/find?${new URLSearchParams({ q: query })}`);
      await expect(page.getByRole("heading", { level: 2, name, exact: true }), query).toBeVisible();
      await expect(page.getByRole("heading", { name: /^Plusieurs communes/ }), query).toHaveCount(0);
      await expect(combobox, query).toHaveValue(label);
      await expect(page.getByRole("listbox"), query).toBeHidden();
    }

    // Typed with its département and picked with the keyboard: the answer straight away.
    await combobox.fill("");
    await combobox.pressSequentially("figeac, lot", { delay: 30 });
    const option = page.getByRole("option", { name: "Figeac (46100) — Lot" });
    await expect(option).toBeVisible();
    await combobox.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await combobox.press("Enter");
    await expect(page).toHaveURL(/\/catalysts\/find\?commune=46102$/);
    await expect(page.getByRole("heading", { level: 2, name: "Figeac", exact: true })).toBeVisible();
  });

  test("odd or wrong parameters get a plain message, never a server error", async ({ page, request }) => {
    for (const query of ["q=%ff%fe", "lat=999&lon=2", "commune=abc", `q=${"x".repeat(3_000)}`, "lat=52.52&lon=13.40"]) {
      const response = await request.get(`/catalysts/find?${query}`);
      expect(response.status(), query).toBeLessThan(500);
    }
    await page.goto("/catalysts/find?lat=999&lon=2");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("La latitude doit être un nombre entre -90 et 90");
    const api = await request.get("/api/catalysts/nearest?lat=999&lon=2");
    expect(api.status()).toBe(400);
    expect((await api.json()).fields[0].parameter).toBe("lat");
  });
});
