import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Transaction } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { listModerationQueue, moderateOrganisation } from "@/lib/organisations/moderation";
import { MODERATION_MESSAGE_LENGTH } from "@/lib/organisations/schemas";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { consumeRateLimit } from "../../server/rate-limit";
import { coverageContainsCommune } from "@/lib/catalysts/coverage-sql";
import {
  DEFAULT_MODERATION_DAYS,
  findDuplicates,
  getDraft,
  moderationOutlook,
  REGISTRATIONS_PER_USER,
  saveRegistrationStep,
  submitRegistration,
} from "./registration";
import { ConflictError, ForbiddenError, InvalidInputError, NotSignedInError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const URL_BASE = "http://localhost:3000";
const PENDING_DUPLICATE = "Une organisation avec cet identifiant est déjà en cours d'inscription : contactez le catalyseur de votre territoire.";

async function viewerByEmail(tx: Transaction, email: string): Promise<Viewer> {
  const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(tx, user!.id))!;
}

async function newUser(tx: Transaction, email: string): Promise<Viewer> {
  const [user] = await tx.insert(users).values({ email }).returning({ id: users.id });
  return (await loadViewer(tx, user!.id))!;
}

/** A commune covered by the demo catalyst whose staff is catalyseur@alliances.example. */
async function coveredCommune(tx: Transaction, staff: Viewer): Promise<string> {
  const [row] = await queryRows<{ code: string }>(
    tx,
    sql`SELECT c.code FROM communes c JOIN catalyst_coverage cc ON cc.territory_kind = 'intercommunality' AND cc.territory_code = c.epci_code
        WHERE cc.catalyst_id = ${staff.catalysts[0]!.catalystId} ORDER BY c.population DESC NULLS LAST LIMIT 1`,
  );
  return row!.code;
}

async function registerAssociation(tx: Transaction, applicant: Viewer, communeCode: string, rna = "W572001234", identity: Record<string, string> = {}) {
  const steps: [Parameters<typeof saveRegistrationStep>[2], Record<string, unknown>][] = [
    ["kind", { kind: "association", isEss: "on" }],
    ["identity", { name: "Les Jardins de la Vallée", rna, ...identity }],
    ["place", { communeCode }],
    ["about", { themes: ["food_agriculture", "social_ties"], odd: ["2"], description: "Des jardins partagés ouverts à tous les habitants." }],
    [
      "needs-offers",
      {
        items: [
          { direction: "need", resourceKind: "premises", title: "Un abri pour nos outils" },
          { direction: "offer", resourceKind: "volunteering", title: "Des bénévoles pour vos chantiers" },
        ],
      },
    ],
    ["contact", { contactName: "Camille Martin", contactEmail: "camille@jardins.example", consent: "on", charter: "on" }],
  ];
  for (const [step, input] of steps) expect(await saveRegistrationStep(tx, applicant, step, input), step).toEqual({ ok: true });
  return submitRegistration(tx, applicant, URL_BASE);
}

describe("registering a collectivité picked from the official list", () => {
  it("fills the name and SIREN from the chosen EPCI, keeps what was typed, and refuses a SIREN that is not its own", async () => {
    await withRollback(handle.db, async (tx) => {
      const applicant = await newUser(tx, "epci@alliances.example");
      expect(await saveRegistrationStep(tx, applicant, "kind", { kind: "collectivite", collectiviteLevel: "epci" })).toEqual({ ok: true });
      expect(await saveRegistrationStep(tx, applicant, "identity", { territoryCode: "243100518", name: "", siren: "" })).toEqual({ ok: true });
      expect((await getDraft(tx, applicant)).data.identity).toMatchObject({ territoryCode: "243100518", name: "Toulouse Métropole", siren: "243100518" });
      // A name typed by the applicant wins over the official one; a wrong SIREN is refused with the right one.
      expect(
        await saveRegistrationStep(tx, applicant, "identity", { territoryCode: "243100518", name: "Toulouse Métropole — Direction de l'économie", siren: "" }),
      ).toEqual({ ok: true });
      expect((await getDraft(tx, applicant)).data.identity?.name).toBe("Toulouse Métropole — Direction de l'économie");
      const wrong = await saveRegistrationStep(tx, applicant, "identity", { territoryCode: "243100518", name: "Toulouse Métropole", siren: "213103955" });
      expect(wrong).toEqual({ ok: false, errors: { siren: expect.stringContaining("243100518") } });
      expect(await saveRegistrationStep(tx, applicant, "identity", { territoryCode: "999999999", name: "X" })).toEqual({
        ok: false,
        errors: { territoryCode: "Collectivité inconnue : choisissez-la dans la liste" },
      });
    });
  });

  it("without JavaScript, accepts the typed name when it names one collectivité and lists the candidates otherwise", async () => {
    await withRollback(handle.db, async (tx) => {
      const applicant = await newUser(tx, "departement@alliances.example");
      expect(await saveRegistrationStep(tx, applicant, "kind", { kind: "collectivite", collectiviteLevel: "departement" })).toEqual({ ok: true });
      expect(await saveRegistrationStep(tx, applicant, "identity", { territoryCodeText: "Haute-Garonne", name: "", siren: "" })).toEqual({ ok: true });
      expect((await getDraft(tx, applicant)).data.identity).toMatchObject({ territoryCode: "31", name: "Département de la Haute-Garonne", siren: "223100017" });
      // "Savoie" names one département exactly (not Haute-Savoie); "Pyrénées" names none exactly but three in part.
      expect(await saveRegistrationStep(tx, applicant, "identity", { territoryCodeText: "savoie", name: "", siren: "" })).toEqual({ ok: true });
      expect((await getDraft(tx, applicant)).data.identity?.territoryCode).toBe("73");
      const ambiguous = await saveRegistrationStep(tx, applicant, "identity", { territoryCodeText: "Pyrénées", name: "", siren: "" });
      expect(ambiguous.ok).toBe(false);
      expect(!ambiguous.ok && ambiguous.errors.territoryCode).toMatch(/Plusieurs collectivités.*Pyrénées-Atlantiques/);
      // Both blank: no collectivité chosen, the ordinary rules apply (a SIREN or SIRET is required).
      const blank = await saveRegistrationStep(tx, applicant, "identity", { name: "Mairie annexe", siren: "" });
      expect(blank).toEqual({ ok: false, errors: { siret: "Indiquez le SIRET (ou le SIREN) de votre organisation" } });
    });
  });

  it("registers a commune end to end: official name and SIREN, placed at the commune", async () => {
    await withRollback(handle.db, async (tx) => {
      const applicant = await newUser(tx, "commune@alliances.example");
      await saveRegistrationStep(tx, applicant, "kind", { kind: "collectivite", collectiviteLevel: "commune" });
      expect(await saveRegistrationStep(tx, applicant, "identity", { territoryCode: "31395" })).toEqual({ ok: true });
      expect(await saveRegistrationStep(tx, applicant, "place", { communeCode: "31395" })).toEqual({ ok: true });
      await saveRegistrationStep(tx, applicant, "about", { themes: ["mobility"], description: "La commune cherche des partenaires pour le covoiturage." });
      await saveRegistrationStep(tx, applicant, "needs-offers", {
        items: [{ direction: "need", resourceKind: "skills", title: "Animer un réseau de covoiturage" }],
      });
      await saveRegistrationStep(tx, applicant, "contact", {
        contactName: "Service mobilité",
        contactEmail: "mobilite@muret.example",
        consent: "on",
        charter: "on",
      });
      const result = await submitRegistration(tx, applicant, URL_BASE);
      expect(result.ok).toBe(true);
      const [row] = await tx
        .select({ name: organisations.name, siren: organisations.siren, communeCode: organisations.communeCode, level: organisations.collectiviteLevel })
        .from(organisations)
        .where(eq(organisations.siren, "213103955"));
      expect(row).toEqual({ name: "Commune de Muret", siren: "213103955", communeCode: "31395", level: "commune" });
    });
  });
});

describe("registering an organisation", () => {
  it("keeps a draft between visits and saves nothing from an invalid step", async () => {
    await withRollback(handle.db, async (tx) => {
      const applicant = await newUser(tx, "draft@alliances.example");
      expect(await saveRegistrationStep(tx, applicant, "kind", { kind: "entreprise" })).toEqual({
        ok: false,
        errors: { companySize: "Précisez la taille de l'entreprise" },
      });
      expect((await getDraft(tx, applicant)).data).toEqual({});
      expect(await saveRegistrationStep(tx, applicant, "kind", { kind: "entreprise", companySize: "pme" })).toEqual({ ok: true });
      const invalid = await saveRegistrationStep(tx, applicant, "identity", { name: "Acme", siret: "73282932000075" });
      expect(invalid.ok).toBe(false);
      const draft = await getDraft(tx, applicant);
      expect(draft.data.kind).toMatchObject({ kind: "entreprise", companySize: "pme" });
      expect(draft.data.identity).toBeUndefined();
      expect(await saveRegistrationStep(tx, applicant, "place", { communeCode: "99999" })).toEqual({
        ok: false,
        errors: { communeCode: "Commune inconnue : choisissez-la dans la liste" },
      });
      // A point moved by hand stays near its commune (Toulouse's point is about 43.60, 1.44): Paris is refused.
      expect(await saveRegistrationStep(tx, applicant, "place", { communeCode: "31555", lat: "48.85", lon: "2.35" })).toEqual({
        ok: false,
        errors: { communeCode: "Le point de votre organisation doit rester près de sa commune (à 20 km au plus de son centre)." },
      });
      expect(await saveRegistrationStep(tx, applicant, "place", { communeCode: "31555", lat: "43.61", lon: "1.45" })).toEqual({ ok: true });
      expect((await getDraft(tx, applicant)).data.place).toEqual({ communeCode: "31555", lat: 43.61, lon: 1.45 });
    });
  });

  it("limits organisation sign-ups per person, keeping the draft", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const applicant = await newUser(tx, "busy@alliances.example");
      for (let index = 0; index < REGISTRATIONS_PER_USER.limit; index += 1) await consumeRateLimit(tx, REGISTRATIONS_PER_USER, applicant.id);
      const result = await registerAssociation(tx, applicant, await coveredCommune(tx, staff), "W572009999");
      expect(result).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Vous avez inscrit beaucoup d'organisations aujourd'hui : réessayez dans \d+ h\.$/),
      });
      expect((await getDraft(tx, applicant)).data.identity).toMatchObject({ rna: "W572009999" });
      const [created] = await queryRows<{ count: number }>(tx, sql`SELECT count(*)::int AS count FROM organisations WHERE rna = 'W572009999'`);
      expect(created!.count).toBe(0);
    });
  });

  it("refuses anonymous callers", async () => {
    await expect(saveRegistrationStep(handle.db, null, "kind", { kind: "association" })).rejects.toBeInstanceOf(NotSignedInError);
    await expect(submitRegistration(handle.db, null, URL_BASE)).rejects.toBeInstanceOf(NotSignedInError);
  });

  it("creates a pending organisation owned by the applicant and notifies the territory's catalyst", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const applicant = await newUser(tx, "applicant@alliances.example");
      const result = await registerAssociation(tx, applicant, await coveredCommune(tx, staff));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, result.organisationId));
      expect(organisation).toMatchObject({ status: "pending", rna: "W572001234", name: "Les Jardins de la Vallée" });
      expect(organisation!.contactConsentAt).toBeInstanceOf(Date);
      expect(organisation!.charterSignedAt).toBeInstanceOf(Date);
      const [membership] = await tx.select().from(memberships).where(eq(memberships.organisationId, result.organisationId));
      expect(membership).toMatchObject({ userId: applicant.id, role: "owner" });
      const mails = await queryRows<{ to: string }>(
        tx,
        sql`SELECT to_address AS "to" FROM mail_outbox WHERE subject LIKE '%Les Jardins de la Vallée%' ORDER BY id`,
      );
      expect(mails.map((mail) => mail.to).sort()).toEqual(["applicant@alliances.example", "catalyseur@alliances.example"]);
      expect((await getDraft(tx, applicant)).data).toEqual({});
    });
  });

  it("stores the themes chosen for each need or offer, and all the organisation's where none was chosen", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const applicant = await newUser(tx, "themes@alliances.example");
      const steps: [Parameters<typeof saveRegistrationStep>[2], Record<string, unknown>][] = [
        ["kind", { kind: "association" }],
        ["identity", { name: "La Recyclerie du Canal", rna: "W572004321" }],
        ["place", { communeCode: await coveredCommune(tx, staff) }],
        ["about", { themes: ["food_agriculture", "social_ties", "youth"], description: "Une recyclerie qui répare, revend et forme." }],
      ];
      for (const [step, input] of steps) expect(await saveRegistrationStep(tx, applicant, step, input), step).toEqual({ ok: true });
      const items = [
        { direction: "need", resourceKind: "premises", title: "Un entrepôt pour les dons", themes: "social_ties" },
        { direction: "offer", resourceKind: "training", title: "Des ateliers de réparation", themes: ["youth", "ecological_transition"] },
        { direction: "offer", resourceKind: "volunteering", title: "Des bénévoles pour les collectes" },
      ];
      // An unknown theme is named beside its row's chooser; nothing of the step is saved.
      const invalid = await saveRegistrationStep(tx, applicant, "needs-offers", { items: [items[0], { ...items[1], themes: ["youth", "astrology"] }] });
      expect(invalid).toEqual({ ok: false, errors: { "items.1.themes": "Thème inconnu « astrology » : choisissez dans la liste" } });
      expect((await getDraft(tx, applicant)).data.needsOffers).toBeUndefined();
      expect(await saveRegistrationStep(tx, applicant, "needs-offers", { items })).toEqual({ ok: true });
      // The organisation's themes are read when it is submitted: a change made after the needs-offers step counts.
      expect(
        await saveRegistrationStep(tx, applicant, "about", {
          themes: ["food_agriculture", "housing"],
          description: "Une recyclerie qui répare, revend et forme.",
        }),
      ).toEqual({ ok: true });
      expect(
        await saveRegistrationStep(tx, applicant, "contact", {
          contactName: "Lou Girard",
          contactEmail: "lou@recyclerie.example",
          consent: "on",
          charter: "on",
        }),
      ).toEqual({
        ok: true,
      });
      const result = await submitRegistration(tx, applicant, URL_BASE);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const stored = await queryRows<{ title: string; themes: string[] }>(
        tx,
        sql`SELECT title, themes FROM needs_offers WHERE organisation_id = ${result.organisationId} ORDER BY title`,
      );
      expect(stored).toEqual([
        { title: "Des ateliers de réparation", themes: ["youth", "ecological_transition"] },
        { title: "Des bénévoles pour les collectes", themes: ["food_agriculture", "housing"] },
        { title: "Un entrepôt pour les dons", themes: ["social_ties"] },
      ]);
    });
  });

  it("detects duplicates by identifier and by a similar name in the same commune", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const commune = await coveredCommune(tx, staff);
      const first = await registerAssociation(tx, await newUser(tx, "first@alliances.example"), commune);
      expect(first.ok).toBe(true);
      // The first one is pending: the second applicant learns only that the identifier is taken (see below).
      const second = await registerAssociation(tx, await newUser(tx, "second@alliances.example"), commune);
      expect(second).toMatchObject({ ok: false, duplicates: [], message: PENDING_DUPLICATE });
      if (first.ok) await tx.update(organisations).set({ status: "published" }).where(eq(organisations.id, first.organisationId));
      const third = await registerAssociation(tx, await newUser(tx, "third@alliances.example"), commune);
      expect(third).toMatchObject({ ok: false, duplicates: [{ name: "Les Jardins de la Vallée", reason: "identifier" }] });
      const byName = await findDuplicates(tx, { name: "Les jardins de la vallee", communeCode: commune });
      expect(byName.map((item) => item.reason)).toEqual(["name"]);
      expect(await findDuplicates(tx, { name: "Les jardins de la vallee", communeCode: "75056" })).toEqual([]);
    });
  });
});

describe("a published look-alike (a very similar name in the same commune)", () => {
  it("refuses the submission until the applicant confirms it is not the same organisation", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const commune = await coveredCommune(tx, staff);
      const first = await registerAssociation(tx, await newUser(tx, "original@alliances.example"), commune, "W572001234");
      if (!first.ok) throw new Error("registration failed");
      await tx.update(organisations).set({ status: "published" }).where(eq(organisations.id, first.organisationId));
      // Another RNA, the same name: probably the same organisation, but it may not be.
      const applicant = await newUser(tx, "lookalike@alliances.example");
      const refused = await registerAssociation(tx, applicant, commune, "W572009999");
      expect(refused).toMatchObject({ ok: false, confirmDistinct: true, duplicates: [{ id: first.organisationId, reason: "name", status: "published" }] });
      // A confirmation about some other organisation does not count.
      expect(await submitRegistration(tx, applicant, URL_BASE, { distinctFrom: ["00000000-0000-4000-8000-000000000000"] })).toMatchObject({
        ok: false,
        confirmDistinct: true,
      });
      const confirmed = await submitRegistration(tx, applicant, URL_BASE, { distinctFrom: [first.organisationId] });
      expect(confirmed.ok).toBe(true);
    });
  });

  it("never lets a confirmation pass a published organisation with the same identifier", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const commune = await coveredCommune(tx, staff);
      const first = await registerAssociation(tx, await newUser(tx, "owner@alliances.example"), commune);
      if (!first.ok) throw new Error("registration failed");
      await tx.update(organisations).set({ status: "published" }).where(eq(organisations.id, first.organisationId));
      const applicant = await newUser(tx, "same-rna@alliances.example");
      await registerAssociation(tx, applicant, commune);
      const result = await submitRegistration(tx, applicant, URL_BASE, { distinctFrom: [first.organisationId] });
      expect(result).toMatchObject({ ok: false, duplicates: [{ id: first.organisationId, reason: "identifier" }] });
      expect(result).not.toHaveProperty("confirmDistinct");
    });
  });
});

describe("the duplicate check on a public identifier", () => {
  it("says nothing of an organisation that is not published, and lists a published one as before", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const commune = await coveredCommune(tx, staff);
      const siren = "732829320";
      expect(await queryRows(tx, sql`SELECT 1 FROM organisations WHERE siren = ${siren}`), "a SIREN the demo network does not use").toEqual([]);
      const first = await registerAssociation(tx, await newUser(tx, "hidden@alliances.example"), commune, "W572004321", { siren });
      if (!first.ok) throw new Error("registration failed");
      const [hidden] = await tx
        .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, first.organisationId));
      await tx.update(organisations).set({ name: "Atelier confidentiel des Tilleuls" }).where(eq(organisations.id, hidden!.id));
      const intruder = await newUser(tx, "curious@alliances.example");

      for (const status of ["pending", "draft", "suspended"] as const) {
        await tx.update(organisations).set({ status }).where(eq(organisations.id, hidden!.id));
        // Another name, another RNA: only the SIREN is shared.
        const result = await registerAssociation(tx, intruder, "75056", "W572008765", { siren, name: "Une autre association" });
        expect(result, status).toEqual({ ok: false, duplicates: [], message: PENDING_DUPLICATE });
        const text = JSON.stringify(result);
        for (const secret of [hidden!.id, hidden!.slug, "Atelier confidentiel des Tilleuls", status])
          expect(text, `${status}: ${secret}`).not.toContain(secret);
      }

      await tx.update(organisations).set({ status: "published" }).where(eq(organisations.id, hidden!.id));
      const listed = await registerAssociation(tx, intruder, "75056", "W572008765", { siren, name: "Une autre association" });
      expect(listed).toMatchObject({
        ok: false,
        duplicates: [{ id: hidden!.id, slug: hidden!.slug, name: "Atelier confidentiel des Tilleuls", status: "published", reason: "identifier" }],
      });
    });
  });
});

describe("moderation permissions", () => {
  it("only the covering catalyst's staff and admins see and decide; each decision notifies the applicant", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const otherStaff = await viewerByEmail(tx, "catalyseur2@alliances.example");
      const member = await viewerByEmail(tx, "membre@alliances.example");
      const admin = await viewerByEmail(tx, "admin@alliances.example");
      const applicant = await newUser(tx, "moderated@alliances.example");
      const result = await registerAssociation(tx, applicant, await coveredCommune(tx, staff));
      if (!result.ok) throw new Error("registration failed");
      const id = result.organisationId;

      expect((await listModerationQueue(tx, staff)).map((item) => item.id)).toContain(id);
      expect((await listModerationQueue(tx, admin)).map((item) => item.id)).toContain(id);
      expect((await listModerationQueue(tx, otherStaff)).map((item) => item.id)).not.toContain(id);
      await expect(listModerationQueue(tx, member)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listModerationQueue(tx, applicant)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listModerationQueue(tx, null)).rejects.toBeInstanceOf(ForbiddenError);

      for (const intruder of [null, member, otherStaff, applicant]) {
        await expect(moderateOrganisation(tx, intruder, { organisationId: id, decision: "approve", message: "" }, URL_BASE)).rejects.toBeInstanceOf(
          ForbiddenError,
        );
      }
      await expect(moderateOrganisation(tx, staff, { organisationId: id, decision: "reject", message: "" }, URL_BASE)).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      // The form's limit is lib's too.
      await expect(
        moderateOrganisation(tx, staff, { organisationId: id, decision: "reject", message: "x".repeat(MODERATION_MESSAGE_LENGTH.max + 1) }, URL_BASE),
      ).rejects.toBeInstanceOf(InvalidInputError);
      await moderateOrganisation(tx, staff, { organisationId: id, decision: "approve", message: "" }, URL_BASE);
      const [published] = await tx
        .select({ status: organisations.status, publishedAt: organisations.publishedAt })
        .from(organisations)
        .where(eq(organisations.id, id));
      expect(published?.status).toBe("published");
      expect(published?.publishedAt).toBeInstanceOf(Date);
      await expect(moderateOrganisation(tx, admin, { organisationId: id, decision: "reject", message: "Doublon manifeste" }, URL_BASE)).rejects.toBeInstanceOf(
        ConflictError,
      );
      const [mail] = await queryRows<{ subject: string }>(
        tx,
        sql`SELECT subject FROM mail_outbox WHERE to_address = 'moderated@alliances.example' AND template = 'moderation-approve'`,
      );
      expect(mail?.subject).toContain("est publiée");
    });
  });

  it("an admin moderates where no catalyst covers the commune, and a rejection keeps its reason", async () => {
    await withRollback(handle.db, async (tx) => {
      const admin = await viewerByEmail(tx, "admin@alliances.example");
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const [whiteZone] = await queryRows<{ code: string }>(
        tx,
        sql`SELECT c.code FROM communes c WHERE NOT EXISTS (
              SELECT 1 FROM catalyst_coverage cc WHERE (cc.territory_kind = 'commune' AND cc.territory_code = c.code)
              OR (cc.territory_kind = 'intercommunality' AND cc.territory_code IN (c.epci_code, c.ept_code))
              OR (cc.territory_kind = 'departement' AND cc.territory_code = c.departement_code))
            ORDER BY c.population DESC NULLS LAST LIMIT 1`,
      );
      const applicant = await newUser(tx, "white@alliances.example");
      const result = await registerAssociation(tx, applicant, whiteZone!.code, "W999000111");
      if (!result.ok) throw new Error("registration failed");
      const mails = await queryRows<{ to: string }>(
        tx,
        sql`SELECT to_address AS "to" FROM mail_outbox WHERE template = 'moderation-new' ORDER BY id DESC LIMIT 1`,
      );
      expect(mails[0]?.to).toBe("admin@alliances.example");
      await expect(
        moderateOrganisation(tx, staff, { organisationId: result.organisationId, decision: "approve", message: "" }, URL_BASE),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await moderateOrganisation(
        tx,
        admin,
        { organisationId: result.organisationId, decision: "reject", message: "Structure hors du champ du réseau" },
        URL_BASE,
      );
      const [row] = await tx
        .select({ status: organisations.status, note: organisations.moderationNote })
        .from(organisations)
        .where(eq(organisations.id, result.organisationId));
      expect(row).toEqual({ status: "rejected", note: "Structure hors du champ du réseau" });
    });
  });
});

describe("the place step and who moderates", () => {
  it("accepts a commune typed without picking it, and names the candidates of a homonym", async () => {
    await withRollback(handle.db, async (tx) => {
      const applicant = await newUser(tx, "typed-commune@alliances.example");
      expect(await saveRegistrationStep(tx, applicant, "kind", { kind: "association" })).toEqual({ ok: true });
      expect(await saveRegistrationStep(tx, applicant, "identity", { name: "Les Ateliers du Vieux-Lyon" })).toEqual({ ok: true });
      // Case and accents do not matter; the picker's own label is understood too.
      expect(await saveRegistrationStep(tx, applicant, "place", { communeCode: "", communeCodeText: "saint-etienne" })).toEqual({ ok: true });
      expect((await getDraft(tx, applicant)).data.place?.communeCode).toBe("42218");
      expect(await saveRegistrationStep(tx, applicant, "place", { communeCodeText: "Lyon (69001) — Rhône" })).toEqual({ ok: true });
      expect((await getDraft(tx, applicant)).data.place?.communeCode).toBe("69123");
      const homonym = await saveRegistrationStep(tx, applicant, "place", { communeCodeText: "Saint-Denis" });
      expect(!homonym.ok && homonym.errors.communeCode).toMatch(/^Plusieurs communes s'appellent « Saint-Denis » \(.*Seine-Saint-Denis.*\) : choisissez/);
      expect(await saveRegistrationStep(tx, applicant, "place", { communeCodeText: "Saint-Denis 93200" })).toEqual({ ok: true });
      expect((await getDraft(tx, applicant)).data.place?.communeCode).toBe("93066");
      const nothing = await saveRegistrationStep(tx, applicant, "place", {});
      expect(!nothing.ok && nothing.errors.communeCode).toBe("Choisissez votre commune dans la liste, ou tapez son nom exact ou son code postal");
      const english = await saveRegistrationStep(tx, applicant, "place", {}, "en");
      expect(!english.ok && english.errors.communeCode).toMatch(/^Choose your commune from the list/);
    });
  });

  it("says which catalyst moderates a commune, or the network's team in a white zone, and how long it usually takes", async () => {
    await withRollback(handle.db, async (tx) => {
      const staff = await viewerByEmail(tx, "catalyseur@alliances.example");
      const covered = await moderationOutlook(tx, await coveredCommune(tx, staff));
      expect(covered.catalysts.map((catalyst) => catalyst.name)).toContain(staff.catalysts[0]!.name);
      expect(covered.typicalDays).toBeGreaterThanOrEqual(1);
      const [white] = await queryRows<{ code: string }>(
        tx,
        sql`SELECT c.code FROM communes c WHERE NOT EXISTS (SELECT 1 FROM catalyst_coverage cc WHERE ${coverageContainsCommune("cc", "c")}) LIMIT 1`,
      );
      const outlook = await moderationOutlook(tx, white!.code);
      expect(outlook).toMatchObject({ catalysts: [] });
      if (!outlook.measured) expect(outlook.typicalDays).toBe(DEFAULT_MODERATION_DAYS);
    });
  });
});
