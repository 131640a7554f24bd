// Reads a spreadsheet's CSV export as French offices produce it: UTF-8 with or without a BOM (or Windows-1252 from
// an older Excel), `;` or `,` between fields, quoted fields that may hold separators and line breaks.
// Pure: no db, no next.
import { parse } from "csv-parse/sync";
import { slugify } from "@/lib/shared/slug";

export interface CsvRow {
  /** The row's number as a spreadsheet shows it: the header is row 1, a cell with line breaks stays one row. */
  line: number;
  values: Record<string, string>;
  /** Cells beyond or short of the header's count: the row was probably typed with another separator. */
  cellCount: number;
}

export type CsvFile = { ok: true; separator: ";" | ","; encoding: "utf-8" | "windows-1252"; header: string[]; rows: CsvRow[] } | { ok: false; error: string };

/** A column name as typed ("Code INSEE", "Thèmes ") → its canonical key ("code_insee", "themes"). */
export function columnKey(header: string): string {
  return slugify(header, 60).replace(/-/g, "_");
}

function decode(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: Excel's "CSV (séparateur: point-virgule)" writes Windows-1252.
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** The separator of the header line: whichever of `;` and `,` appears more often outside quotes. */
export function detectSeparator(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === "\n" || character === "\r")) break;
    else if (!quoted && character === ";") semicolons += 1;
    else if (!quoted && character === ",") commas += 1;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : ",";
}

export function readCsv(bytes: Uint8Array): CsvFile {
  const { text: raw, encoding } = decode(bytes);
  const text = raw.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, error: "Le fichier est vide." };
  const separator = detectSeparator(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, trim: true, skip_empty_lines: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Le fichier n'est pas un CSV lisible (${message}).` };
  }
  const [headerCells = [], ...body] = records;
  const header = headerCells.map(columnKey);
  if (header.every((key) => key === "sans_nom")) return { ok: false, error: "La première ligne doit nommer les colonnes." };
  const rows: CsvRow[] = [];
  body.forEach((cells, index) => {
    // Blank spreadsheet rows come out as ";;;" or as an empty line: skipped, but the numbering keeps counting them.
    if (cells.every((cell) => cell === "")) return;
    const values: Record<string, string> = {};
    header.forEach((key, column) => {
      if (key !== "sans_nom" && values[key] === undefined) values[key] = cells[column] ?? "";
    });
    rows.push({ line: index + 2, values, cellCount: cells.length });
  });
  return { ok: true, separator, encoding, header, rows };
}
