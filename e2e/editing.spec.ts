import { expect, test } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";
import { de } from "../lib/shared/french";

const demo = generateDemoNetwork(readTerritoriesData());
const member = demo.users.find((user) => user.email === "membre@alliances.example")!;
const organisation = demo.organisations.find((item) => item.id === demo.memberships.find((membership) => membership.userId === member.id)!.organisationId)!;

test("a member adds a need to the organisation, sees it on the public profile, then marks it met", async ({ page }) => {
  await signIn(page, "membre@alliances.example");
  await page.getByRole("link", { name: "Modifier la fiche, les besoins et les offres" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier ${organisation.name}`);

  // A title too short: the error shows beside the field and what was typed stays.
  await page.getByLabel("Besoin ou offre ?").selectOption("need");
  await page.getByLabel("Ressource").selectOption("volunteering");
  await page.getByLabel("En une phrase").fill("Aide");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.getByText("5 caractères au moins")).toBeVisible();
  await expect(page.getByLabel("En une phrase")).toHaveValue("Aide");

  const title = "Des bénévoles pour la fête de quartier de juin";
  await page.getByLabel("En une phrase").fill(title);
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByRole("status")).toHaveText("Modifications enregistrées.");
  const row = page.locator(".edit-items li", { hasText: title });
  await expect(row).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/edit-organisation.png", fullPage: true });

  // The public profile shows the new need, and the date of the change.
  await page.goto(`/organisations/${organisation.slug}`);
  const needs = page.locator("section", { has: page.getByRole("heading", { name: "Ses besoins" }) });
  await expect(needs.getByText(title)).toBeVisible();
  const today = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date());
  await expect(page.getByText(`Dernière mise à jour le ${today}`)).toBeVisible();

  // Met: it leaves the public profile and waits among the closed ones, from where it can be reopened.
  await page.goto(`/account/organisations/${organisation.slug}`);
  await page.locator(".edit-items li", { hasText: title }).getByRole("button", { name: "Satisfait" }).click();
  await expect(page.getByRole("status")).toHaveText("Modifications enregistrées.");
  await page.goto(`/organisations/${organisation.slug}`);
  await expect(page.getByText(title)).toHaveCount(0);
});

test("someone else's organisation cannot be edited: the page does not exist for them", async ({ page }) => {
  await signIn(page, "membre2@alliances.example");
  const response = await page.goto(`/account/organisations/${organisation.slug}`);
  expect(response?.status()).toBe(404);
});

test("someone asks to join the organisation from its profile; its owner accepts; they become an editor", async ({ page, browser }) => {
  const newcomer = "tresoriere@diversites.example";
  await signIn(page, newcomer);
  await page.goto(`/organisations/${organisation.slug}`);
  await page.getByRole("link", { name: "Demander à la rejoindre" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rejoindre ${organisation.name}`);
  await page.getByLabel("Un mot pour vous présenter (facultatif)").fill("Je suis la nouvelle trésorière de l'association.");
  await page.getByRole("button", { name: "Demander à rejoindre" }).click();
  await expect(page.getByRole("status")).toHaveText("Votre demande est envoyée. Vous serez prévenu de la réponse.");
  await expectNoAxeViolations(page);

  const ownerContext = await browser.newContext({ locale: "fr-FR" });
  const owner = await ownerContext.newPage();
  await signIn(owner, "membre@alliances.example");
  await owner.goto(`/account/organisations/${organisation.slug}`);
  const requests = owner.locator("section[aria-labelledby='join-requests']");
  await expect(requests.getByRole("heading")).toHaveText("Demandes pour rejoindre (1)");
  await expect(requests).toContainText(newcomer);
  await expect(requests).toContainText("Je suis la nouvelle trésorière");
  await requests.getByRole("button", { name: "Accepter" }).click();
  await expect(owner.getByRole("status")).toHaveText("Demande acceptée : la personne est membre.");
  await ownerContext.close();

  await page.goto("/account");
  await expect(page.locator("li", { hasText: organisation.name }).first()).toContainText("(éditeur)");
  await page.goto("/dev/mailbox");
  await expect(
    page.locator(".mail-list > li", { hasText: `${newcomer} ·` }).locator(".card-title", { hasText: `Vous êtes membre ${de(organisation.name)}` }),
  ).toBeVisible();
});
