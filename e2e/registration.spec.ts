import { expect, test, type Page } from "@playwright/test";
import { generateDemoNetwork } from "../db/seed/demo-network";
import { readTerritoriesData } from "../db/seed/territories-data";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";

const territories = readTerritoriesData();
const demo = generateDemoNetwork(territories);

// The most populous commune of the territory of the demo catalyst staffed by catalyseur@alliances.example.
const staffUser = demo.users.find((user) => user.email === "catalyseur@alliances.example")!;
const staffCatalyst = demo.catalystStaff.find((item) => item.userId === staffUser.id)!.catalystId;
const covered = new Set(demo.coverage.filter((item) => item.catalystId === staffCatalyst).map((item) => item.territoryCode));
const commune = territories.communes
  .filter((item) => item.epciCode && covered.has(item.epciCode))
  .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0]!;
const organisationName = `Les Jardins solidaires de ${commune.name}`;
// A commune whose name no other commune bears, to type without picking a suggestion.
const sameName = (a: string, b: string) => a.localeCompare(b, "fr", { sensitivity: "base" }) === 0;
const uniqueCommune = territories.communes
  .filter((item) => (item.population ?? 0) > 20_000 && !item.name.includes("'"))
  .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
  .find((item) => territories.communes.filter((other) => sameName(other.name, item.name)).length === 1)!;
// zod's own messages, which no page may show.
const ZOD_DEFAULTS = /Entrée invalide|Invalid input|attendu|reçu|Trop grand|Trop petit|Too big|Too small|Option invalide/;

async function expectPlainErrors(page: Page) {
  for (const text of await page.locator(".field-error, .error-summary").allInnerTexts()) expect(text).not.toMatch(ZOD_DEFAULTS);
}

async function mapTotal(page: Page): Promise<number> {
  const d = 0.05;
  const response = await page.request.get(
    `/api/map/clusters?bbox=${commune.lon - d},${commune.lat - d},${commune.lon + d},${commune.lat + d}&zoom=12&layers=organisations&kind=association`,
  );
  expect(response.status()).toBe(200);
  return (await response.json()).totals.organisations as number;
}

test("a new user registers an association, the territory's catalyst approves it, and it goes public", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const before = await mapTotal(page);

  await signIn(page, "nouvelle.asso@alliances.example");
  await page.getByRole("link", { name: "Inscrire une organisation" }).click();

  // Step 0: the organisation is looked for first; not in the directory, it is registered.
  await expect(page.getByRole("heading", { name: "Votre organisation est-elle déjà inscrite ?" })).toBeVisible();
  await page.getByRole("link", { name: "Mon organisation n'y est pas : l'inscrire" }).click();

  // Step 1: kind.
  await expect(page.locator("section.register > h2")).toContainText("Type");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await page.getByLabel("Association", { exact: true }).check();
  await page.getByLabel(/économie sociale et solidaire/).check();
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Step 2: identity — a wrong RNA is refused beside the field and what was typed stays.
  await expect(page.locator("section.register > h2")).toContainText("Identité");
  await page.getByLabel("Nom de l'organisation").fill(organisationName);
  await page.getByLabel("Numéro RNA (associations)").fill("W12");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.getByText("Un numéro RNA s'écrit W suivi de 9 chiffres")).toBeVisible();
  await expect(page.getByLabel("Nom de l'organisation")).toHaveValue(organisationName);
  await page.getByLabel("Numéro RNA (associations)").fill(commune.departementCode === "57" ? "" : "W571234567");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Step 3: place, with the commune picker and the keyboard.
  await expect(page.locator("section.register > h2")).toContainText("Lieu");
  const picker = page.getByRole("combobox", { name: /Commune du siège/ });
  await picker.fill(commune.name);
  await expect(page.getByRole("option").first()).toBeVisible();
  await page
    .getByRole("option", { name: new RegExp(`^${commune.name}`) })
    .first()
    .click();
  // The exact place: a marker at the commune's centre, moved here with the keyboard.
  const marker = page.getByRole("button", { name: "Emplacement de votre organisation : déplaçable avec les flèches" });
  await expect(marker).toBeVisible({ timeout: 20_000 });
  await marker.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("Emplacement déplacé : il sera enregistré avec l'étape.")).toBeVisible();
  expect(Number(await page.locator("input[name='lat']").inputValue())).toBeGreaterThan(commune.lat);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/registration-place.png", fullPage: true });
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Step 4: about.
  await expect(page.locator("section.register > h2")).toContainText("Présentation");
  await page.getByLabel("Alimentation & agriculture").check();
  await page.getByLabel("Lien social / isolement").check();
  await page.getByLabel("Présentation *").fill("<script>alert(1)</script>");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.getByText("Les balises HTML et les scripts ne sont pas acceptés")).toBeVisible();
  await page.getByLabel("Présentation *").fill("Des jardins partagés ouverts à tous, pour cultiver ensemble et créer du lien entre voisins.");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Step 5: needs and offers.
  await expect(page.locator("section.register > h2")).toContainText("Besoins et offres");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.getByText("Indiquez au moins un besoin ou une offre")).toBeVisible();
  // One block to start with; "add another" brings the next one (kept what was typed in the first).
  await expect(page.locator(".row-card")).toHaveCount(1);
  const first = page.locator(".row-card").nth(0);
  await first.getByLabel("Besoin ou offre ?").selectOption("need");
  await first.getByLabel("Ressource").selectOption("premises");
  await first.getByLabel("En une phrase").fill("Un abri pour ranger nos outils");
  await page.getByRole("button", { name: "Ajouter un autre besoin ou une autre offre" }).click();
  await expect(page.locator(".row-card")).toHaveCount(2);
  await expect(first.getByLabel("En une phrase")).toHaveValue("Un abri pour ranger nos outils");
  const second = page.locator(".row-card").nth(1);
  await second.getByLabel("Besoin ou offre ?").selectOption("offer");
  await second.getByLabel("Ressource").selectOption("volunteering");
  await second.getByLabel("En une phrase").fill("Des bénévoles pour vos chantiers nature");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Step 6: contact person, consent and the charter.
  await expect(page.locator("section.register > h2")).toContainText("Contact");
  // Prefilled with the signed-in person's address; the Charter can be read before ticking it.
  await expect(page.getByLabel("E-mail de contact *")).toHaveValue("nouvelle.asso@alliances.example");
  await expect(page.getByRole("link", { name: /Lire la Charte du faire alliance/ })).toHaveAttribute("href", "/charter");
  await page.getByLabel("Personne à contacter *").fill("Camille Martin");
  await page.getByLabel("E-mail de contact *").fill("camille@jardins-solidaires.example");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.getByText("Votre accord est nécessaire")).toBeVisible();
  await page.getByLabel(/J'accepte d'être contacté/).check();
  await page.getByLabel(/adhère à la Charte/).check();
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Review and submit.
  await expect(page.locator("section.register > h2")).toContainText("Validation");
  await expect(page.locator(".review-list")).toContainText(organisationName);
  // Who validates, and how long it usually takes.
  await expect(page.getByRole("note", { name: "Qui valide votre inscription ?" })).toContainText(
    /Votre catalyseur territorial, .+, vérifie votre inscription avant de la publier, en général sous \d+ jours?\./,
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/register-review.png", fullPage: true });
  await page.getByRole("button", { name: "Envoyer pour validation" }).click();
  await expect(page).toHaveURL(/\/account\?registered=/);
  await expect(page.getByRole("status")).toContainText("en attente de validation");
  await expect(page.getByRole("status")).toContainText(/vérifie votre inscription avant de la publier, en général sous \d+ jours?/);
  await expect(page.locator("li", { hasText: organisationName }).locator(".status")).toHaveText("en attente de validation");

  // Not public while pending.
  const slug = decodeURIComponent(new URL(page.url()).searchParams.get("registered")!);
  expect((await page.request.get(`/api/organisations/${slug}`)).status()).toBe(404);

  // The covering catalyst was notified, signs in and approves it from the moderation queue.
  const catalystContext = await browser.newContext({ locale: "fr-FR" });
  const catalystPage = await catalystContext.newPage();
  await catalystPage.goto("/dev/mailbox");
  await expect(catalystPage.locator(".mail-list > li", { hasText: "catalyseur@alliances.example" }).filter({ hasText: organisationName })).toBeVisible();
  await signIn(catalystPage, "catalyseur@alliances.example");
  await catalystPage.getByRole("link", { name: "Organisations à valider" }).click();
  const item = catalystPage.locator(".card", { hasText: organisationName });
  await expect(item).toBeVisible();
  // What the card gives to check it: how long it has waited against the usual delay, the applicant's address
  // (no website was given), the register's page for its RNA in a new tab, the duplicate check.
  await expect(item.locator(".moderation-wait")).toContainText(/^en attente depuis aujourd'hui · délai habituel : \d+ jours?$/);
  await expect(item.locator(".overdue-mark")).toHaveCount(0);
  const checks = item.getByRole("region", { name: "Vérifications" });
  await expect(checks).toContainText("Adresse en @alliances.example, pas de site à comparer.");
  if (commune.departementCode !== "57") {
    const register = checks.getByRole("link", { name: "Voir RNA W571234567 au registre officiel" });
    await expect(register).toHaveAttribute("href", "https://annuaire-entreprises.data.gouv.fr/rechercher?terme=W571234567");
    await expect(register).toHaveAttribute("target", "_blank");
    await expect(register).toHaveAttribute("rel", /noopener/);
  }
  await expect(checks.locator(".duplicate-check")).toContainText(/Aucun doublon probable|doublons? probables?/);
  // Needs, offers and the contact person, behind a summary opened from the keyboard.
  const details = item.locator("details.moderation-details");
  await expect(details.getByText("Camille Martin")).toBeHidden();
  await details.getByText("Besoins, offres et contact").focus();
  await catalystPage.keyboard.press("Enter");
  await expect(details).toHaveAttribute("open", "");
  await expect(details).toContainText("Besoin · Locaux : Un abri pour ranger nos outils");
  await expect(details).toContainText("Offre · Bénévolat, engagement des salariés : Des bénévoles pour vos chantiers nature");
  await expect(details).toContainText("Camille Martin");
  await expect(details.getByRole("link", { name: "camille@jardins-solidaires.example" })).toHaveAttribute("href", "mailto:camille@jardins-solidaires.example");
  await expectNoAxeViolations(catalystPage);
  await catalystPage.screenshot({ path: "test-results/screenshots/moderation.png", fullPage: true });
  await item.getByRole("button", { name: "Publier" }).click();
  await expect(item.getByRole("status")).toContainText("Décision enregistrée");
  await catalystContext.close();

  // Public now: profile, directory and map.
  await page.goto(`/organisations/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisationName);
  await expect(page.locator("main")).not.toContainText("camille@");
  await page.goto(`/organisations?q=${encodeURIComponent("jardins solidaires")}&commune=${commune.code}`);
  await expect(page.locator(".organisation-card", { hasText: organisationName })).toBeVisible();
  expect(await mapTotal(page)).toBe(before + 1);

  // The third journey, for the same newcomer (this suite's server runs as the README's first command does: no mail
  // settings): from its proposed partners, a request for an introduction.
  await page.goto(`/organisations/${slug}/partners`);
  const proposal = page.locator(".proposal").first();
  await expect(proposal).toBeVisible();
  await proposal.getByRole("link", { name: "Demander une mise en relation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Demander une mise en relation avec /);
  await page.getByLabel("Type de partenariat espéré").selectOption({ label: "Coopération économique" });
  await page.getByLabel("Votre message").fill("Bonjour, nos jardins partagés cherchent des partenaires pour un chantier nature au printemps.");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByRole("status")).toContainText("Votre demande est envoyée au catalyseur");
  await expect(page.locator(".status").first()).toHaveText("Envoyée au catalyseur");
  await page.screenshot({ path: "test-results/screenshots/newcomer-introduction.png", fullPage: true });
});

test("the moderation queue and the white zones do not exist for a simple member, nor for visitors", async ({ page }) => {
  await page.goto("/moderation");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, "membre2@alliances.example");
  expect((await page.goto("/moderation"))?.status()).toBe(404);
  expect((await page.goto("/network/white-zones"))?.status()).toBe(404);
});

test("catalyst staff see the network's white zones, most populated first", async ({ page }) => {
  await signIn(page, "catalyseur2@alliances.example");
  await page.getByRole("link", { name: "Zones blanches" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zones blanches du réseau");
  const rows = page.locator(".data-table tbody tr");
  expect(await rows.count()).toBeGreaterThan(10);
  const populations = await page.locator(".data-table tbody td.number:nth-of-type(2)").allInnerTexts();
  const values = populations.map((text) => Number(text.replace(/\D/g, "")));
  expect(values).toEqual([...values].sort((a, b) => b - a));
  // The map circles the most populated zones; the first one opens the network map on it.
  const map = page.getByRole("region", { name: /Carte des zones blanches/ });
  const firstZone = (await rows.first().locator("th").innerText()).trim();
  const marker = map.locator(`.leaflet-marker-icon[title="${firstZone.replace(/["\\]/g, "\\$&")}"]`);
  await expect(marker).toBeVisible({ timeout: 20_000 });
  expect(await map.locator(".leaflet-marker-icon").count()).toBe(Math.min(20, await rows.count()));
  // Around Paris the rings overlap: open the popup from the keyboard, as a keyboard user would.
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(map.locator(".leaflet-popup").getByRole("link", { name: "Voir sur la carte" })).toHaveAttribute("href", /^\/map\?epci=\d{9}#10\//);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/white-zones.png", fullPage: true });
});

test("a collectivité is picked from the official list: name, SIREN and seat are filled in", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "nouvelle.epci@alliances.example");
  await page.goto("/register?step=kind");
  await page.getByLabel("Collectivité territoriale", { exact: true }).check();
  await page.getByLabel(/Niveau/).selectOption("epci");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  await expect(page.locator("section.register > h2")).toContainText("Identité");
  const picker = page.getByRole("combobox", { name: /collectivité dans la liste officielle/ });
  await picker.fill("muretain");
  const option = page.getByRole("option", { name: /Muretain/ }).first();
  await expect(option).toBeVisible();
  await expect(option).toContainText(/SIREN \d{9}/);
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(page.getByLabel("Nom de l'organisation")).toHaveValue(/Muretain/);
  const siren = await page.getByLabel(/^SIREN/).inputValue();
  expect(siren).toMatch(/^2\d{8}$/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/collectivite-picker.png", fullPage: true });
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // The place step starts at the intercommunality's seat (its most populous commune: Muret).
  await expect(page.locator("section.register > h2")).toContainText("Lieu");
  await expect(page.getByRole("combobox", { name: /Commune du siège/ })).toHaveValue(/^Muret/);
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page.locator("section.register > h2")).toContainText("Présentation");
});

test("a company registers: only its identifiers, plain French messages, a typed commune, a website without https", async ({ page }) => {
  test.setTimeout(150_000);
  const save = () => page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  const heading = page.locator("section.register > h2");
  await signIn(page, "nouvelle.entreprise@alliances.example");
  await page.goto("/register?step=kind");
  await page.getByLabel("Entreprise", { exact: true }).check();
  await save();
  await expect(page.getByText("Précisez la taille de l'entreprise")).toBeVisible();
  await expectPlainErrors(page);
  await page.getByLabel(/Taille de l'entreprise/).selectOption("pme");
  await save();

  // Identity: a company has a SIRET or a SIREN, never an RNA; a SIRET error says what is wrong and goes once fixed.
  await expect(heading).toContainText("Identité");
  await expect(page.getByLabel("SIRET", { exact: true })).toBeVisible();
  await expect(page.getByLabel(/Numéro RNA/)).toHaveCount(0);
  await page.getByLabel("Nom de l'organisation").fill("Menuiserie des Quais");
  await page.getByLabel("SIRET", { exact: true }).fill("732 829 320 0007");
  await save();
  await expect(page.getByText("Ce SIRET a 13 chiffres : il en faut 14")).toBeVisible();
  await page.getByLabel("SIRET", { exact: true }).fill("732 829 320 0007A");
  await save();
  await expect(page.getByText("Ce SIRET contient « A » : il ne s'écrit qu'avec des chiffres")).toBeVisible();
  await page.getByLabel("SIRET", { exact: true }).fill("73282932000075");
  await save();
  await expect(page.getByText(/La clé de contrôle de ce SIRET ne correspond pas/)).toBeVisible();
  await expectPlainErrors(page);
  await expectNoAxeViolations(page);
  await page.getByLabel("SIRET", { exact: true }).fill("73282932000074");
  await expect(page.getByText(/La clé de contrôle de ce SIRET/)).toHaveCount(0);
  await save();

  // Place: nothing typed, then a homonym, then an exact name typed without picking a suggestion.
  await expect(heading).toContainText("Lieu");
  await save();
  await expect(page.getByText(/Choisissez votre commune dans la liste/)).toBeVisible();
  await expectPlainErrors(page);
  const picker = page.getByRole("combobox", { name: /Commune du siège/ });
  // Escape closes the suggestions once they show (a second Escape, on a closed list, would clear the field).
  await picker.fill("Saint-Denis");
  await expect(page.getByRole("option").first()).toBeVisible();
  await picker.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await save();
  await expect(page.getByText(/Plusieurs communes s'appellent « Saint-Denis »/)).toBeVisible();
  await picker.fill(uniqueCommune.name);
  await expect(page.getByRole("option").first()).toBeVisible();
  await picker.press("Escape");
  await save();

  // About: six themes are too many, said plainly; a website typed as www… is completed with https.
  await expect(heading).toContainText("Présentation");
  for (const theme of ["Jeunesse", "Éducation", "Santé", "Handicap", "Précarité", "Transition écologique"])
    await page.getByLabel(theme, { exact: true }).check();
  await page.getByLabel("Présentation *").fill("Une menuiserie de quartier qui forme des jeunes et répare le mobilier des écoles.");
  await page.getByLabel("Site web").fill("www.menuiserie-des-quais.example.fr");
  await save();
  await expect(page.getByText("5 thèmes au plus : décochez-en")).toBeVisible();
  await expectPlainErrors(page);
  await page.getByLabel("Transition écologique", { exact: true }).uncheck();
  await save();
  await expect(heading).toContainText("Besoins et offres");
  await page.goto("/register?step=about");
  await expect(page.getByLabel("Site web")).toHaveValue("https://www.menuiserie-des-quais.example.fr");
  await page.goto("/register?step=place");
  await expect(page.getByRole("combobox", { name: /Commune du siège/ })).toHaveValue(
    new RegExp(`^${uniqueCommune.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );

  // Needs and offers: one block, then "add another".
  await page.goto("/register?step=needs-offers");
  await expect(page.locator(".row-card")).toHaveCount(1);
  await page.locator(".row-card").nth(0).getByLabel("En une phrase").fill("Un");
  await save();
  await expectPlainErrors(page);
  await page.getByRole("button", { name: "Ajouter un autre besoin ou une autre offre" }).click();
  await expect(page.locator(".row-card")).toHaveCount(2);
  await expectNoAxeViolations(page);
});

test("the Charter's text is public", async ({ page }) => {
  await page.goto("/charter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La Charte du faire alliance");
  await expect(page.locator("main")).toContainText("Fondation des Territoires");
  await expectNoAxeViolations(page);
});
