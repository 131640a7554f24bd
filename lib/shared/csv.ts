// CSV in two dialects: RFC 4180 (comma) for the observatory's open data, and the one French spreadsheets open
// without an import dialog (semicolon, UTF-8 with a byte-order mark). CRLF line ends; fields quoted only when they
// must be. Pure module: anything that exports a table can use it.

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvDialect {
  separator: "," | ";";
  /**
   * Text cells starting with = + - @ (or a tab / carriage return) are prefixed with an apostrophe, so a spreadsheet
   * shows them instead of running them as formulas (CSV injection). Numbers are written as they are.
   */
  guardFormulas: boolean;
}

export const RFC_4180: CsvDialect = { separator: ",", guardFormulas: false };
export const FRENCH_SPREADSHEET: CsvDialect = { separator: ";", guardFormulas: true };

/** Written first, it tells Excel the file is UTF-8 (otherwise accents come out garbled). */
export const UTF8_BOM = "\uFEFF";

function csvField(value: CsvValue, dialect: CsvDialect): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "boolean" ? (value ? "true" : "false") : String(value);
  if (dialect.guardFormulas && typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const mustQuote = text.includes(dialect.separator) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, ending with CRLF. */
export function csvLine(row: readonly CsvValue[], dialect: CsvDialect = RFC_4180): string {
  return row.map((value) => csvField(value, dialect)).join(dialect.separator) + "\r\n";
}

/** The whole file: a header row, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], dialect: CsvDialect = RFC_4180): string {
  return [header, ...rows].map((row) => csvLine(row, dialect)).join("");
}
