// What a newcomer meets after the README's first command, with nothing configured (this suite's server runs with no
// SMTP and no mailbox setting): a sign-in that works from this machine, links to the port served, a header that fits
// a phone, and a map whose counts agree with the home page's.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { latestSignInLink } from "./sign-in";

test.describe("the first command", () => {
  test("a sign-in link reaches a newcomer on this machine, and the mailbox refuses what comes through a proxy", async ({ page, request, baseURL }) => {
    const email = `nouvelle.${Date.now()}@exemple.fr`;
    await page.goto("/sign-in");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");
    await expect(page.getByText("Aucun serveur d'envoi n'est configuré")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Ouvrir la boîte de développement" }).click();
    const mail = page.locator(".mail-list > li", { hasText: email }).first();
    await expect(mail).toBeVisible();
    const href = await mail.locator("a[href*='/api/auth/callback/email']").first().getAttribute("href");
    // The link names the address actually served, not a default port.
    expect(href!.startsWith(`${baseURL}/`)).toBe(true);
    await page.goto(href!);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(email)).toBeVisible();

    // Anyone whose request came through a proxy (X-Forwarded-For, Forwarded) is not this machine: 404.
    expect((await request.get("/dev/mailbox", { headers: { "X-Forwarded-For": "203.0.113.7" } })).status()).toBe(404);
    expect((await request.get("/dev/mailbox", { headers: { Forwarded: "for=203.0.113.7" } })).status()).toBe(404);
    expect((await request.get("/dev/mailbox")).status()).toBe(200);
  });

  test("signing in from the header comes back to the page it was clicked on", async ({ page }) => {
    await page.goto("/catalysts");
    await page.getByRole("link", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcatalysts$/);
    const email = `retour.${Date.now()}@exemple.fr`;
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");
    await page.goto(await latestSignInLink(page, email));
    await expect(page).toHaveURL(/\/catalysts$/);
    await expect(page.getByRole("link", { name: "Mon compte" })).toBeVisible();
    // Signed in, the header keeps one row on a desktop too (the way in is for newcomers: not shown).
    expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThan(80);
    await expect(page.locator(".site-header").getByRole("link", { name: "Inscrire mon organisation" })).toHaveCount(0);
  });

  test("on a phone the header is one row with a menu button that opens the navigation", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/organisations");
    const header = page.locator(".site-header");
    expect((await header.boundingBox())!.height).toBeLessThan(80);
    const menu = page.locator(".mobile-menu > summary");
    await expect(menu).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Carte" })).toBeHidden();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/header-phone.png" });

    // Keyboard: the menu opens with Enter, Escape closes it and gives the focus back.
    await menu.focus();
    await page.keyboard.press("Enter");
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await expect(nav.getByRole("link", { name: "Carte" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/header-phone-menu.png" });
    await page.keyboard.press("Escape");
    await expect(nav.getByRole("link", { name: "Carte" })).toBeHidden();
    await expect(menu).toBeFocused();

    // A link followed from the menu closes it on the next page.
    await menu.click();
    await nav.getByRole("link", { name: "Catalyseurs" }).click();
    await expect(page).toHaveURL(/\/catalysts$/);
    await expect(nav.getByRole("link", { name: "Carte" })).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test("on a desktop the navigation shows in the header, with no menu button", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".mobile-menu > summary")).toBeHidden();
    // One row at 1280 px, the newcomers' way in included.
    await expect(page.locator(".site-header").getByRole("link", { name: "Inscrire mon organisation" })).toBeVisible();
    expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThan(80);
    await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Carte" })).toBeVisible();
  });

  test("the map says why its view counts fewer than the home page", async ({ page }) => {
    await page.goto("/");
    const figure = async (label: string) =>
      Number(
        (
          await page
            .locator(".figures div", { has: page.locator("dt", { hasText: label }) })
            .locator("dd")
            .innerText()
        ).replace(/\D/g, ""),
      );
    const organisations = await figure("Organisations");
    const catalysts = await figure("Catalyseurs");
    await page.goto("/map");
    const status = page.locator("[role=status]", { hasText: "dans cette zone" });
    await expect(status).toBeVisible();
    const note = page.getByText(/Le réseau compte .* en tout/);
    await expect(note).toBeVisible();
    const numbers = (await note.innerText()).match(/[\d\u202f\u00a0 ]+(?= (organisation|catalyseur))/g)!.map((value) => Number(value.replace(/\D/g, "")));
    expect(numbers).toEqual([organisations, catalysts]);
    await expectNoAxeViolations(page);
  });

  test("a visitor without an account asks a catalyst a first question, after the anti-abuse wait", async ({ page }) => {
    const email = `visiteur.${Date.now()}@exemple.fr`;
    const message = "Bonjour, notre petite association cherche des partenaires pour un jardin partagé à Cholet.";
    await page.goto("/catalysts/alliances-cholet-agglomeration#contact");
    const form = page.locator("#contact");
    await expect(form.getByText("Pas besoin de compte pour une première question.")).toBeVisible();
    // Every field drawn as a field (the optional name too).
    expect((await form.getByLabel("Votre nom (facultatif)").boundingBox())!.height).toBeGreaterThan(30);
    await form.getByLabel("Votre adresse e-mail").fill(email);
    await form.getByLabel("Votre message").fill(message);
    // Sent at once: the form-time check asks to wait, keeping what was typed.
    await form.getByRole("button", { name: "Envoyer au catalyseur" }).click();
    await expect(form.locator(".field-error")).toContainText("patientez quelques secondes");
    await expect(form.getByLabel("Votre message")).toHaveValue(message);
    await expect(form.getByLabel("Votre adresse e-mail")).toHaveValue(email);
    await expectNoAxeViolations(page);
    await page.waitForTimeout(3500);
    await form.getByRole("button", { name: "Envoyer au catalyseur" }).click();
    await expect(form.getByRole("status")).toContainText("elle vous répondra directement par e-mail");
    await page.screenshot({ path: "test-results/screenshots/catalyst-visitor-question.png" });
    await page.goto("/dev/mailbox");
    const mail = page.locator(".mail-list > li", { hasText: `${email}, un visiteur sans compte` }).first();
    await expect(mail).toBeVisible();
    await expect(mail).toContainText(message);
    await expect(mail).toContainText("n'a pas été vérifiée");
  });

  test("maps without tiles name the communes of the view, more as one zooms in", async ({ page }) => {
    await page.goto("/map");
    const labels = page.locator(".place-label");
    await expect(labels.first()).toBeVisible();
    const names = await labels.allInnerTexts();
    expect(names).toContain("Paris");
    expect(names).toContain("Marseille");
    // Decorative for assistive technologies: the map describes itself in text.
    await expect(page.locator(".leaflet-pane.leaflet-place-labels-pane")).toHaveAttribute("aria-hidden", "true");
    // The map reads its view from the hash when it loads: from another page, not as a same-page hash change.
    await page.goto("/");
    await page.goto("/map#10/44.6086/2.0317");
    await expect(labels.filter({ hasText: "Figeac" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/map-place-names.png" });
  });
});
