import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";

// Villard-de-Lans (38548) belongs to the CC du Massif du Vercors (SIREN 243801024).
const NAME = "Alliances du Vercors";

test("an admin creates a catalyst and its coverage, and the finder then directs Villard-de-Lans to it", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@alliances.example");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Catalyseurs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catalyseurs");
  await page.getByRole("link", { name: "Nouveau catalyseur" }).click();

  // A bad form is refused field by field and keeps what was typed.
  await page.getByLabel("Nom du catalyseur").fill(NAME);
  await page.getByLabel("Site web").fill("vercors");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.getByLabel("Nom du catalyseur")).toHaveValue(NAME);
  await expect(page.getByText("Choisissez la commune du siège dans la liste")).toBeVisible();

  await page.getByRole("textbox", { name: "Structure porteuse", exact: true }).fill("Association Vercors en commun");
  await page.getByLabel("Type de structure porteuse").selectOption("association");
  await page.getByLabel("Dialogue territorial").check();
  await page.getByLabel("Site web").fill("https://vercors.example");
  const seat = page.getByRole("combobox", { name: /Commune du siège/ });
  await seat.fill("Villard-de-Lans");
  await page
    .getByRole("option", { name: /^Villard-de-Lans/ })
    .first()
    .click();
  await page.getByLabel("Présentation").fill("Nous réunissons collectivités, entreprises et associations du Vercors autour des besoins du territoire.");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Catalyseur créé" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await expect(page.getByText("Aucun territoire : ce catalyseur n'apparaît pour aucune commune.")).toBeVisible();

  // Coverage: the intercommunality, picked from the list with the keyboard.
  await page.getByLabel("Type de territoire").selectOption("epci");
  const territory = page.getByRole("combobox", { name: "Territoire", exact: true });
  await territory.fill("massif du vercors");
  await expect(page.getByRole("option", { name: /CC du Massif du Vercors/ })).toBeVisible();
  await territory.press("ArrowDown");
  await territory.press("Enter");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByText("CC du Massif du Vercors ajouté au territoire.")).toBeVisible();
  await expect(page.locator(".admin-list").getByText("Intercommunalité · CC du Massif du Vercors")).toBeVisible();
  // The same territory twice is refused with a message.
  await page.getByLabel("Type de territoire").selectOption("departement");
  await page.getByLabel("Type de territoire").selectOption("epci");
  await territory.fill("massif du vercors");
  await page.getByRole("option", { name: /CC du Massif du Vercors/ }).click();
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page.getByText("Ce territoire est déjà couvert.")).toBeVisible();

  // Staff: an address with no account gets one.
  await page.getByLabel("Adresse e-mail").fill("equipe.vercors@alliances.example");
  await page.getByRole("button", { name: "Rattacher" }).click();
  await expect(page.getByText("Compte créé et rattaché")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "equipe.vercors@alliances.example" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/admin-catalyst.png", fullPage: true });

  // The finder now directs the commune to the new catalyst.
  await page.goto("/catalysts/find?commune=38548");
  const covering = page.getByRole("region", { name: /de votre territoire/ });
  await expect(covering.getByRole("link", { name: NAME, exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/admin-catalyst-finder.png", fullPage: true });

  // The audit log keeps every step.
  await page.goto("/admin/catalysts");
  await page.getByLabel("Nom ou département").fill("vercor");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: NAME }).click();
  await page.getByRole("link", { name: "Son journal" }).click();
  await expect(page.getByRole("cell", { name: "catalyst.coverage.add" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "catalyst.create" })).toBeVisible();
});
