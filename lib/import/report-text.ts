// An import report in words: one line per row for the command line, and the status labels the admin page shows.
// Pure: no db, no next.
import type { Label } from "@/lib/shared/vocabulary";
import type { ImportReport, RowReport, RowStatus } from "./import-file";

export const STATUS_LABELS: Record<RowStatus, { run: Label; dryRun: Label }> = {
  created: { run: { fr: "ok : créée", en: "ok: created" }, dryRun: { fr: "ok : serait créée", en: "ok: would be created" } },
  updated: { run: { fr: "ok : mise à jour", en: "ok: updated" }, dryRun: { fr: "ok : serait mise à jour", en: "ok: would be updated" } },
  unchanged: { run: { fr: "ok : inchangée", en: "ok: unchanged" }, dryRun: { fr: "ok : inchangée", en: "ok: unchanged" } },
  error: { run: { fr: "erreur", en: "error" }, dryRun: { fr: "erreur", en: "error" } },
};

export function statusLabel(status: RowStatus, dryRun: boolean, locale: "fr" | "en" = "fr"): string {
  return STATUS_LABELS[status][dryRun ? "dryRun" : "run"][locale];
}

/** "ligne 4 (Atelier Solidaire) : erreur — siret : Ce SIRET n'est pas valide…; commune : …" */
export function rowLine(row: RowReport, dryRun: boolean): string {
  const name = row.name ? ` (${row.name.replace(/\s+/g, " ").slice(0, 60)})` : "";
  const reasons = row.errors.map((error) => `${error.column} : ${error.message}`).join(" ; ");
  return `ligne ${row.line}${name} : ${statusLabel(row.status, dryRun)}${reasons ? ` — ${reasons}` : ""}`;
}

export function summaryLine(report: ImportReport): string {
  const { counts } = report;
  const verb = report.dryRun ? "Essai à blanc, rien n'est enregistré" : "Import terminé";
  return `${verb} : ${report.total} lignes, ${counts.created} créations, ${counts.updated} mises à jour, ${counts.unchanged} inchangées, ${counts.error} en erreur.`;
}
