// Texts of the CSV import page and its upload, French first. The form's words are plain strings (the form is a
// client component); the columns' descriptions stay with the columns (columns.ts).
import type { RowStatus } from "./import-file";
import type { Locale } from "../i18n/messages";

const fr = {
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
    dryRun: "Essai à blanc",
    dryRunHint: "Vérifie chaque ligne et dit ce qui serait créé ou mis à jour, sans rien enregistrer. Décochez pour importer pour de bon.",
    nameMatch: "Rapprocher par le nom les lignes sans identifiant",
    nameMatchHint:
      "Une ligne sans id_externe, SIRET, SIREN ni RNA met à jour l'organisation du même nom et du même type dans sa commune, et le compte rendu le dit. Décochez pour créer une nouvelle organisation à chaque fois.",
    submit: "Envoyer le fichier",
    reportTitle: "Compte rendu",
    dryRunNotice: "Essai à blanc : rien n'a été enregistré. Décochez « Essai à blanc » et renvoyez le fichier pour importer les lignes correctes.",
    summary: "{total} lignes : {created} créations, {updated} mises à jour, {unchanged} inchangées, {error} en erreur.",
    matchedByNameCount: "Dont {count} rapprochée(s) par le nom, sans identifiant : vérifiez-les dans le tableau.",
    ignoredColumns: "Colonnes inconnues, ignorées :",
    interrupted: "Import interrompu ; les lots précédents sont enregistrés, rien du lot en cours :",
    truncated: "Fichier long : seules les lignes en erreur ou rapprochées par le nom sont listées.",
    line: "Ligne",
    name: "Nom",
    result: "Résultat",
    reasons: "Raisons",
  },
  /** Under the file input: the size the upload takes. */
  fileHint: (maxKb: number) =>
    `${maxKb} Ko au plus (les envois de plus de 1 Mo sont refusés). Pour un fichier plus gros, découpez-le ou utilisez la ligne de commande.`,
  /** What the upload answers when the form cannot be sent on. */
  upload: {
    kind: "Choisissez ce que contient le fichier",
    file: "Choisissez un fichier CSV",
    tooBig: (maxKb: number) => `Fichier trop volumineux : ${maxKb} Ko au plus. Découpez-le, ou importez-le en ligne de commande.`,
    forbidden: "L'import est réservé aux administrateurs.",
  },
  /** A row's outcome, on the page and on the command line: done, or what a dry run would do. */
  statuses: {
    created: { run: "ok : créée", dryRun: "ok : serait créée" },
    updated: { run: "ok : mise à jour", dryRun: "ok : serait mise à jour" },
    unchanged: { run: "ok : inchangée", dryRun: "ok : inchangée" },
    error: { run: "erreur", dryRun: "erreur" },
  } satisfies Record<RowStatus, { run: string; dryRun: string }>,
  /** After a status, for a row found again by its name alone. */
  matchedByName: "(rapprochée par le nom)",
};

export type ImportMessages = typeof fr;

const en: ImportMessages = {
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
    dryRun: "Dry run",
    dryRunHint: "Checks every row and says what would be created or updated, without saving anything. Untick to import for real.",
    nameMatch: "Match rows without an identifier by name",
    nameMatchHint:
      "A row without id_externe, SIRET, SIREN or RNA updates the organisation of the same name and kind in its commune, and the report says so. Untick to create a new organisation every time.",
    submit: "Send the file",
    reportTitle: "Report",
    dryRunNotice: "Dry run: nothing was saved. Untick “Dry run” and send the file again to import the correct rows.",
    summary: "{total} rows: {created} created, {updated} updated, {unchanged} unchanged, {error} with errors.",
    matchedByNameCount: "Of which {count} matched by name, without an identifier: check them in the table.",
    ignoredColumns: "Unknown columns, ignored:",
    interrupted: "Import interrupted; earlier batches are saved, nothing of the current one:",
    truncated: "Long file: only the rows with errors or matched by name are listed.",
    line: "Row",
    name: "Name",
    result: "Result",
    reasons: "Reasons",
  },
  fileHint: (maxKb: number) => `${maxKb} KB at most (uploads over 1 MB are refused). For a larger file, split it or use the command line.`,
  upload: {
    kind: "Choose what the file holds",
    file: "Choose a CSV file",
    tooBig: (maxKb: number) => `File too large: ${maxKb} KB at most. Split it, or import it from the command line.`,
    forbidden: "Importing is for administrators only.",
  },
  statuses: {
    created: { run: "ok: created", dryRun: "ok: would be created" },
    updated: { run: "ok: updated", dryRun: "ok: would be updated" },
    unchanged: { run: "ok: unchanged", dryRun: "ok: unchanged" },
    error: { run: "error", dryRun: "error" },
  },
  matchedByName: "(matched by name)",
};

export function getImportMessages(locale: Locale): ImportMessages {
  return locale === "en" ? en : fr;
}
