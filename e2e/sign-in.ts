import { expect, type Page } from "@playwright/test";

/** Signs in through the real e-mail flow: ask for a link, read it in the development mailbox, follow it. */
export async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");
  await page.goto("/dev/mailbox");
  const href = await page.locator(".mail-list > li", { hasText: email }).first().locator("a[href*='/api/auth/callback/email']").first().getAttribute("href");
  await page.goto(href!);
  await expect(page).toHaveURL(/\/account/);
}
