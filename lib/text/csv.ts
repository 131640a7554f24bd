// CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields quoted only when they must be.
// Pure module: the observatory's downloads use it, and anything else that exports a table can.

export type CsvValue = string | number | null | undefined;

function csvField(value: CsvValue, separator: string): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row, then one line per row, each ending with CRLF (`;` for files meant for a French Excel). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], separator: "," | ";" = ","): string {
  return [header, ...rows].map((row) => row.map((value) => csvField(value, separator)).join(separator) + "\r\n").join("");
}
