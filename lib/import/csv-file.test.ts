import { describe, expect, it } from "vitest";
import { readCsv } from "./csv-file";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readCsv", () => {
  it("reads a French Excel export: BOM, `;`, quoted cells holding `;` and quotes, accented headers", () => {
    const file = readCsv(
      bytes('\uFEFFNom;Thèmes;Code INSEE\r\n"Café; ""Le Lien""";"Jeunesse|Santé";69123\r\n;;\r\nÉcole\nde la 2e chance;education;"2A004"\r\n'),
    );
    expect(file).toMatchObject({ ok: true, separator: ";", encoding: "utf-8", header: ["nom", "themes", "code_insee"] });
    if (!file.ok) return;
    // The blank row 3 is skipped but counted, as the spreadsheet numbers it; in a CRLF file a bare LF is a line
    // break inside a cell, as Excel writes it.
    expect(file.rows.map((row) => [row.line, row.values.nom, row.values.code_insee])).toEqual([
      [2, 'Café; "Le Lien"', "69123"],
      [4, "École\nde la 2e chance", "2A004"],
    ]);
  });

  it("keeps a quoted line break inside its cell and its row", () => {
    const file = readCsv(bytes('nom,description\nA,"ligne un\nligne deux"\nB,x\n'));
    expect(file.ok && file.rows.map((row) => [row.line, row.values.description])).toEqual([
      [2, "ligne un\nligne deux"],
      [3, "x"],
    ]);
  });

  it("detects `,` when the header has more commas than semicolons, and reads Windows-1252", () => {
    const latin1 = Uint8Array.from([..."nom,commune\nH\xF4tel de ville,Besan\xE7on\n"].map((character) => character.charCodeAt(0)));
    const file = readCsv(latin1);
    expect(file).toMatchObject({ ok: true, separator: ",", encoding: "windows-1252" });
    expect(file.ok && file.rows[0]!.values).toEqual({ nom: "Hôtel de ville", commune: "Besançon" });
  });

  it("refuses an empty file", () => {
    expect(readCsv(bytes("\uFEFF  \r\n"))).toEqual({ ok: false, error: "Le fichier est vide." });
  });
});
