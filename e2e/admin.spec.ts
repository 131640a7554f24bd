import { expect, test } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";

const demo = generateDemoNetwork(readTerritoriesData());
const organisation = demo.organisations.find((item) => item.name === "Diversités Cornebarrieu")!;
// Any other published organisation, to see a merge's confirmation step (never confirmed here).
const other = demo.organisations.find((item) => item.status === "published" && item.id !== organisation.id)!;

test("an admin suspends an organisation with a reason, restores it, and finds both steps in its audit history", async ({ page }) => {
  await signIn(page, "admin@alliances.example");
  await page.goto("/admin/organisations");
  await page.getByLabel("Nom, SIREN, SIRET, RNA ou adresse (slug)").fill("Cornebarrieu");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=Cornebarrieu/);
  const row = page.locator("tbody tr", { has: page.getByRole("rowheader", { name: organisation.name, exact: true }) });
  await expect(row.getByText("Publiée", { exact: true })).toBeVisible();

  // An admin who is no member may edit it from here.
  await row.getByRole("link", { name: `Modifier ${organisation.name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier ${organisation.name}`);
  await page.goBack();

  // A reason too short is refused beside the field, and what was typed stays.
  await row.locator("summary", { hasText: "Suspendre" }).click();
  const reason = row.getByLabel("Raison (montrée aux membres)");
  await reason.fill("Abc");
  await row.getByRole("button", { name: "Suspendre l'organisation" }).click();
  await expect(row.getByRole("alert")).toHaveText("Indiquez une raison (5 caractères au moins)");
  await expect(reason).toHaveValue("Abc");
  await reason.fill("Doublon signalé par le catalyseur du territoire");
  await row.getByRole("button", { name: "Suspendre l'organisation" }).click();
  await expect(row.getByRole("status")).toContainText("Organisation suspendue");
  await expect(row.getByText("Suspendue", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: "Rétablir" })).toBeVisible();

  // The merge form's confirmation step says what would move; not confirmed.
  await row.locator("summary", { hasText: "Fusionner" }).click();
  await row.getByLabel("Organisation à conserver (adresse ou nom)").fill(other.slug);
  await row.getByRole("button", { name: "Chercher" }).click();
  await expect(row.locator(".merge-preview")).toContainText(other.name);
  await expect(row.locator(".merge-preview")).toContainText(`L'ancienne adresse /organisations/${organisation.slug} mènera à /organisations/${other.slug}.`);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/admin-organisations.png", fullPage: true });

  const hidden = await page.goto(`/organisations/${organisation.slug}`);
  expect(hidden?.status()).toBe(404);

  await page.goto("/admin/organisations?q=Cornebarrieu");
  await row.getByRole("button", { name: "Rétablir" }).click();
  await expect(row.getByRole("status")).toContainText("Organisation rétablie");
  await expect(row.getByText("Publiée", { exact: true })).toBeVisible();
  const shown = await page.goto(`/organisations/${organisation.slug}`);
  expect(shown?.status()).toBe(200);

  await page.goto("/admin/organisations?q=Cornebarrieu");
  await row.getByRole("link", { name: `Journal de ${organisation.name}` }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?entityType=organisation&entityId=/);
  await expect(page.getByText(`Historique de ${organisation.name}`)).toBeVisible();
  const entries = page.locator("tbody tr");
  await expect(entries.filter({ hasText: "organisation.restore" })).toHaveCount(1);
  const suspension = entries.filter({ hasText: "organisation.suspend" });
  await expect(suspension).toHaveCount(1);
  await expect(suspension).toContainText("Doublon signalé par le catalyseur du territoire");
  await expect(suspension.getByRole("link", { name: "admin@alliances.example" })).toBeVisible();
  // Newest first.
  await expect(entries.first()).toContainText("organisation.restore");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/admin-audit.png", fullPage: true });

  // A filter value that makes no sense falls back to no filter, not to an error.
  const junk = await page.goto("/admin/audit?from=2024-99-99&page=-4&action=%27%3B");
  expect(junk?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal d'audit");
});
