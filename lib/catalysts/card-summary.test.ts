import { describe, expect, it } from "vitest";
import { summaryOf } from "./catalysts";

describe("a catalyst's summary on the finder's cards", () => {
  it("is the description's first sentence", () => {
    expect(summaryOf("Nous réunissons les acteurs du Choletais. Rencontres chaque mois.")).toBe("Nous réunissons les acteurs du Choletais.");
    expect(summaryOf("  Une ligne\nsans point final ")).toBe("Une ligne sans point final");
    expect(summaryOf("")).toBe("");
  });

  it("is cut at a word, with an ellipsis, when the sentence is long", () => {
    const long = `${"mot ".repeat(80)}fin.`;
    const summary = summaryOf(long, 50);
    expect(summary.length).toBeLessThanOrEqual(51);
    expect(summary.endsWith("mot…")).toBe(true);
  });
});
