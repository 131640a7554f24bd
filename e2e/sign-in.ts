import { mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type BrowserContext, type Page } from "@playwright/test";

// Sessions are kept per address for the run: the product limits sign-in links to 5 per address per 15 minutes,
// and the suite signs the demo users in more often than that.
const sessionsDir = `${process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), "alliances-e2e")}-sessions`;
const sessionFile = (email: string) => path.join(sessionsDir, `${email.replace(/[^a-z0-9]+/gi, "_")}.json`);

/** Signs in through the real e-mail flow (link read in the development mailbox), or reuses this run's session. */
export async function signIn(page: Page, email: string) {
  const saved = sessionFile(email);
  try {
    const { cookies } = JSON.parse(readFileSync(saved, "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
    await page.context().addCookies(cookies);
    await page.goto("/account");
    if (/\/account$/.test(new URL(page.url()).pathname)) return;
  } catch {
    // No session saved yet for this address (or it was signed out): sign in for real.
  }
  await signInByMail(page, email);
  mkdirSync(sessionsDir, { recursive: true });
  await page.context().storageState({ path: saved });
}

/** The e-mail sign-in itself: asks for a link, opens it from the development mailbox, lands on the account page. */
export async function signInByMail(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");
  await page.goto(await latestSignInLink(page, email));
  await expect(page).toHaveURL(/\/account/);
}

/** The newest sign-in link sent to `email`, read from the development mailbox like a person would. */
export async function latestSignInLink(page: Page, email: string): Promise<string> {
  await page.goto("/dev/mailbox");
  const mail = page.locator(".mail-list > li", { hasText: email }).first();
  await expect(mail).toBeVisible();
  const href = await mail.locator("a[href*='/api/auth/callback/email']").first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}
