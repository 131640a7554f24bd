import { describe, expect, it } from "vitest";
import { FRENCH_SPREADSHEET, csvLine, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(
      toCsv(
        ["code", "alliances"],
        [
          ["84", 12],
          ["11", 0],
        ],
      ),
    ).toBe("code,alliances\r\n84,12\r\n11,0\r\n");
  });

  it("quotes fields holding a comma, a quote or a line break, and leaves empty values empty", () => {
    expect(
      toCsv(
        ["a", "b", "c"],
        [
          ["Provence-Alpes-Côte d'Azur, Corse", 'dit "oui"', null],
          ["deux\nlignes", undefined, 3],
        ],
      ),
    ).toBe('a,b,c\r\n"Provence-Alpes-Côte d\'Azur, Corse","dit ""oui""",\r\n"deux\nlignes",,3\r\n');
  });

  it("writes a header alone when there is no row", () => {
    expect(toCsv(["month", "alliances_started"], [])).toBe("month,alliances_started\r\n");
  });
});

describe("the French spreadsheet dialect", () => {
  it("separates with semicolons and quotes fields holding one, but not commas", () => {
    expect(toCsv(["nom", "thèmes"], [["Café; librairie", "jeunesse, éducation"]], FRENCH_SPREADSHEET)).toBe(
      'nom;thèmes\r\n"Café; librairie";jeunesse, éducation\r\n',
    );
  });

  it("keeps text that a spreadsheet would run as a formula from being one, and leaves numbers alone", () => {
    expect(csvLine(['=HYPERLINK("http://x")', "@SUM(A1)", "+33 1", -1.68, "ok"], FRENCH_SPREADSHEET)).toBe(
      `"'=HYPERLINK(""http://x"")";'@SUM(A1);'+33 1;-1.68;ok\r\n`,
    );
  });

  it("writes booleans as true / false", () => {
    expect(csvLine([true, false, null], FRENCH_SPREADSHEET)).toBe("true;false;\r\n");
  });
});
