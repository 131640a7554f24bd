// The three journeys' pages on a phone (390 × 844), as a visitor, a member and a catalyst's staff: one header row, no
// sideways scrolling, no axe violation. The journeys themselves are walked on a desktop in their own specs.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { organisationOf } from "./demo";
import { signIn } from "./sign-in";

const memberOrganisation = organisationOf("membre@alliances.example");

async function phone(browser: Browser, email?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR", isMobile: true, hasTouch: true });
  const page = await context.newPage();
  if (email) await signIn(page, email);
  return page;
}

async function expectFitsAPhone(page: Page, path: string, screenshot: string) {
  await page.goto(path);
  await expect(page.locator("main h1").first()).toBeVisible();
  expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThan(80);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `test-results/screenshots/phone-${screenshot}.png`, fullPage: true });
}

test.describe("the journeys on a phone", () => {
  test("finding a catalyst and writing to it, as a visitor", async ({ browser }) => {
    const page = await phone(browser);
    await expectFitsAPhone(page, "/catalysts/find?q=cholet", "finder");
    // The suggestions wait for the field: the Search button is not covered.
    await expect(page.getByRole("listbox")).toBeHidden();
    await expectFitsAPhone(page, "/catalysts/alliances-cholet-agglomeration", "catalyst");
    await expect(page.getByLabel("Votre adresse e-mail")).toBeVisible();
    await expectFitsAPhone(page, "/sign-in?callbackUrl=%2Fregister", "sign-in");
    await page.context().close();
  });

  test("registering and requesting an introduction, as a member", async ({ browser }) => {
    const page = await phone(browser, "membre@alliances.example");
    await expectFitsAPhone(page, "/register", "register");
    await expectFitsAPhone(page, `/organisations/${memberOrganisation.slug}/partners`, "partners");
    await expect(page.locator(".proposal").first()).toBeVisible();
    await expectFitsAPhone(page, "/introductions", "introductions");
    await expectFitsAPhone(page, "/account", "account");
    await page.context().close();
  });

  test("moderating and forwarding, as a catalyst's staff", async ({ browser }) => {
    const page = await phone(browser, "catalyseur@alliances.example");
    await expectFitsAPhone(page, "/moderation", "moderation");
    await expectFitsAPhone(page, "/introductions?box=catalyst", "catalyst-introductions");
    await expectFitsAPhone(page, "/network/dashboard", "dashboard");
    await page.context().close();
  });
});
