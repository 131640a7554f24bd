import { describe, expect, it } from "vitest";
import { escapeHtml } from "./html";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and in attributes quoted either way", () => {
    expect(escapeHtml(`Tom & Jerry <b>"l'atelier"</b>`)).toBe("Tom &amp; Jerry &lt;b&gt;&quot;l&#39;atelier&quot;&lt;/b&gt;");
  });

  it("escapes an ampersand once, so an entity typed by someone reads as typed", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });

  it("leaves other text, accents included, as it is", () => {
    expect(escapeHtml("Économie sociale — 35 000 habitants")).toBe("Économie sociale — 35 000 habitants");
  });
});
