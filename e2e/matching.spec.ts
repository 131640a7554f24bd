import { expect, test } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";

const demo = generateDemoNetwork(readTerritoriesData());
const member = demo.users.find((user) => user.email === "membre@alliances.example")!;
const memberOrganisation = demo.organisations.find(
  (organisation) => organisation.id === demo.memberships.find((item) => item.userId === member.id)!.organisationId,
)!;

test.describe("partner proposals", () => {
  test("a visitor sees proposed partners with their reasons on a profile, then all of them, and who could meet one need", async ({ page }) => {
    await page.goto(`/organisations/${memberOrganisation.slug}`);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Partenaires proposés" }) });
    await expect(section.getByText("calculées à partir des fiches publiques")).toBeVisible();
    const cards = section.locator(".proposal");
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeLessThanOrEqual(3);
    // Reasons in plain French, in the third person for a visitor, and the partnership type suggested.
    await expect(cards.first().locator(".reasons li").first()).toBeVisible();
    await expect(section).not.toContainText("vous avez besoin");
    await expect(cards.first()).toContainText("Partenariat suggéré");
    await expect(cards.first().getByRole("link", { name: "Demander une mise en relation" })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/profile-proposals.png", fullPage: true });

    await section.getByRole("link", { name: "Toutes les propositions, sur la carte" }).click();
    await expect(page).toHaveURL(new RegExp(`/organisations/${memberOrganisation.slug}/partners$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Partenaires proposés à");
    await expect(page.getByText(/organisations publiées examinées à moins de \d+ km/)).toBeVisible();
    const all = page.locator(".proposal");
    await expect(all.first()).toBeVisible();
    // The map shows the organisation and every proposal, numbered as in the list.
    const map = page.getByRole("region", { name: /Carte des partenaires proposés/ });
    await expect(map.locator(".leaflet-marker-icon").first()).toBeVisible({ timeout: 20_000 });
    await expect(map.locator(".leaflet-marker-icon")).toHaveCount((await all.count()) + 1);
    const firstName = (await all.first().locator(".card-title a").textContent())!;
    await expect(map.locator(`.leaflet-marker-icon[title="1. ${firstName.replace(/["\\]/g, "\\$&")}"]`)).toBeVisible();
    const relevances = await all.locator(".relevance").allTextContents();
    const values = relevances.map((text) => Number(/(\d+)\s*%/.exec(text)?.[1]));
    expect(values.every((value) => value >= 30 && value <= 100)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/partners.png", fullPage: true });

    // Focus on one need (or offer) of the organisation: every proposal then answers it first.
    const focusLinks = page.locator(".focus-choices a").filter({ hasNotText: "Toute l'organisation" });
    if ((await focusLinks.count()) > 0) {
      await focusLinks.first().click();
      await expect(page).toHaveURL(/[?&]focus=[0-9a-f-]{36}/);
      await expect(page.getByRole("heading", { level: 2, name: /^Qui (peut répondre au besoin|a besoin de l'offre)/ })).toBeVisible();
      const focused = page.locator(".proposal");
      if ((await focused.count()) > 0) {
        await expect(focused.first().locator(".reasons li").first()).toHaveText(/^(Propose|A besoin)/);
      } else {
        await expect(page.locator(".empty-state")).toBeVisible();
      }
      await page.goBack();
      await expect(page).not.toHaveURL(/focus=/);
    }

    // A bad focus is explained, never an error page.
    await page.goto(`/organisations/${memberOrganisation.slug}/partners?focus=pas-un-identifiant`);
    await expect(page.getByRole("status")).toContainText("n'existe pas ou n'est plus ouvert");
    await expect(page.locator(".proposal").first()).toBeVisible();
  });

  test("a member gets the personal list, with the score in detail", async ({ page }) => {
    await signIn(page, "membre@alliances.example");
    await page.goto(`/organisations/${memberOrganisation.slug}`);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Partenaires proposés" }) });
    await expect(section.getByText("Pour votre organisation")).toBeVisible();
    const first = section.locator(".proposal").first();
    await expect(first).toBeVisible();
    await first.getByText("Détail du score").click();
    await expect(first.getByText("Besoins ↔ offres")).toBeVisible();
    await expect(first.getByText("Proximité")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/profile-proposals-member.png", fullPage: true });
  });

  test("a member's page of partners shows ten cards, then ten more on demand, and narrows by kind of actor", async ({ page }) => {
    await signIn(page, "membre@alliances.example");
    await page.goto(`/organisations/${memberOrganisation.slug}/partners`);
    const cards = page.locator(".proposal");
    await expect(cards.first()).toBeVisible();
    const total = Number(/sur (\d+)/.exec((await page.locator(".proposals-count").textContent())!)?.[1]);
    expect(total).toBeGreaterThan(0);
    await expect(cards).toHaveCount(Math.min(10, total));
    await expect(page.locator(".proposals-count")).toHaveText(`${Math.min(10, total)} proposition${Math.min(10, total) > 1 ? "s" : ""} sur ${total}`);
    const map = page.getByRole("region", { name: /Carte des partenaires proposés/ });
    await expect(map.locator(".leaflet-marker-icon")).toHaveCount(Math.min(10, total) + 1, { timeout: 20_000 });
    await expectNoAxeViolations(page);

    const more = page.getByRole("link", { name: "Voir plus" });
    if (total > 10) {
      // A plain link: it works without JavaScript, and lands on the first new card.
      expect(await more.getAttribute("href")).toMatch(/[?&]shown=20#proposal-/);
      await more.click();
      await expect(page).toHaveURL(/[?&]shown=20/);
      await expect(cards).toHaveCount(Math.min(20, total));
      await expect(cards.nth(10).locator(".proposal-rank")).toHaveText("11.");
    } else {
      await expect(more).toHaveCount(0);
    }

    // Filters are a GET form: the first kind offered keeps only cards of that kind.
    const kind = page.getByLabel("Type d'acteur");
    const option = kind.locator("option").nth(1);
    const label = (await option.textContent())!;
    await kind.selectOption({ label });
    await page.getByRole("button", { name: "Filtrer", exact: true }).click();
    await expect(page).toHaveURL(/[?&]kind=/);
    await expect(cards.first()).toBeVisible();
    for (const badge of await cards.locator(".kind-badge").allTextContents()) expect(badge).toBe(label);
    await page.getByRole("link", { name: "Effacer les filtres" }).click();
    await expect(page).not.toHaveURL(/kind=/);
  });

  test("a catalyst sees the potential alliances of its territory; a simple member does not", async ({ page: catalyst, browser }) => {
    await signIn(catalyst, "catalyseur@alliances.example");
    await catalyst.getByRole("link", { name: "Alliances potentielles" }).click();
    await expect(catalyst.getByRole("heading", { level: 1 })).toHaveText("Alliances potentielles du territoire");
    await expect(catalyst.getByText(/organisations examinées sur \d+ publiées dans le territoire/)).toBeVisible();
    const pairs = catalyst.locator(".proposal");
    await expect(pairs.first()).toBeVisible();
    await expect(pairs.first().locator(".reasons li").first()).toHaveText(/^(Propose|A besoin)/);
    await expectNoAxeViolations(catalyst);
    await catalyst.screenshot({ path: "test-results/screenshots/territory-alliances.png", fullPage: true });

    const context = await browser.newContext({ locale: "fr-FR" });
    const simple = await context.newPage();
    await signIn(simple, "membre2@alliances.example");
    const response = await simple.goto("/network/alliances");
    expect(response?.status()).toBe(404);
    await context.close();
  });

  test("the matches API answers JSON for valid requests and a clear 400 or 404 otherwise", async ({ request }) => {
    const ok = await request.get(`/api/organisations/${memberOrganisation.slug}/matches?limit=5&lang=en`);
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.audience).toBe("public");
    expect(body.proposals.length).toBeGreaterThan(0);
    expect(body.proposals.length).toBeLessThanOrEqual(5);
    expect(Object.keys(body.proposals[0].components).sort()).toEqual(["complementarity", "fit", "freshness", "proximity", "shared"]);
    expect(body.proposals[0].reasons[0].text).toMatch(/^[A-Z]/);
    expect(JSON.stringify(body)).not.toMatch(/contact(Name|Email|Phone)|@/);

    for (const [query, parameter] of [
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["focus=nope", "focus"],
      ["lang=de", "lang"],
    ]) {
      const response = await request.get(`/api/organisations/${memberOrganisation.slug}/matches?${query}`);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).fields[0].parameter).toBe(parameter);
    }
    expect((await request.get("/api/organisations/nobody-here/matches")).status()).toBe(404);
    expect((await request.get(`/api/organisations/${memberOrganisation.slug}/matches?focus=00000000-0000-0000-0000-000000000000`)).status()).toBe(404);
  });
});
