// The way in for a newcomer: from the home page's "Inscrire mon organisation", told on the sign-in page that the first
// sign-in creates the account, back on the registration once signed in, where the organisation is looked for first
// (here found by its SIRET) and joined rather than registered twice.
import { expect, test } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { expectNoAxeViolations } from "./axe";

const demo = generateDemoNetwork(readTerritoriesData());
// A published demo organisation with a SIRET; the last one, which the other specs leave alone.
const existing = demo.organisations.filter((organisation) => organisation.status === "published" && organisation.siret).at(-1)!;

test("a newcomer finds the way in from the home page, signs in for the first time and asks to join an organisation found by its SIRET", async ({ page }) => {
  test.setTimeout(120_000);
  // A new address each run: its first sign-in creates the account.
  const email = `nouveau.venu.${Date.now()}@alliances.example`;

  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/way-in-home.png", fullPage: true });
  await page
    .getByRole("main")
    .getByRole("link", { name: /Inscrire mon organisation/ })
    .click();

  // The sign-in page says why one is there and that no account needs creating beforehand.
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)register$/);
  await expect(page.getByRole("note")).toContainText("Connectez-vous pour inscrire votre organisation");
  await expect(page.getByText("votre première connexion crée votre compte")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/way-in-sign-in.png", fullPage: true });
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");

  // The link in the mail keeps the destination.
  await page.goto("/dev/mailbox");
  const href = await page.locator(".mail-list > li", { hasText: email }).first().locator("a[href*='/api/auth/callback/email']").first().getAttribute("href");
  expect(decodeURIComponent(href!)).toContain("/register");
  await page.goto(href!);
  await expect(page).toHaveURL(/\/register$/);

  // Step 0: look for the organisation before registering it.
  await expect(page.getByRole("heading", { name: "Votre organisation est-elle déjà inscrite ?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mon organisation n'y est pas : l'inscrire" })).toHaveAttribute("href", "/register?step=kind");
  await expectNoAxeViolations(page);
  const siret = existing.siret!;
  await page.getByLabel("Nom, SIRET, SIREN ou numéro RNA").fill(`${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`);
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page.locator("#register-find-results")).toContainText("par SIRET");
  const first = page.locator(".find-first-results > li").first();
  await expect(first.locator(`a[href="/organisations/${existing.slug}"]`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/way-in-found.png", fullPage: true });

  // Joining it: the existing join-request flow.
  await first.locator(`a[href="/account/join/${existing.slug}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/account/join/${existing.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rejoindre");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Demander à rejoindre" }).click();
  await expect(page.getByRole("status")).toContainText("Votre demande est envoyée");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/way-in-join-sent.png", fullPage: true });
});

test("on a phone, the way in is in the menu and the header keeps one row", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/catalysts/find");
  expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThan(80);
  await page.locator(".mobile-menu > summary").click();
  await expect(page.locator(".mobile-menu-panel").getByRole("link", { name: "Inscrire mon organisation" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/way-in-phone-menu.png" });
  await page.locator(".mobile-menu-panel").getByRole("link", { name: "Inscrire mon organisation" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)register$/);
  await context.close();
});
