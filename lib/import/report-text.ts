// An import report in words: one line per row for the command line, and the status labels the admin page shows.
// Pure: no db, no next.
import type { ImportReport, RowReport, RowStatus } from "./import-file";
import { getImportMessages } from "./messages";

/** A row's outcome in words (lib/import/messages.ts); the command line reads French. */
export function statusLabel(status: RowStatus, dryRun: boolean, locale: "fr" | "en" = "fr", matchedByName = false): string {
  const messages = getImportMessages(locale);
  const label = messages.statuses[status][dryRun ? "dryRun" : "run"];
  return matchedByName && status !== "error" ? `${label} ${messages.matchedByName}` : label;
}

/** "ligne 4 (Atelier Solidaire) : erreur — siret : Ce SIRET n'est pas valide…; commune : …" */
export function rowLine(row: RowReport, dryRun: boolean): string {
  const name = row.name ? ` (${row.name.replace(/\s+/g, " ").slice(0, 60)})` : "";
  const reasons = row.errors.map((error) => `${error.column} : ${error.message}`).join(" ; ");
  return `ligne ${row.line}${name} : ${statusLabel(row.status, dryRun, "fr", row.matchedByName)}${reasons ? ` — ${reasons}` : ""}`;
}

export function summaryLine(report: ImportReport): string {
  const { counts } = report;
  const verb = report.dryRun ? "Essai à blanc, rien n'est enregistré" : "Import terminé";
  const byName = report.rows.filter((row) => row.matchedByName).length;
  const guessed = byName
    ? ` Dont ${byName} rapprochée${byName > 1 ? "s" : ""} par le nom (sans identifiant) : vérifiez-les, ou relancez avec --no-name-match.`
    : "";
  return `${verb} : ${report.total} lignes, ${counts.created} créations, ${counts.updated} mises à jour, ${counts.unchanged} inchangées, ${counts.error} en erreur.${guessed}`;
}
