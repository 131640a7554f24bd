import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { withRollback } from "@/db/testing/rollback";
import { openTestDatabase } from "@/db/testing/test-database";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { importFile, type ImportOptions, type ImportReport } from "./import-file";
import { rowLine, statusLabel, summaryLine } from "./report-text";
import { ForbiddenError } from "@/lib/server/errors";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name));
const viewer = async (db: Executor, email: string): Promise<Viewer> => {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await loadViewer(db, user!.id))!;
};

async function run(db: Executor, options: Partial<ImportOptions> & Pick<ImportOptions, "kind">): Promise<ImportReport> {
  const file = options.kind === "organisations" ? "organisations-messy.csv" : "catalysts.csv";
  const result = await importFile(db, await viewer(db, "admin@alliances.example"), { bytes: fixture(file), fileName: file, dryRun: false, ...options });
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

const statuses = (report: ImportReport) => Object.fromEntries(report.rows.map((row) => [row.line, row.status]));
const reasons = (report: ImportReport, line: number) =>
  report.rows
    .find((row) => row.line === line)!
    .errors.map((error) => `${error.column}: ${error.message}`)
    .join(" | ");

const IMPORTED = ["Atelier Vélo Solidaire", "Boulangerie Dupré & Fils", "Les Voisins de Battant", "Fondation Rhône Avenir"];
const imported = (db: Executor) =>
  queryRows<{
    name: string;
    slug: string;
    status: string;
    communeCode: string;
    siret: string | null;
    siren: string | null;
    externalId: string | null;
    updatedAt: string;
    items: number;
    contactEmail: string | null;
    charter: boolean;
  }>(
    db,
    sql`SELECT o.name, o.slug, o.status, o.commune_code AS "communeCode", o.siret, o.siren, o.external_id AS "externalId",
               o.updated_at::text AS "updatedAt", o.contact_email AS "contactEmail", o.charter_signed_at IS NOT NULL AS charter,
               (SELECT count(*)::int FROM needs_offers n WHERE n.organisation_id = o.id) AS items
        FROM organisations o
        WHERE o.name IN ${[...IMPORTED, "Garage Martin", "Les Amis de Trifouillis", "Coopérative Plein Sud", "Collectif du Canal", "Association Sans Thème"]}
        ORDER BY o.name`,
  );

describe("importing a messy organisations file", () => {
  it("reports every row (ok, or the reason in French) and writes only the good rows, published", async () => {
    await withRollback(handle.db, async (tx) => {
      const report = await run(tx, { kind: "organisations" });
      expect(report).toMatchObject({ separator: ";", encoding: "utf-8", total: 10, ignoredColumns: ["remarque"], interrupted: null });
      expect(report.counts).toEqual({ created: 4, updated: 0, unchanged: 0, error: 6 });
      // Row 10 is blank: skipped, but the numbering follows the spreadsheet's (the quoted line break stays in row 2).
      expect(statuses(report)).toEqual({
        2: "created",
        3: "created",
        4: "error",
        5: "error",
        6: "error",
        7: "error",
        8: "error",
        9: "created",
        11: "created",
        12: "error",
      });
      expect(reasons(report, 4)).toMatch(/^siret: La clé de contrôle de ce SIRET ne correspond pas/);
      expect(reasons(report, 5)).toBe("commune: Commune inconnue : « Trifouillis-les-Oies »");
      expect(reasons(report, 6)).toMatch(/^ligne: Doublon de la ligne 3 \(même SIRET 41234567000019\)/);
      expect(reasons(report, 7)).toMatch(/séparée par « , » alors que le fichier utilise « ; »/);
      expect(reasons(report, 8)).toMatch(/Plusieurs communes s'appellent « Saint-Denis » .*93066.*ajoutez le code postal/);
      expect(reasons(report, 12)).toBe("themes: Choisissez au moins un thème (cinq au plus) | description: 20 caractères au moins : complétez le texte");

      const rows = await imported(tx);
      expect(rows.map((row) => row.name)).toEqual([...IMPORTED].sort((a, b) => a.localeCompare(b, "fr")));
      const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
      expect(byName["Atelier Vélo Solidaire"]).toMatchObject({
        status: "published",
        slug: "atelier-velo-solidaire-lyon",
        communeCode: "69123",
        externalId: "ASSO-1",
        items: 1,
        contactEmail: "camille@atelier-velo.example",
        charter: true,
      });
      // "1000" lost its leading zero in a spreadsheet; the postcode 01000 is shared, the name picks Bourg-en-Bresse.
      expect(byName["Boulangerie Dupré & Fils"]).toMatchObject({ communeCode: "01053", siret: "41234567000019", siren: "412345670", items: 2, charter: false });
      expect(byName["Les Voisins de Battant"]).toMatchObject({ communeCode: "25056", items: 1 });
      expect(byName["Fondation Rhône Avenir"]).toMatchObject({ communeCode: "69266", items: 2 });
      const [description] = await queryRows<{ description: string }>(tx, sql`SELECT description FROM organisations WHERE external_id = 'ASSO-1'`);
      expect(description!.description).toBe("Répare des vélos; forme des jeunes\nen insertion à la Guillotière.");
      const [offer] = await queryRows<{ resourceKind: string; title: string; direction: string }>(
        tx,
        sql`SELECT n.resource_kind AS "resourceKind", n.title, n.direction FROM needs_offers n JOIN organisations o ON o.id = n.organisation_id WHERE o.name = 'Les Voisins de Battant'`,
      );
      expect(offer).toEqual({ resourceKind: "volunteering", title: "Maraudes du samedi soir", direction: "offer" });

      const audit = await queryRows<{ action: string; changes: Record<string, unknown>; email: string }>(
        tx,
        sql`SELECT a.action, a.changes, u.email FROM audit_log a JOIN users u ON u.id = a.actor_user_id WHERE a.action LIKE 'import.%'`,
      );
      expect(audit).toEqual([
        {
          action: "import.organisations",
          email: "admin@alliances.example",
          changes: {
            fileName: "organisations-messy.csv",
            total: 10,
            created: 4,
            updated: 0,
            unchanged: 0,
            error: 6,
            matchedByName: 0,
            nameMatch: true,
            interrupted: null,
          },
        },
      ]);
    });
  });

  it("a dry run reports the same and leaves the database as it was, audit log included", async () => {
    await withRollback(handle.db, async (tx) => {
      const before = await queryRows<{ organisations: number; audit: number }>(
        tx,
        sql`SELECT (SELECT count(*)::int FROM organisations) AS organisations, (SELECT count(*)::int FROM audit_log) AS audit`,
      );
      const report = await run(tx, { kind: "organisations", dryRun: true });
      expect(report.counts).toEqual({ created: 4, updated: 0, unchanged: 0, error: 6 });
      expect(await imported(tx)).toEqual([]);
      expect(
        await queryRows(tx, sql`SELECT (SELECT count(*)::int FROM organisations) AS organisations, (SELECT count(*)::int FROM audit_log) AS audit`),
      ).toEqual(before);
    });
  });

  it("importing the same file again changes nothing, not even updated_at; a changed cell updates only its row", async () => {
    await withRollback(handle.db, async (tx) => {
      await run(tx, { kind: "organisations" });
      const first = await imported(tx);
      const again = await run(tx, { kind: "organisations" });
      expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 4, error: 6 });
      expect(await imported(tx)).toEqual(first);

      const edited = fixture("organisations-messy.csv").toString("utf-8").replace("Maraudes du samedi soir", "Maraudes du dimanche soir");
      const result = await importFile(tx, await viewer(tx, "admin@alliances.example"), {
        kind: "organisations",
        bytes: Buffer.from(edited),
        fileName: "v2.csv",
        dryRun: false,
      });
      expect(result.ok && statuses(result.report)).toMatchObject({ 2: "unchanged", 3: "unchanged", 9: "updated", 11: "unchanged" });
      const after = await imported(tx);
      expect(after.find((row) => row.name === "Les Voisins de Battant")!.items).toBe(2);
      expect(after.filter((row) => row.name !== "Les Voisins de Battant")).toEqual(first.filter((row) => row.name !== "Les Voisins de Battant"));
    });
  });

  it("a failure in the middle of a batch leaves nothing of that batch, keeps the batches before and reports the rest", async () => {
    await withRollback(handle.db, async (tx) => {
      // Good rows 2, 3 | 9, 11 in batches of two; the crash comes after row 9 is written, inside the second batch.
      const report = await run(tx, {
        kind: "organisations",
        batchSize: 2,
        onProgress: ({ phase, done }) => {
          if (phase === "writing" && done === 3) throw new Error("disque plein (simulé)");
        },
      });
      expect(report.interrupted).toBe("disque plein (simulé)");
      expect(statuses(report)).toMatchObject({ 2: "created", 3: "created", 9: "error", 11: "error" });
      expect(reasons(report, 9)).toBe("ligne: Lot annulé, rien de ce lot n'est enregistré : disque plein (simulé)");
      expect((await imported(tx)).map((row) => row.name)).toEqual(["Atelier Vélo Solidaire", "Boulangerie Dupré & Fils"]);
      const [orphans] = await queryRows<{ count: number }>(
        tx,
        sql`SELECT count(*)::int AS count FROM needs_offers n WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = n.organisation_id)`,
      );
      expect(orphans!.count).toBe(0);
    });
  });

  it("is for admins only, and a file without a required column is refused as a whole", async () => {
    await withRollback(handle.db, async (tx) => {
      const options = { kind: "organisations" as const, bytes: fixture("organisations-messy.csv"), fileName: "f.csv", dryRun: true };
      await expect(importFile(tx, null, options)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(importFile(tx, await viewer(tx, "catalyseur@alliances.example"), options)).rejects.toBeInstanceOf(ForbiddenError);
      const admin = await viewer(tx, "admin@alliances.example");
      expect(await importFile(tx, admin, { ...options, bytes: Buffer.from("nom;type\nA;association\n") })).toEqual({
        ok: false,
        error: expect.stringMatching(/^Colonnes obligatoires absentes : themes, description/),
      });
    });
  });
});

describe("the themes of imported needs and offers", () => {
  const header = "nom;type;rna;code_insee;themes;description;besoins;offres";
  const row = (besoins: string, offres: string) =>
    `La Ressourcerie des Pentes;association;W691112223;69123;Culture & patrimoine|social_ties|youth;Une ressourcerie qui collecte, répare et revend.;${besoins};${offres}`;
  const importRows = async (db: Executor, ...rows: string[]) => {
    const result = await importFile(db, await viewer(db, "admin@alliances.example"), {
      kind: "organisations",
      bytes: Buffer.from(`${header}\n${rows.join("\n")}\n`),
      fileName: "themes.csv",
      dryRun: false,
    });
    if (!result.ok) throw new Error(result.error);
    return result.report;
  };
  const storedItems = (db: Executor) =>
    queryRows<{ title: string; themes: string[] }>(
      db,
      sql`SELECT n.title, n.themes FROM needs_offers n JOIN organisations o ON o.id = n.organisation_id WHERE o.rna = 'W691112223' ORDER BY n.title`,
    );

  it("stores the themes between brackets, all the organisation's without them, and reports an unknown one", async () => {
    await withRollback(handle.db, async (tx) => {
      const report = await importRows(
        tx,
        row("premises[Culture & patrimoine, youth]:Un atelier de 80 m²|funding:Un poste de valoriste", "training[]:Des ateliers de réparation"),
      );
      expect(report.counts).toMatchObject({ created: 1, error: 0 });
      expect(await storedItems(tx)).toEqual([
        { title: "Des ateliers de réparation", themes: ["culture_heritage", "social_ties", "youth"] },
        { title: "Un atelier de 80 m²", themes: ["culture_heritage", "youth"] },
        { title: "Un poste de valoriste", themes: ["culture_heritage", "social_ties", "youth"] },
      ]);

      const unknown = await importRows(tx, row("premises[astrologie]:Un atelier de 80 m²", ""));
      expect(unknown.counts).toMatchObject({ error: 1 });
      expect(reasons(unknown, 2)).toMatch(/^besoins: thème inconnu « astrologie » dans « Un atelier de 80 m² » \(valeurs possibles : /);
      expect((await storedItems(tx)).length).toBe(3);
    });
  });

  it("gives an item already there the themes the file now names, once; without brackets it keeps its own", async () => {
    await withRollback(handle.db, async (tx) => {
      await importRows(tx, row("premises[youth]:Un atelier de 80 m²|funding[social_ties]:Un poste de valoriste", ""));
      const again = await importRows(tx, row("premises[youth]:Un atelier de 80 m²|funding:Un poste de valoriste", ""));
      expect(again.counts).toMatchObject({ unchanged: 1, updated: 0 });
      const changed = await importRows(tx, row("premises[social_ties, Jeunesse]:Un atelier de 80 m²|funding:Un poste de valoriste", ""));
      expect(changed.counts).toMatchObject({ updated: 1 });
      expect(await storedItems(tx)).toEqual([
        { title: "Un atelier de 80 m²", themes: ["social_ties", "youth"] },
        { title: "Un poste de valoriste", themes: ["social_ties"] },
      ]);
      // The same themes in another order change nothing.
      const reordered = await importRows(tx, row("premises[youth, social_ties]:Un atelier de 80 m²", ""));
      expect(reordered.counts).toMatchObject({ unchanged: 1, updated: 0 });
    });
  });
});

describe("importing catalysts", () => {
  it("creates catalysts with their coverage, reports bad rows, and a second import changes nothing", async () => {
    await withRollback(handle.db, async (tx) => {
      const report = await run(tx, { kind: "catalysts" });
      expect(report).toMatchObject({ separator: ",", total: 4, counts: { created: 2, updated: 0, unchanged: 0, error: 2 } });
      expect(reasons(report, 3)).toMatch(/^type_structure: valeur inconnue « vaisseau spatial »/);
      expect(reasons(report, 4)).toBe("charte_signee_le: Cette date n'existe pas");
      const catalystsOf = () =>
        queryRows<{
          slug: string;
          hostKind: string;
          trades: string[];
          charter: string | null;
          communeCode: string;
          coverage: string;
          updatedAt: string;
          contactPublic: boolean;
        }>(
          tx,
          sql`SELECT k.slug, k.host_kind AS "hostKind", k.trades, k.charter_signed_on::text AS charter, k.commune_code AS "communeCode",
                     k.updated_at::text AS "updatedAt", k.contact_public AS "contactPublic",
                     (SELECT string_agg(cc.territory_kind || ':' || cc.territory_code, ',' ORDER BY cc.territory_kind, cc.territory_code) FROM catalyst_coverage cc WHERE cc.catalyst_id = k.id) AS coverage
              FROM catalysts k WHERE k.slug IN ('catalyseur-du-grand-lyon', 'catalyseur-de-saint-etienne', 'catalyseur-fantome', 'catalyseur-de-la-loire') ORDER BY k.slug`,
        );
      const first = await catalystsOf();
      expect(first).toMatchObject([
        {
          slug: "catalyseur-de-saint-etienne",
          hostKind: "universite",
          trades: ["venue"],
          charter: null,
          communeCode: "42218",
          coverage: "commune:42218,departement:42",
        },
        {
          slug: "catalyseur-du-grand-lyon",
          hostKind: "association",
          trades: ["territorial_dialogue", "support"],
          charter: "2024-03-15",
          communeCode: "69123",
          coverage: "commune:01053,intercommunality:200046977",
          contactPublic: true,
        },
      ]);
      expect((await run(tx, { kind: "catalysts" })).counts).toEqual({ created: 0, updated: 0, unchanged: 2, error: 2 });
      expect(await catalystsOf()).toEqual(first);
    });
  });
});

describe("rows found again by their name alone", () => {
  const header = "nom;type;rna;code_insee;themes;description;besoins";
  const importRows = async (db: Executor, rows: string[], options: Partial<ImportOptions> = {}) => {
    const result = await importFile(db, await viewer(db, "admin@alliances.example"), {
      kind: "organisations",
      bytes: Buffer.from(`${header}\n${rows.join("\n")}\n`),
      fileName: "homonymes.csv",
      dryRun: false,
      ...options,
    });
    if (!result.ok) throw new Error(result.error);
    return result.report;
  };
  const named = (db: Executor, name: string) =>
    queryRows<{ slug: string; kind: string; description: string; rna: string | null }>(
      db,
      sql`SELECT slug, kind, description, rna FROM organisations WHERE name = ${name} ORDER BY slug`,
    );

  it("refuses a row without identifier that names several organisations of its commune, naming them and how to choose", async () => {
    await withRollback(handle.db, async (tx) => {
      const twins = await importRows(tx, [
        "Épicerie Solidaire Marseille;association;W133000001;13055;poverty;Une épicerie solidaire du centre-ville.;funding:Des dons pour les achats",
        "Épicerie Solidaire Marseille;association;W133000002;13055;poverty;Une autre épicerie solidaire, au nord.;funding:Des dons pour les achats",
      ]);
      expect(twins.counts).toMatchObject({ created: 2, error: 0 });
      const [first, second] = await named(tx, "Épicerie Solidaire Marseille");

      const report = await importRows(tx, [
        "Épicerie solidaire marseille;association;;13055;poverty;Sans identifiant, laquelle ?;funding:Des dons pour les achats",
      ]);
      expect(report.counts).toMatchObject({ error: 1, updated: 0, created: 0 });
      const reason = reasons(report, 2);
      // The cause is the name, not a SIREN the row does not have; both candidates are named with what picks them.
      expect(reason).toMatch(/^nom: Plusieurs organisations s'appellent « Épicerie solidaire marseille » à Marseille : /);
      expect(reason).not.toMatch(/SIREN :/);
      expect(reason).toContain(`${first!.slug}, RNA W133000001`);
      expect(reason).toContain(`${second!.slug}, RNA W133000002`);
      expect(reason).toMatch(/id_externe/);
      expect((await named(tx, "Épicerie Solidaire Marseille")).map((row) => row.description)).toEqual([first!.description, second!.description]);
    });
  });

  it("updates the one organisation of that name and kind, says so (dry run too), and creates instead for another kind", async () => {
    await withRollback(handle.db, async (tx) => {
      await importRows(tx, [
        "Collectif Tartempion;association;W133000003;13055;Culture & patrimoine;Une association de quartier.;funding:Des dons pour les achats",
      ]);
      const row =
        "Collectif Tartempion;association;;13055;Culture & patrimoine;Une association de quartier, qui ouvre un atelier.;funding:Des dons pour les achats";

      const dry = await importRows(tx, [row], { dryRun: true });
      expect(dry.rows[0]).toMatchObject({ status: "updated", matchedByName: true });
      expect(statusLabel(dry.rows[0]!.status, true, "fr", dry.rows[0]!.matchedByName)).toBe("ok : serait mise à jour (rapprochée par le nom)");
      expect(rowLine(dry.rows[0]!, true)).toContain("(rapprochée par le nom)");
      expect(summaryLine(dry)).toMatch(/Dont 1 rapprochée par le nom/);
      expect((await named(tx, "Collectif Tartempion"))[0]!.description).toBe("Une association de quartier.");

      const done = await importRows(tx, [row]);
      expect(done.rows[0]).toMatchObject({ status: "updated", matchedByName: true });
      expect(await named(tx, "Collectif Tartempion")).toMatchObject([
        { kind: "association", rna: "W133000003", description: "Une association de quartier, qui ouvre un atelier." },
      ]);

      // Another kind of organisation with that name is not the one meant: created beside it, not matched.
      const other = await importRows(tx, [
        "Collectif Tartempion;collectif;;13055;Culture & patrimoine;Un collectif d'habitants du même nom.;funding:Des dons pour les achats",
      ]);
      expect(other.rows[0]).toMatchObject({ status: "created" });
      expect(other.rows[0]!.matchedByName).toBeUndefined();
      expect((await named(tx, "Collectif Tartempion")).map((item) => item.kind).sort()).toEqual(["association", "collectif"]);
    });
  });

  it("with nameMatch off (--no-name-match), a row without identifier always creates", async () => {
    await withRollback(handle.db, async (tx) => {
      await importRows(tx, [
        "Collectif Tartempion;association;W133000003;13055;Culture & patrimoine;Une association de quartier.;funding:Des dons pour les achats",
      ]);
      const report = await importRows(
        tx,
        ["Collectif Tartempion;association;;13055;Culture & patrimoine;Une homonyme, autre association.;funding:Des dons pour les achats"],
        { nameMatch: false },
      );
      expect(report.rows[0]).toMatchObject({ status: "created" });
      expect(report.rows[0]!.matchedByName).toBeUndefined();
      expect((await named(tx, "Collectif Tartempion")).map((item) => item.description)).toEqual(
        expect.arrayContaining(["Une association de quartier.", "Une homonyme, autre association."]),
      );
      const audit = await queryRows<{ changes: { nameMatch: boolean } }>(
        tx,
        sql`SELECT changes FROM audit_log WHERE action = 'import.organisations' ORDER BY created_at DESC, id DESC LIMIT 1`,
      );
      expect(audit[0]!.changes.nameMatch).toBe(false);
    });
  });
});
