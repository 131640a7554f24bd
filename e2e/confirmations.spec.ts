import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { demo, organisationOf } from "./demo";
import { signIn, signInByMail } from "./sign-in";

// What cannot be undone asks first; /introductions opens where the person has something to do; the map reaches
// the overseas territories and any commune.
const a = organisationOf("membre@alliances.example");
const b = organisationOf("membre2@alliances.example");
// Another organisation of the member's département: no request between these two is left pending by other journeys.
const other =
  demo.organisations.find(
    (organisation) =>
      organisation.status === "published" &&
      organisation.id !== a.id &&
      organisation.id !== b.id &&
      organisation.communeCode.slice(0, 2) === a.communeCode.slice(0, 2),
  ) ?? demo.organisations.find((organisation) => organisation.status === "published" && organisation.id !== a.id && organisation.id !== b.id)!;

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const mapStatus = (page: Page) => page.getByRole("status").first();

test.describe("confirmations and ways in", () => {
  test("withdrawing a request asks first, cancelling keeps it; the catalyst's list opens on what awaits it", async ({ browser }) => {
    test.setTimeout(180_000);
    const member = await signedIn(browser, "membre@alliances.example");
    await member.goto(`/introductions/new?to=${encodeURIComponent(other.slug)}`);
    await member.getByLabel("Votre message").fill("Bonjour, nous aimerions vous rencontrer pour voir ce que nous pourrions faire ensemble sur le territoire.");
    await member.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(member).toHaveURL(/\/introductions\/[0-9a-f-]+\?sent=1$/);
    const detailUrl = member.url().replace(/\?.*$/, "");

    // The catalyst now has a request to decide: its list opens on that box, unless another is asked for.
    const catalyst = await signedIn(browser, "catalyseur@alliances.example");
    await catalyst.goto("/introductions");
    await expect(catalyst.getByRole("navigation", { name: "Mises en relation" }).getByRole("link", { name: /^À traiter/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectNoAxeViolations(catalyst);
    await catalyst.screenshot({ path: "test-results/screenshots/introductions-opening-box.png", fullPage: true });
    await catalyst.goto("/introductions?box=sent");
    await expect(catalyst.getByRole("navigation", { name: "Mises en relation" }).getByRole("link", { name: /^Envoyées/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await catalyst.context().close();

    // The withdrawal is not the main button, and its first click only asks.
    await member.goto(detailUrl);
    const withdraw = member.getByRole("button", { name: "Retirer ma demande", exact: true });
    await expect(withdraw).toHaveClass(/button-danger-outline/);
    await withdraw.click();
    await expect(member).toHaveURL(/\?confirm=withdraw#actions$/);
    await expect(member.getByRole("heading", { name: "Confirmer le retrait ?" })).toBeVisible();
    await expect(member.locator(".status").first()).toHaveText("Envoyée au catalyseur");
    await expectNoAxeViolations(member);
    await member.screenshot({ path: "test-results/screenshots/withdraw-confirmation.png", fullPage: true });

    // Cancelling goes back with nothing changed.
    await member.getByRole("link", { name: "Annuler" }).click();
    await expect(member).toHaveURL(detailUrl);
    await expect(member.locator(".status").first()).toHaveText("Envoyée au catalyseur");
    await expect(member.getByRole("button", { name: "Retirer ma demande", exact: true })).toBeVisible();

    // Confirmed, it is withdrawn, said in the success style.
    await member.getByRole("button", { name: "Retirer ma demande", exact: true }).click();
    await member.getByRole("button", { name: "Oui, retirer ma demande" }).click();
    await expect(member).toHaveURL(/\?done=withdraw$/);
    await expect(member.locator(".notice.success")).toContainText("Demande retirée");
    await expect(member.locator(".status").first()).toHaveText("Retirée");
    await expectNoAxeViolations(member);
    await member.context().close();
  });

  test("the same confirmation works without JavaScript", async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, "membre@alliances.example");
    await page.goto(`/introductions/new?to=${encodeURIComponent(other.slug)}`);
    await page.getByLabel("Votre message").fill("Bonjour, une seconde demande, pour vérifier la confirmation sans JavaScript du tout.");
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(page).toHaveURL(/\/introductions\/[0-9a-f-]+\?sent=1$/);
    await page.getByRole("button", { name: "Retirer ma demande", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Confirmer le retrait ?" })).toBeVisible();
    await page.getByRole("button", { name: "Oui, retirer ma demande" }).click();
    await expect(page.locator(".notice.success")).toContainText("Demande retirée");
    await context.close();
  });

  test("deleting one's account asks for its address first; signing out is not the main button", async ({ browser }) => {
    test.setTimeout(120_000);
    const email = `suppression-${Date.now()}@alliances.example`;
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await signInByMail(page, email);
    await page.goto("/account");
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toHaveClass(/button-secondary/);
    const remove = page.getByRole("button", { name: "Supprimer définitivement mon compte" });
    await expect(remove).toHaveClass(/button-danger-outline/);

    // Without the address, or with another, nothing is deleted.
    await remove.click();
    await expect(page.locator("#confirmation-error")).toHaveText("L'adresse saisie ne correspond pas à celle de votre compte.");
    await page.getByLabel("Pour confirmer, saisissez votre adresse e-mail").fill("quelquun@alliances.example");
    await remove.click();
    await expect(page.locator("#confirmation-error")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/account-delete-confirmation.png", fullPage: true });
    await page.goto("/account");
    await expect(page.getByText(email)).toBeVisible();

    await page.getByLabel("Pour confirmer, saisissez votre adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
    await expect(page).toHaveURL(/account=deleted/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();
  });

  test("the map jumps to the overseas territories and back, and centres on a commune", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/map");
    await expect(mapStatus(page)).toContainText("dans cette zone", { timeout: 20_000 });
    const places = page.getByRole("navigation", { name: "Aller à" });
    // The link sets the address; the map proves it followed by asking for the clusters of a view around the territory,
    // at the territory's zoom.
    const clustersAround = (zoom: number, lat: number, lon: number) =>
      page.waitForResponse((response) => {
        const url = new URL(response.url());
        if (url.pathname !== "/api/map/clusters" || Number(url.searchParams.get("zoom")) !== zoom) return false;
        const [west, south, east, north] = (url.searchParams.get("bbox") ?? "").split(",").map(Number);
        return west! <= lon && lon <= east! && south! <= lat && lat <= north!;
      });
    for (const [name, zoom, lat, lon] of [
      ["La Réunion", 9, "-21.1300", "55.5300"],
      ["Guadeloupe", 9, "16.1800", "-61.4100"],
      ["Martinique", 9, "14.6400", "-61.0200"],
      ["Guyane", 6, "3.9300", "-53.1200"],
      ["Mayotte", 10, "-12.8200", "45.1600"],
    ] as const) {
      const followed = clustersAround(zoom, Number(lat), Number(lon));
      await places.getByRole("link", { name, exact: true }).click();
      await followed;
      await expect(page).toHaveURL(new RegExp(`#${zoom}/${lat.replace(".", "\\.")}/${lon.replace(".", "\\.")}$`));
      await expect(mapStatus(page)).toContainText("dans cette zone", { timeout: 20_000 });
    }
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/map-overseas.png", fullPage: true });
    // Back to mainland France, and the back button returns to the previous territory.
    await places.getByRole("link", { name: "France métropolitaine" }).click();
    await expect(page).toHaveURL(/#5\/46\.6000\/2\.4000$/);
    await page.goBack();
    await expect(page).toHaveURL(/#10\/-12\.8\d+\/45\.1\d+$/);

    // The place search: a commune chosen from the suggestions recentres the map on it.
    const search = page.getByRole("combobox", { name: "Centrer la carte sur une commune" });
    await search.fill("Brest");
    const brest = clustersAround(12, 48.39, -4.49);
    await page
      .getByRole("option", { name: /^Brest/ })
      .first()
      .click();
    await brest;
    await expect(page).toHaveURL(/#12\/48\.\d+\/-4\.\d+$/);
    await expect(mapStatus(page)).toContainText("dans cette zone", { timeout: 20_000 });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/map-place-search.png", fullPage: true });
  });
});
