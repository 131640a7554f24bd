import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";

test("an admin finds a planted duplicate in the list, previews the merge in one click and merges it", async ({ page }) => {
  test.setTimeout(180_000);
  // A demo association, imported again as a collectif without identifier: not the one meant (another kind), so the
  // import creates it beside it, and the list of duplicates pairs the two (same name, same commune).
  const search = await page.request.get("/api/organisations?kind=association&page=7");
  expect(search.status()).toBe(200);
  const [original] = (await search.json()).items as { name: string; slug: string; communeCode: string }[];
  expect(original).toBeTruthy();

  await signIn(page, "admin@alliances.example");
  // The same name and kind without identifier would update it: a dry run says it is a guess by name.
  await page.goto("/admin/import");
  const guess = `nom;type;code_insee;themes;description;offres\n${original!.name};association;${original!.communeCode};social_ties;La même association, sans identifiant.;network:Un réseau de bénévoles\n`;
  await page.getByLabel("Le fichier contient").selectOption("organisations");
  await page.getByLabel("Fichier CSV").setInputFiles({ name: "rapprochement.csv", mimeType: "text/csv", buffer: Buffer.from(guess) });
  await page.getByLabel("Essai à blanc").setChecked(true);
  await page.getByRole("button", { name: "Envoyer le fichier" }).click();
  const dryReport = page.getByRole("region", { name: /Compte rendu/ });
  await expect(dryReport.getByRole("cell", { name: "ok : serait mise à jour (rapprochée par le nom)" })).toBeVisible();
  await expect(dryReport.getByText(/Dont 1 rapprochée\(s\) par le nom/)).toBeVisible();
  await page.screenshot({ path: "test-results/admin-import-name-match.png", fullPage: true });

  await page.goto("/admin/import");
  const csv = `nom;type;code_insee;themes;description;offres\n${original!.name};collectif;${original!.communeCode};social_ties;Un collectif d'habitants du même nom, saisi deux fois.;network:Un réseau de bénévoles\n`;
  await page.getByLabel("Le fichier contient").selectOption("organisations");
  await page.getByLabel("Fichier CSV").setInputFiles({ name: "doublon.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel("Essai à blanc").setChecked(false);
  await expect(page.getByLabel("Rapprocher par le nom les lignes sans identifiant")).toBeChecked();
  await page.getByRole("button", { name: "Envoyer le fichier" }).click();
  await expect(page.getByRole("region", { name: /Compte rendu/ }).getByText(/1 lignes : 1 créations/)).toBeVisible();

  await page.goto("/admin");
  await page.getByRole("link", { name: "Doublons probables" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Doublons probables");
  const row = page
    .getByRole("row")
    .filter({ hasText: "Même nom, même commune" })
    .filter({ has: page.getByRole("link", { name: original!.name, exact: true }) });
  await expect(row).toHaveCount(1);
  await expectNoAxeViolations(page);

  await row.getByRole("button", { name: /^Aperçu : fusionner « / }).click();
  await expect(row.getByText("Ce doublon sera fusionné dans")).toBeVisible();
  await page.screenshot({ path: "test-results/admin-duplicates.png", fullPage: true });
  await row.getByRole("button", { name: "Confirmer la fusion" }).click();
  await expect(row.getByRole("status")).toContainText("est fusionnée dans");

  // Gone at the next look: the merge moved the directory's version.
  await page.reload();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: "Même nom, même commune" })
      .filter({ has: page.getByRole("link", { name: original!.name, exact: true }) }),
  ).toHaveCount(0);
});
