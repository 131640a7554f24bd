// Reading spreadsheet cells: yes/no, lists separated by `|`, vocabulary written as a code or as its label, and
// zod errors turned into "column: message". Pure: no db, no next.
import type { z } from "zod";
import type { Label } from "@/lib/shared/vocabulary";
import { slugify } from "@/lib/shared/slug";

export interface RowError {
  column: string;
  message: string;
}

const YES = new Set(["oui", "o", "x", "1", "vrai", "yes", "y", "true"]);
const NO = new Set(["", "non", "n", "0", "faux", "no", "false"]);

/** "oui" / "non" and their usual spellings; undefined for anything else. */
export function parseYesNo(cell: string): boolean | undefined {
  const value = slugify(cell).replace(/-/g, "");
  if (cell.trim() === "") return false;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

/** A yes/no cell; anything else is reported and read as no. */
export function yesNoCell(cell: string, column: string, errors: RowError[]): boolean {
  const value = parseYesNo(cell);
  if (value === undefined) errors.push({ column, message: `écrivez oui ou non (et non « ${cell.trim()} »)` });
  return value ?? false;
}

/** Items of a list cell ("a | b|c"), empty items dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split("|")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The stored value for a cell written as the code ("youth") or as its French or English label ("Jeunesse"). */
export function matchVocabulary<T extends string>(cell: string, labels: Record<T, Label>): T | undefined {
  const wanted = slugify(cell);
  for (const [code, label] of Object.entries(labels) as [T, Label][]) {
    if (slugify(code) === wanted || slugify(label.fr) === wanted || slugify(label.en) === wanted) return code;
  }
  return undefined;
}

/** One vocabulary cell: its code, undefined when empty or unknown (then reported with the accepted codes). */
export function vocabularyCell<T extends string>(cell: string, labels: Record<T, Label>, column: string, errors: RowError[]): T | undefined {
  if (!cell.trim()) return undefined;
  const code = matchVocabulary(cell, labels);
  if (!code) errors.push({ column, message: `valeur inconnue « ${cell.trim()} » (valeurs possibles : ${Object.keys(labels).join(", ")})` });
  return code;
}

/** Several vocabulary values; an unknown one is reported with the accepted codes. */
export function matchVocabularyList<T extends string>(cell: string, labels: Record<T, Label>, column: string, errors: RowError[]): T[] {
  const values: T[] = [];
  for (const item of splitList(cell)) {
    const code = vocabularyCell(item, labels, column, errors);
    if (code) values.push(code);
  }
  return [...new Set(values)];
}

/**
 * Adds a zod error's issues as column errors, through a map from the schema's field names to the file's columns;
 * a column already reported (an unknown value, say) is not reported twice.
 */
export function addColumnErrors(errors: RowError[], error: z.ZodError, columns: Record<string, string>): void {
  const reported = new Set(errors.map((item) => item.column));
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    const column = columns[field] ?? field;
    if (!reported.has(column)) errors.push({ column, message: issue.message });
  }
}
