import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { latestSignInLink, signIn } from "./sign-in";

test.describe("accounts", () => {
  test("a demo member signs in with an e-mail link, sees their roles, and signs out", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Se connecter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se connecter");
    await expectNoAxeViolations(page);
    await page.getByLabel("Adresse e-mail").fill("membre@alliances.example");
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");
    await expectNoAxeViolations(page);

    const link = await latestSignInLink(page, "membre@alliances.example");
    await page.screenshot({ path: "test-results/screenshots/mailbox.png", fullPage: true });
    await page.goto(link);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText("membre@alliances.example")).toBeVisible();
    await expect(page.getByText(/Membre de l'organisation/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Mon compte" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/account.png", fullPage: true });

    // The link is single use: opening it again after signing out does not sign in.
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion impossible");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a wrong address is refused next to the field, keeping what was typed", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.locator("#email-error")).toContainText("adresse e-mail valide");
    await expect(page.locator("#email-error")).toHaveAttribute("role", "alert");
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue("pas-une-adresse");
    await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
  });

  test("asking for too many links answers 429 with Retry-After", async ({ request }) => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await request.post("/api/auth/signin/email", {
        form: { email: "flood@alliances.example" },
        maxRedirects: 0,
      });
      statuses.push(response.status());
      retryAfter ??= response.headers()["retry-after"];
    }
    expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  test("the privacy and accessibility pages are linked from every page; a member downloads their data", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Données personnelles" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données personnelles");
    await expect(page.getByRole("table")).toContainText("10 minutes, une seule utilisation");
    await expectNoAxeViolations(page);
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: /^Accessibilité/ })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibilité");
    await expectNoAxeViolations(page);

    expect((await page.request.get("/account/data", { maxRedirects: 0 })).status()).toBe(307);
    await signIn(page, "membre2@alliances.example");
    await page.goto("/account");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Télécharger toutes mes données (JSON)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^alliances-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await (await import("node:fs/promises")).readFile((await file.path())!, "utf8"));
    expect(data.account.email).toBe("membre2@alliances.example");
    expect(data.memberships.length).toBe(1);
  });
});
