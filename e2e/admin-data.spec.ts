import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";

const MESSY = path.join(process.cwd(), "lib/import/fixtures/organisations-messy.csv");

test("an admin imports a messy CSV (dry run, then for real, then again: nothing changes) and downloads the exports", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@alliances.example");
  await page.goto("/admin/import");
  await expectNoAxeViolations(page);

  const send = async (dryRun: boolean) => {
    await page.getByLabel("Le fichier contient").selectOption("organisations");
    await page.getByLabel("Fichier CSV").setInputFiles(MESSY);
    await page.getByLabel("Essai à blanc").setChecked(dryRun);
    await page.getByRole("button", { name: "Envoyer le fichier" }).click();
    const report = page.getByRole("region", { name: /Compte rendu/ });
    await expect(report).toBeVisible();
    return report;
  };

  const dry = await send(true);
  await expect(dry.getByText("Essai à blanc : rien n'a été enregistré.", { exact: false })).toBeVisible();
  await expect(dry.getByText(/10 lignes : 4 créations, 0 mises à jour, 0 inchangées, 6 en erreur/)).toBeVisible();
  await page.screenshot({ path: "test-results/admin-import.png", fullPage: true });
  // Nothing was written by the dry run.
  await page.goto("/organisations?q=Atelier+V%C3%A9lo+Solidaire");
  await expect(page.getByRole("link", { name: "Atelier Vélo Solidaire", exact: true })).toHaveCount(0);

  await page.goto("/admin/import");
  await expect((await send(false)).getByText(/10 lignes : 4 créations/)).toBeVisible();
  await page.goto("/admin/import");
  await expect((await send(false)).getByText(/10 lignes : 0 créations, 0 mises à jour, 4 inchangées, 6 en erreur/)).toBeVisible();
  await page.goto("/organisations?q=Atelier+V%C3%A9lo+Solidaire");
  await expect(page.getByRole("link", { name: "Atelier Vélo Solidaire", exact: true }).first()).toBeVisible();

  // Admin exports: a CSV a French spreadsheet opens as it is, with no contact details.
  await page.goto("/admin/exports");
  await expectNoAxeViolations(page);
  const csv = await page.request.get("/admin/exports/organisations.csv");
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body.split("\r\n")[0]).toContain(";");
  expect(body).toContain("Atelier Vélo Solidaire");
  expect(body).not.toContain("camille@atelier-velo.example");

  // Public open data, documented on its page.
  await page.goto("/open-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données ouvertes");
  await expectNoAxeViolations(page);
  const hsds = await page.request.get("/api/export/hsds");
  expect(hsds.status()).toBe(200);
  const text = await hsds.text();
  expect(text).toContain("Licence Ouverte");
  expect(text).not.toContain("camille@atelier-velo.example");
  await page.screenshot({ path: "test-results/open-data.png", fullPage: true });
});

test("the back-office is refused to a member: pages answer 404 and exports too", async ({ page }) => {
  await signIn(page, "membre@alliances.example");
  for (const url of ["/admin", "/admin/catalysts", "/admin/import", "/admin/audit", "/admin/exports/organisations.csv"]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
  }
});
