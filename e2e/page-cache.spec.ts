// The cache of anonymous pages (lib/server/http/page-cache.ts): a visitor without a session is served the stored
// page, with a nonce of its own that the browser accepts; a signed-in person is never served from it, and nobody is
// ever served their view; a change to the directory shows on the next anonymous visit.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { signIn } from "./sign-in";

const demo = generateDemoNetwork(readTerritoriesData());
const member = demo.users.find((user) => user.email === "membre@alliances.example")!;
const organisation = demo.organisations.find((item) => item.id === demo.memberships.find((membership) => membership.userId === member.id)!.organisationId)!;
const profile = `/organisations/${organisation.slug}`;

const cacheOf = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  (await request.get(path, { headers: { accept: "text/html", ...headers } })).headers()["x-alliances-cache"] ?? "miss";

/** Content-Security-Policy refusals the page met (a stored nonce not replaced would block every script). */
async function watchCspRefusals(page: Page): Promise<string[]> {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

test("anonymous pages come from the cache, with a working nonce of their own, one per language", async ({ page, request }) => {
  // Asked a few times, the page is stored and then served from memory.
  await expect.poll(() => cacheOf(request, profile), { timeout: 15_000 }).toBe("hit");
  await expect.poll(() => cacheOf(request, "/"), { timeout: 15_000 }).toBe("hit");

  const refusals = await watchCspRefusals(page);
  const first = await page.goto(profile);
  expect(first?.headers()["x-alliances-cache"]).toBe("hit");
  const nonce = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  const firstNonce = nonce(first?.headers()["content-security-policy"]);
  expect(firstNonce).toBeTruthy();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisation.name);
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  // The page's scripts ran (the map's enhancement, React's hydration): the language switch answers a click.
  const second = await page.goto("/");
  expect(second?.headers()["x-alliances-cache"]).toBe("hit");
  expect(nonce(second?.headers()["content-security-policy"])).not.toBe(firstNonce);
  await page.getByRole("button", { name: "Langue : English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(refusals).toEqual([]);

  // English is a page of its own: never the French one from the cache.
  await expect.poll(() => cacheOf(request, profile, { cookie: "locale=en" }), { timeout: 15_000 }).toBe("hit");
  const english = await request.get(profile, { headers: { accept: "text/html", cookie: "locale=en" } });
  expect(await english.text()).toContain('lang="en"');
  const french = await request.get(profile, { headers: { accept: "text/html" } });
  expect(await french.text()).toContain('lang="fr"');
  await page.screenshot({ path: "test-results/screenshots/page-cache-hit.png", fullPage: true });
});

test("a signed-in member is never served from the cache, and their view never reaches anyone else", async ({ page, browser, request }) => {
  await expect.poll(() => cacheOf(request, profile), { timeout: 15_000 }).toBe("hit");
  await signIn(page, member.email);
  for (let visit = 0; visit < 3; visit++) {
    const mine = await page.goto(profile);
    expect(mine?.headers()["x-alliances-cache"]).toBeUndefined();
  }
  await expect(page.getByRole("link", { name: "Mon compte" })).toBeVisible();

  // A visitor in another browser, after the member's visits: the anonymous page, not the member's.
  const visitor = await browser.newPage();
  try {
    const theirs = await visitor.goto(profile);
    expect(theirs?.headers()["x-alliances-cache"]).toBe("hit");
    await expect(visitor.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await expect(visitor.getByRole("link", { name: "Mon compte" })).toHaveCount(0);
    const html = await theirs!.text();
    expect(html).not.toContain(member.email);
    expect(html).not.toContain(member.name);
  } finally {
    await visitor.close();
  }
});

test("a change to an organisation shows on the next anonymous visit", async ({ page, browser, request }) => {
  await expect.poll(() => cacheOf(request, profile), { timeout: 15_000 }).toBe("hit");
  const title = "Un local de stockage pour la collecte de décembre";
  await signIn(page, member.email);
  await page.goto(`/account/organisations/${organisation.slug}`);
  await page.getByLabel("Besoin ou offre ?").selectOption("need");
  await page.getByLabel("Ressource").selectOption("premises");
  await page.getByLabel("En une phrase").fill(title);
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByRole("status")).toHaveText("Modifications enregistrées.");

  const visitor = await browser.newPage();
  try {
    // The directory's version is read once a second at most: the change shows within it, whatever was stored.
    await expect(async () => {
      await visitor.goto(profile);
      await expect(visitor.locator("section", { has: visitor.getByRole("heading", { name: "Ses besoins" }) }).getByText(title)).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 5_000 });
  } finally {
    await visitor.close();
  }
  // Back as it was for the other journeys: the need met.
  await page.goto(`/account/organisations/${organisation.slug}`);
  await page.locator(".edit-items li", { hasText: title }).getByRole("button", { name: "Satisfait" }).click();
  await expect(page.getByRole("status")).toHaveText("Modifications enregistrées.");
});
