"use server";
// The admin upload of a CSV file: checks the form, then lib/import/import-file.ts does the rest, admin check included.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDatabase } from "@/lib/server/db";
import { getLocale } from "@/lib/i18n/locale";
import { IMPORT_KINDS, type ImportKind } from "@/lib/import/columns";
import { importFile, MAX_UPLOAD_BYTES, type ImportReport } from "@/lib/import/import-file";
import { getImportMessages } from "@/lib/import/messages";
import { getViewer } from "@/lib/auth/session";
import { assertFormData, assertState } from "@/lib/server/http/action-arguments";
import { ForbiddenError } from "@/lib/server/errors";
import { logIfRefused } from "@/lib/server/http/answers";

/** Rows sent back to the page: all of them for a small file, else the errors only (the counts say the rest). */
const MAX_ROWS_SHOWN = 500;

export interface ImportFormState {
  kind: ImportKind;
  dryRun: boolean;
  /** Rows without an identifier update the organisation of the same name in their commune (lib/import). */
  nameMatch: boolean;
  errors?: Record<string, string>;
  /** `matchedByName`: how many rows were found again by their name alone (the table may list only some of them). */
  report?: ImportReport & { rowsTruncated: boolean; matchedByName: number };
  attempt?: number;
}

const form = z.object({ kind: z.enum(IMPORT_KINDS), dryRun: z.boolean() });

export async function importAction(previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  assertState(previous);
  assertFormData(formData);
  const messages = getImportMessages(await getLocale()).upload;
  const parsed = form.safeParse({ kind: formData.get("kind"), dryRun: formData.get("dryRun") === "on" });
  const kept = {
    kind: parsed.success ? parsed.data.kind : previous.kind,
    dryRun: formData.get("dryRun") === "on",
    nameMatch: formData.get("nameMatch") === "on",
    attempt: (previous.attempt ?? 0) + 1,
  };
  const file = formData.get("file");
  const errors: Record<string, string> = {};
  if (!parsed.success) errors.kind = messages.kind;
  if (!(file instanceof File) || file.size === 0) errors.file = messages.file;
  else if (file.size > MAX_UPLOAD_BYTES) errors.file = messages.tooBig(Math.floor(MAX_UPLOAD_BYTES / 1024));
  if (!parsed.success || Object.keys(errors).length || !(file instanceof File)) return { ...kept, errors };

  try {
    const result = await importFile(await getDatabase(), await getViewer(), {
      kind: parsed.data.kind,
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name.slice(0, 200),
      dryRun: parsed.data.dryRun,
      nameMatch: kept.nameMatch,
    });
    if (!result.ok) return { ...kept, errors: { file: result.error } };
    const { report } = result;
    if (!report.dryRun) revalidatePath("/", "layout");
    const rowsTruncated = report.rows.length > MAX_ROWS_SHOWN;
    // A long file lists what needs looking at: the errors, and the rows matched by their name alone.
    const rows = rowsTruncated ? report.rows.filter((row) => row.status === "error" || row.matchedByName).slice(0, MAX_ROWS_SHOWN) : report.rows;
    const matchedByName = report.rows.filter((row) => row.matchedByName).length;
    return { ...kept, report: { ...report, rows, rowsTruncated, matchedByName } };
  } catch (error) {
    logIfRefused(error);
    if (error instanceof ForbiddenError) return { ...kept, errors: { form: messages.forbidden } };
    throw error;
  }
}
