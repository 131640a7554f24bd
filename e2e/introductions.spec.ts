import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { demo, organisationOf } from "./demo";
import { signIn } from "./sign-in";
import { de } from "../lib/shared/french";

// The demo's two members own complementary organisations of one territory, staffed by catalyseur@.
const a = organisationOf("membre@alliances.example");
const b = organisationOf("membre2@alliances.example");
const openItems = (organisationId: string) => demo.needsOffers.filter((item) => item.organisationId === organisationId && (item.status ?? "open") === "open");
// The demo's second organisation was chosen for offering what the first one needs.
const bMeetsANeed = openItems(a.id).some(
  (need) => need.direction === "need" && openItems(b.id).some((offer) => offer.direction === "offer" && offer.resourceKind === need.resourceKind),
);

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** A mail to this address with this subject is in the development mailbox. */
async function expectMail(page: Page, to: string, subject: string) {
  await page.goto("/dev/mailbox");
  const mail = page.locator(".mail-list > li", { hasText: `${to} ·` }).filter({ has: page.locator(".card-title", { hasText: subject }) });
  await expect(mail.first()).toBeVisible();
  return mail.first();
}

async function alliancesCount(page: Page): Promise<number> {
  const csv = await page.request.get("/observatory/csv/partnership-types");
  expect(csv.status()).toBe(200);
  const rows = (await csv.text()).trim().split(/\r?\n/).slice(1);
  return rows.reduce((total, row) => total + Number(row.split(/[;,]/).at(-1)), 0);
}

test.describe("introductions", () => {
  test("a member requests an introduction from a proposal; the catalyst forwards; the other side accepts; contacts show; the alliance counts", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const requester = await signedIn(browser, "membre@alliances.example");
    const alliancesBefore = await alliancesCount(requester);

    // 1. From a proposal on A's page of proposed partners.
    await requester.goto(`/organisations/${a.slug}/partners`);
    const proposal = requester.locator(".proposal", { has: requester.getByRole("link", { name: b.name, exact: true }) });
    await expect(proposal).toBeVisible();
    const introduce = proposal.getByRole("link", { name: "Demander une mise en relation" });
    // The card's link carries the need (or offer) of A the proposal is about; the form starts from it.
    const focusId = new URL((await introduce.getAttribute("href"))!, "http://localhost").searchParams.get("focus");
    if (bMeetsANeed) expect(focusId).toBeTruthy();
    await introduce.click();
    await expect(requester.getByRole("heading", { level: 1 })).toHaveText(`Demander une mise en relation avec ${b.name}`);
    if (focusId) {
      expect(openItems(a.id).map((item) => item.id)).toContain(focusId);
      await expect(requester.getByLabel("Besoin ou offre concerné")).toHaveValue(focusId);
    }
    await expectNoAxeViolations(requester);

    // A too short message is refused with a field message, keeping what was typed.
    await requester.getByLabel("Type de partenariat espéré").selectOption({ label: "Coopération économique" });
    await requester.getByLabel("Votre message").fill("Bonjour !");
    await requester.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(requester.locator("#message-error")).toHaveText("Écrivez un message de 20 à 2 000 caractères.");
    await expect(requester.getByLabel("Votre message")).toHaveValue("Bonjour !");
    await expect(requester.getByLabel("Type de partenariat espéré")).toHaveValue("economic_cooperation");
    await requester
      .getByLabel("Votre message")
      .fill("Bonjour, nous aimerions construire avec vous un atelier d'insertion par le bâtiment pour les jeunes du quartier.");
    await requester.getByRole("button", { name: "Envoyer la demande" }).click();

    await expect(requester.getByRole("status")).toContainText("Votre demande est envoyée au catalyseur : il a 7 jours pour la transmettre");
    await expect(requester.locator(".status").first()).toHaveText("Envoyée au catalyseur");
    await expect(requester.getByText("Les coordonnées des deux parties seront visibles ici")).toBeVisible();
    // Each step's delay is stated; the request is fresh, so nothing is overdue.
    const delays = requester.locator("section[aria-labelledby='delays']");
    await expect(delays).toContainText("En attente du catalyseur");
    await expect(delays).toContainText("Le catalyseur transmet la demande (ou la refuse) dans les 7 jours.");
    await expect(delays).toContainText("au plus tard 14 jours après l'envoi");
    await expect(delays.locator(".intro-overdue")).toHaveCount(0);
    const introductionUrl = requester.url().replace(/\?.*$/, "");
    expect(await requester.content()).not.toContain(b.contactEmail!);
    const pendingJson = await requester.request.get(`/api/introductions/${introductionUrl.split("/").at(-1)}`);
    expect(pendingJson.status()).toBe(200);
    const pendingText = await pendingJson.text();
    expect(JSON.parse(pendingText).contacts).toBeNull();
    for (const secret of [a.contactEmail!, b.contactEmail!, b.contactName!]) expect(pendingText).not.toContain(secret);
    await requester.screenshot({ path: "test-results/screenshots/introduction-submitted.png", fullPage: true });

    // 2. The catalyst is told by mail, finds it on the dashboard and forwards it with a word.
    const catalyst = await signedIn(browser, "catalyseur@alliances.example");
    await expectMail(catalyst, "catalyseur@alliances.example", `Nouvelle demande de mise en relation : ${a.name} → ${b.name}`);
    await catalyst.goto("/network/dashboard");
    await expect(catalyst.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord du catalyseur");
    await expectNoAxeViolations(catalyst);
    await catalyst.screenshot({ path: "test-results/screenshots/catalyst-dashboard.png", fullPage: true });
    await catalyst.getByRole("link", { name: `${a.name} → ${b.name}` }).click();
    expect(await catalyst.content()).not.toContain(a.contactEmail!);
    // The forwarding word and the refusal's reason are two boxes, one for each button.
    await expect(catalyst.getByLabel("Raison du refus (transmise au demandeur)")).toBeVisible();
    await catalyst.getByLabel(/Un mot pour l'organisation sollicitée/).fill("Deux structures de Colomiers et Cornebarrieu qui gagneraient à se connaître.");
    await catalyst.getByRole("button", { name: "Transmettre" }).click();
    // What happens next, not only "saved".
    await expect(catalyst.getByRole("status")).toContainText("Demande transmise : l'organisation sollicitée est prévenue par e-mail");
    await expect(catalyst.locator(".status").first()).toHaveText("Transmise par le catalyseur");

    // 3. B's member is told (mail, bell), reads the request and accepts.
    const target = await signedIn(browser, "membre2@alliances.example");
    await expectMail(target, "membre2@alliances.example", `Cagire Garonne Salat en commun vous présente ${a.name}`);
    await target.goto("/notifications");
    await expect(target.getByRole("link", { name: /Notifications \(\d+ non lues?\)/ })).toBeVisible();
    await target.getByRole("link", { name: `Cagire Garonne Salat en commun vous présente ${a.name}` }).click();
    // The catalyst's word shows in the request's purpose (and again in its history).
    await expect(target.locator("section[aria-labelledby='purpose']").getByText("Deux structures de Colomiers et Cornebarrieu")).toBeVisible();
    expect(await target.content()).not.toContain(a.contactEmail!);
    await expectNoAxeViolations(target);
    const acceptance = "Avec plaisir : appelons-nous mardi, nous avons un local libre pour l'atelier.";
    await target.getByLabel(/Un message pour le demandeur/).fill(acceptance);
    await target.getByRole("button", { name: "Accepter" }).click();
    await expect(target.locator(".status").first()).toHaveText("Acceptée");
    await expect(target.locator("p.notice[role=status]")).toContainText("les coordonnées des deux parties sont maintenant visibles");
    await expect(target.locator("section[aria-labelledby='history']")).toContainText(acceptance);
    const contacts = target.locator("section[aria-labelledby='contacts']");
    await expect(contacts).toContainText(a.contactEmail!);
    await expect(contacts).toContainText(b.contactEmail!);
    await target.screenshot({ path: "test-results/screenshots/introduction-accepted.png", fullPage: true });

    // 4. A is told, now sees B's contact person, and records that the alliance started.
    // The target's message on accepting reaches the other side: in the mail, on the page and in its history.
    const accepted = await expectMail(requester, "membre@alliances.example", `${b.name} accepte la mise en relation avec ${a.name}`);
    await expect(accepted).toContainText(acceptance);
    await requester.goto(introductionUrl);
    await expect(requester.locator("section[aria-labelledby='contacts']")).toContainText(b.contactEmail!);
    await expect(requester.locator("section[aria-labelledby='purpose']")).toContainText(`Le message ${de(b.name)} en acceptant`);
    await expect(requester.locator("section[aria-labelledby='purpose']")).toContainText(acceptance);
    await expect(requester.locator("section[aria-labelledby='history']")).toContainText(acceptance);
    await requester.getByLabel("Type de partenariat", { exact: true }).selectOption({ label: "Coopération économique" });
    await requester.getByRole("button", { name: "Alliance engagée" }).click();
    await expect(requester.locator(".status").first()).toHaveText("Alliance engagée");
    await expect(requester.getByRole("heading", { name: "Historique" })).toBeVisible();
    await expect(requester.locator(".timeline li")).toHaveCount(4);
    await expectMail(target, "membre2@alliances.example", `${a.name} et ${b.name} : alliance engagée`);

    // An illegal step through the API answers 409 with a clear message; without Origin it is refused.
    const id = introductionUrl.split("/").at(-1)!;
    const origin = new URL(introductionUrl).origin;
    const illegal = await requester.request.post(`/api/introductions/${id}/transitions`, { data: { action: "withdraw" }, headers: { Origin: origin } });
    expect(illegal.status()).toBe(409);
    expect((await illegal.json()).error).toBe("Cette action n'est plus possible : la mise en relation est au statut « Alliance engagée ».");
    expect((await requester.request.post(`/api/introductions/${id}/transitions`, { data: { action: "close" } })).status()).toBe(403);
    const json = await requester.request.get(`/api/introductions/${id}`);
    expect((await json.json()).contacts).toHaveLength(2);

    // 5. The observatory counts it.
    expect(await alliancesCount(requester)).toBe(alliancesBefore + 1);
    for (const page of [requester, catalyst, target]) await page.context().close();
  });

  test("the catalyst's « À traiter » tab counts and lists only the requests awaiting its decision", async ({ browser }) => {
    const catalyst = await signedIn(browser, "catalyseur@alliances.example");
    await catalyst.goto("/introductions?box=catalyst");
    const tab = catalyst.getByRole("link", { name: /^À traiter \(catalyseur\)/ });
    await expect(tab).toHaveAttribute("aria-current", "page");
    const count = Number(await tab.locator(".tab-count").textContent());
    const statuses = catalyst.locator(".intro-list .status");
    if (count === 0) {
      await expect(catalyst.locator(".empty-state")).toHaveText("Aucune demande n'attend votre décision pour le moment.");
    } else {
      await expect(statuses).toHaveCount(Math.min(count, 20));
      for (const status of await statuses.allTextContents()) expect(status).toBe("Envoyée au catalyseur");
    }
    const listed = (await (await catalyst.request.get("/api/introductions?box=catalyst")).json()) as { items: { status: string }[] };
    expect(listed.items.every((item) => item.status === "submitted")).toBe(true);
    await expectNoAxeViolations(catalyst);

    // Looking back on the territory goes through the status filter; the tab still counts what awaits.
    await catalyst.getByLabel("Statut").selectOption({ label: "Acceptée" });
    await catalyst.getByRole("button", { name: "Filtrer" }).click();
    await expect(catalyst).toHaveURL(/status=accepted/);
    for (const status of await statuses.allTextContents()) expect(status).toBe("Acceptée");
    await expect(catalyst.getByRole("link", { name: /^À traiter \(catalyseur\)/ }).locator(".tab-count")).toHaveText(String(count));
    await catalyst.context().close();
  });

  test("strangers see nothing: an outsider gets 404 and the API answers 401 without a session", async ({ browser, request }) => {
    const outsider = await signedIn(browser, "catalyseur2@alliances.example");
    const list = await outsider.request.get("/api/introductions?box=catalyst");
    expect(list.status()).toBe(200);
    const { items } = (await list.json()) as { items: { id: string; requesterName: string }[] };
    expect(items.every((item) => item.requesterName !== a.name)).toBe(true);
    expect((await outsider.goto("/introductions/00000000-0000-0000-0000-000000000000"))?.status()).toBe(404);
    expect((await request.get("/api/introductions")).status()).toBe(401);
    const anonymous = await request.post("/api/introductions", {
      data: { from: a.id, to: b.slug, message: "x".repeat(30) },
      headers: { Origin: "http://evil.example" },
    });
    expect(anonymous.status()).toBe(403);
    await outsider.context().close();
  });

  test("anyone signed in can write to a catalyst without seeing its team's address", async ({ browser, page }) => {
    const catalystSlug = demo.catalysts.find((catalyst) => catalyst.name === "Cagire Garonne Salat en commun")!.slug;
    // A visitor is asked for an address to be answered at (the visitor's own path: e2e/first-command.spec.ts).
    await page.goto(`/catalysts/${catalystSlug}#contact`);
    await expect(page.getByLabel("Votre adresse e-mail")).toBeVisible();

    const member = await signedIn(browser, "membre@alliances.example");
    await member.goto(`/catalysts/${catalystSlug}`);
    // Signed in, the account's address goes with the message: no address to type.
    await expect(member.getByLabel("Votre adresse e-mail")).toHaveCount(0);
    await member.getByLabel("Votre message").fill("Trop court");
    await member.getByRole("button", { name: "Envoyer au catalyseur" }).click();
    await expect(member.locator("#contact-error")).toHaveText("Écrivez un message de 20 à 2 000 caractères.");
    await expect(member.getByLabel("Votre message")).toHaveValue("Trop court");
    await member.getByLabel("Votre message").fill("Bonjour, nous aimerions participer aux prochaines rencontres du territoire.");
    await member.getByRole("button", { name: "Envoyer au catalyseur" }).click();
    await expect(member.getByRole("status")).toHaveText(
      "Votre message est transmis à l'équipe du catalyseur, sans que vous voyiez son adresse : elle vous répondra directement par e-mail.",
    );
    expect(await member.content()).not.toContain("catalyseur@alliances.example");
    await expectNoAxeViolations(member);
    const mail = await expectMail(member, "catalyseur@alliances.example", "Message pour Cagire Garonne Salat en commun via Alliances");
    await expect(mail).toContainText("Répondez-lui directement à membre@alliances.example");
    await member.context().close();
  });
});
