// The admin import page: upload a CSV file of organisations or catalysts (dry run first), with the documented
// columns and the templates. The import itself checks that the viewer is an admin (lib/import/import-file.ts).
import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { COLUMNS, IMPORT_KINDS } from "@/lib/import/columns";
import { MAX_UPLOAD_BYTES } from "@/lib/import/import-file";
import { ImportForm, type ImportFormLabels } from "./import-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Import CSV", robots: { index: false } };
}

const maxKb = Math.floor(MAX_UPLOAD_BYTES / 1024);

const TEXTS = {
  fr: {
    title: "Importer depuis un tableur",
    intro:
      "Un fichier CSV exporté d'Excel, LibreOffice ou Google Sheets : UTF-8 avec ou sans BOM, séparateur « ; » ou « , » (détecté), une ligne d'en-tête qui nomme les colonnes. Chaque ligne est vérifiée avec les mêmes règles que le formulaire d'inscription. Les organisations importées sont publiées. Réimporter le même fichier ne change rien : une ligne est reconnue par son id_externe, son SIRET, son SIREN ou son RNA (à défaut, son nom dans sa commune ; un catalyseur, par son nom).",
    templates: "Modèles à télécharger :",
    columnsTitle: "Colonnes",
    column: "Colonne",
    required: "Obligatoire",
    yes: "oui",
    meaning: "Contenu",
    commandLine: "Pour un fichier plus gros, en ligne de commande :",
    form: {
      kind: "Le fichier contient",
      kinds: { organisations: "des organisations", catalysts: "des catalyseurs" },
      file: "Fichier CSV",
      fileHint: `${maxKb} Ko au plus (les envois de plus de 1 Mo sont refusés). Pour un fichier plus gros, découpez-le ou utilisez la ligne de commande.`,
      dryRun: "Essai à blanc",
      dryRunHint: "Vérifie chaque ligne et dit ce qui serait créé ou mis à jour, sans rien enregistrer. Décochez pour importer pour de bon.",
      submit: "Envoyer le fichier",
      reportTitle: "Compte rendu",
      dryRunNotice: "Essai à blanc : rien n'a été enregistré. Décochez « Essai à blanc » et renvoyez le fichier pour importer les lignes correctes.",
      summary: "{total} lignes : {created} créations, {updated} mises à jour, {unchanged} inchangées, {error} en erreur.",
      ignoredColumns: "Colonnes inconnues, ignorées :",
      interrupted: "Import interrompu ; les lots précédents sont enregistrés, rien du lot en cours :",
      truncated: "Fichier long : seules les lignes en erreur sont listées.",
      line: "Ligne",
      name: "Nom",
      result: "Résultat",
      reasons: "Raisons",
    },
  },
  en: {
    title: "Import from a spreadsheet",
    intro:
      "A CSV file exported from Excel, LibreOffice or Google Sheets: UTF-8 with or without a BOM, “;” or “,” separators (detected), a header row naming the columns. Each row is checked with the same rules as the registration form. Imported organisations are published. Importing the same file again changes nothing: a row is recognised by its id_externe, SIRET, SIREN or RNA (failing those, its name in its commune; a catalyst, by its name).",
    templates: "Templates to download:",
    columnsTitle: "Columns",
    column: "Column",
    required: "Required",
    yes: "yes",
    meaning: "Content",
    commandLine: "For a larger file, from the command line:",
    form: {
      kind: "The file holds",
      kinds: { organisations: "organisations", catalysts: "catalysts" },
      file: "CSV file",
      fileHint: `${maxKb} KB at most (uploads over 1 MB are refused). For a larger file, split it or use the command line.`,
      dryRun: "Dry run",
      dryRunHint: "Checks every row and says what would be created or updated, without saving anything. Untick to import for real.",
      submit: "Send the file",
      reportTitle: "Report",
      dryRunNotice: "Dry run: nothing was saved. Untick “Dry run” and send the file again to import the correct rows.",
      summary: "{total} rows: {created} created, {updated} updated, {unchanged} unchanged, {error} with errors.",
      ignoredColumns: "Unknown columns, ignored:",
      interrupted: "Import interrupted; earlier batches are saved, nothing of the current one:",
      truncated: "Long file: only the rows with errors are listed.",
      line: "Row",
      name: "Name",
      result: "Result",
      reasons: "Reasons",
    },
  },
} satisfies Record<"fr" | "en", { form: ImportFormLabels } & Record<string, unknown>>;

export default async function ImportPage() {
  const locale = await getLocale();
  const text = TEXTS[locale];
  return (
    <section className="account-page">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <p>
        {text.templates}{" "}
        {IMPORT_KINDS.map((kind, index) => (
          <span key={kind}>
            {index ? " · " : ""}
            <a href={`/admin/import/template/${kind}`} download>
              {text.form.kinds[kind]} (CSV)
            </a>
          </span>
        ))}
      </p>
      <ImportForm labels={text.form} locale={locale} />
      <p className="muted">
        {text.commandLine} <code>npm run import -- organisations fichier.csv --as vous@exemple.fr --dry-run</code>
      </p>
      <h2>{text.columnsTitle}</h2>
      {IMPORT_KINDS.map((kind) => (
        <details key={kind}>
          <summary>{text.form.kinds[kind]}</summary>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{text.column}</th>
                  <th scope="col">{text.required}</th>
                  <th scope="col">{text.meaning}</th>
                </tr>
              </thead>
              <tbody>
                {COLUMNS[kind].map((column) => (
                  <tr key={column.key}>
                    <td>
                      <code>{column.key}</code>
                    </td>
                    <td>{column.required ? text.yes : ""}</td>
                    <td>{column.description[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}
