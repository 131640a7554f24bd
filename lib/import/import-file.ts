// Importing a CSV file of organisations or catalysts, for the command line and the admin page alike: every row is
// checked first (the forms' schemas, the commune, duplicates inside the file), then the good rows are written in
// batches, each batch in its own transaction so that a crash never leaves half of one. A dry run does the same
// inside a transaction it rolls back, so its report says exactly what a real run would do.
import "server-only";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import { requireAdmin } from "@/lib/admin/access";
import type { CommuneSummary } from "@/lib/territories/territories";
import type { Viewer } from "@/lib/auth/viewer";
import type { RowError } from "./cells";
import { parseCatalystRow, type CatalystImport } from "./catalyst-row";
import { COLUMNS, type ImportKind } from "./columns";
import { communeResolver } from "./communes";
import { readCsv, type CsvRow } from "./csv-file";
import { parseOrganisationRow, type OrganisationImport } from "./organisation-row";
import { catalystKey, unknownTerritories, writeCatalyst } from "./write-catalyst";
import { organisationKey, writeOrganisation } from "./write-organisation";
import type { WriteOutcome } from "./write-outcome";

/** What the admin page accepts: below the 1 MB bodies the proxy and server actions take, with room for the form. */
export const MAX_UPLOAD_BYTES = 900 * 1024;
export const DEFAULT_BATCH_SIZE = 100;

export type RowStatus = "created" | "updated" | "unchanged" | "error";

export interface RowReport {
  line: number;
  name: string;
  status: RowStatus;
  errors: RowError[];
  /** Found again by its name in its commune, the row carrying no identifier: "mise à jour (rapprochée par le nom)". */
  matchedByName?: boolean;
}

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  fileName: string;
  separator: ";" | ",";
  encoding: string;
  total: number;
  counts: Record<RowStatus, number>;
  rows: RowReport[];
  /** Columns the file has that the import does not know (ignored). */
  ignoredColumns: string[];
  /** Set when a batch failed: that batch and the rows after it were not written. */
  interrupted: string | null;
}

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; error: string };

export interface ImportProgress {
  phase: "checking" | "writing";
  done: number;
  total: number;
}

export interface ImportOptions {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName: string;
  dryRun: boolean;
  batchSize?: number;
  /**
   * Whether a row without any identifier may update the organisation of the same name in its commune (default yes;
   * `--no-name-match` on the command line): off, such a row always creates a new organisation.
   */
  nameMatch?: boolean;
  /** Called after each row; an exception thrown here stops the import like a crash would. */
  onProgress?: (progress: ImportProgress) => void;
}

type Checked = { row: CsvRow; report: RowReport; value?: { data: OrganisationImport | CatalystImport; commune: CommuneSummary } };

function separatorMismatch(row: CsvRow, separator: ";" | ",", columnCount: number): RowError | null {
  const other = separator === ";" ? "," : ";";
  const only = Object.values(row.values)[0] ?? "";
  if (row.cellCount === 1 && columnCount > 2 && only.includes(other)) {
    return {
      column: "ligne",
      message: `Cette ligne est séparée par « ${other} » alors que le fichier utilise « ${separator} » : réenregistrez-la avec « ${separator} »`,
    };
  }
  if (row.cellCount > columnCount)
    return {
      column: "ligne",
      message: `${row.cellCount} cellules pour ${columnCount} colonnes : un « ${separator} » en trop, ou un texte à mettre entre guillemets ?`,
    };
  return null;
}

async function checkRows(
  db: Executor,
  kind: ImportKind,
  rows: CsvRow[],
  separator: ";" | ",",
  columnCount: number,
  onProgress?: ImportOptions["onProgress"],
): Promise<Checked[]> {
  const resolveCommune = communeResolver(db);
  const seen = new Map<string, number>();
  const checked: Checked[] = [];
  for (const row of rows) {
    const report: RowReport = { line: row.line, name: row.values.nom?.trim() ?? "", status: "error", errors: [] };
    checked.push({ row, report });
    const mismatch = separatorMismatch(row, separator, columnCount);
    if (mismatch) {
      report.errors.push(mismatch);
    } else {
      const parsed = kind === "organisations" ? parseOrganisationRow(row.values) : parseCatalystRow(row.values);
      const answer = parsed.ok ? await resolveCommune(parsed.value.commune) : null;
      if (!parsed.ok) report.errors.push(...parsed.errors);
      else if (answer && !answer.ok) report.errors.push(answer.error);
      else if (answer?.ok) {
        const data = parsed.value;
        if ("coverage" in data) report.errors.push(...(await unknownTerritories(db, data.coverage)));
        const { key, label } = "coverage" in data ? catalystKey(data) : organisationKey(data, answer.commune.code);
        const first = seen.get(key);
        if (first !== undefined) report.errors.push({ column: "ligne", message: `Doublon de la ligne ${first} (${label}) : ligne ignorée` });
        else seen.set(key, row.line);
        if (!report.errors.length) checked[checked.length - 1]!.value = { data, commune: answer.commune };
      }
    }
    onProgress?.({ phase: "checking", done: checked.length, total: rows.length });
  }
  return checked;
}

async function writeBatches(
  db: Executor,
  kind: ImportKind,
  good: Checked[],
  batchSize: number,
  nameMatch: boolean,
  onProgress?: ImportOptions["onProgress"],
): Promise<string | null> {
  const now = new Date();
  for (let start = 0; start < good.length; start += batchSize) {
    const batch = good.slice(start, start + batchSize);
    let outcomes: WriteOutcome[];
    try {
      outcomes = await db.transaction(async (tx) => {
        const written: WriteOutcome[] = [];
        for (const [index, item] of batch.entries()) {
          const { data, commune } = item.value!;
          written.push(
            kind === "organisations"
              ? await writeOrganisation(tx, data as OrganisationImport, commune, now, { nameMatch })
              : await writeCatalyst(tx, data as CatalystImport, commune, now),
          );
          onProgress?.({ phase: "writing", done: start + index + 1, total: good.length });
        }
        return written;
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const item of batch) {
        item.report.status = "error";
        item.report.errors.push({ column: "ligne", message: `Lot annulé, rien de ce lot n'est enregistré : ${reason}` });
      }
      for (const item of good.slice(start + batchSize)) {
        item.report.status = "error";
        item.report.errors.push({ column: "ligne", message: "Non importée : l'import s'est arrêté sur une erreur au lot précédent" });
      }
      return reason;
    }
    outcomes.forEach((outcome, index) => {
      const report = batch[index]!.report;
      report.status = outcome.status;
      if (outcome.status === "error") report.errors.push(outcome.error);
      else if (outcome.matchedByName) report.matchedByName = true;
    });
  }
  return null;
}

/**
 * Imports a CSV file (admins only). Returns a report per row; the file itself being unreadable or missing a
 * required column is the only reason for `{ ok: false }`.
 */
/** Thrown at the end of a dry run's transaction to roll it back. */
class DryRunFinished extends Error {}

export async function importFile(db: Executor, viewer: Viewer | null, options: ImportOptions): Promise<ImportResult> {
  const admin = requireAdmin(viewer);
  const file = readCsv(options.bytes);
  if (!file.ok) return { ok: false, error: file.error };
  const columns = COLUMNS[options.kind];
  const missing = columns.filter((column) => column.required && !file.header.includes(column.key)).map((column) => column.key);
  if (missing.length) {
    return { ok: false, error: `Colonnes obligatoires absentes : ${missing.join(", ")}. La première ligne doit nommer les colonnes comme le modèle.` };
  }
  const known = new Set(columns.map((column) => column.key));
  const ignoredColumns = file.header.filter((key) => !known.has(key) && key !== "sans_nom");

  const checked = await checkRows(db, options.kind, file.rows, file.separator, file.header.length, options.onProgress);
  const good = checked.filter((item) => item.value);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const nameMatch = options.nameMatch ?? true;
  let interrupted: string | null = null;
  if (options.dryRun) {
    try {
      await db.transaction(async (tx) => {
        interrupted = await writeBatches(tx, options.kind, good, batchSize, nameMatch, options.onProgress);
        // Our own error, not tx.rollback(): drizzle's rollback error is a class that a bundled build may hold in two
        // copies, where `instanceof` no longer recognises it.
        throw new DryRunFinished();
      });
    } catch (error) {
      if (!(error instanceof DryRunFinished)) throw error;
    }
  } else {
    interrupted = await writeBatches(db, options.kind, good, batchSize, nameMatch, options.onProgress);
  }

  const rows = checked.map((item) => item.report);
  const counts: Record<RowStatus, number> = { created: 0, updated: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.status] += 1;
  const report: ImportReport = {
    kind: options.kind,
    dryRun: options.dryRun,
    fileName: options.fileName,
    separator: file.separator,
    encoding: file.encoding,
    total: rows.length,
    counts,
    rows,
    ignoredColumns,
    interrupted,
  };
  if (!options.dryRun) {
    await db.insert(auditLog).values({
      actorUserId: admin.id,
      action: `import.${options.kind}`,
      entityType: options.kind === "organisations" ? "organisation" : "catalyst",
      changes: {
        fileName: options.fileName.slice(0, 200),
        total: report.total,
        ...counts,
        matchedByName: rows.filter((row) => row.matchedByName).length,
        nameMatch,
        interrupted,
      },
    });
  }
  return { ok: true, report };
}
