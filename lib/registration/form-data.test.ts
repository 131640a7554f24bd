import { describe, expect, it } from "vitest";
import { formDataToObject, withoutBlankRows } from "./form-data";

describe("formDataToObject", () => {
  it("builds nested rows and arrays of repeated names", () => {
    const data = formDataToObject([
      ["kind", "association"],
      ["themes", "youth"],
      ["themes", "health"],
      ["items.0.title", "Un local"],
      ["items.0.direction", "need"],
      ["items.1.title", ""],
      ["$ACTION_ID_x", "ignored"],
    ]);
    expect(data).toEqual({ kind: "association", themes: ["youth", "health"], items: [{ title: "Un local", direction: "need" }, { title: "" }] });
  });

  it("refuses prototype pollution and absurd indexes", () => {
    const data = formDataToObject([
      ["__proto__.polluted", "yes"],
      ["items.999.title", "far"],
      ["a.b.c.d", "deep"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(data)).not.toContain("far");
    expect(data).not.toHaveProperty("a");
  });

  it("drops blank rows", () => {
    expect(withoutBlankRows([{ title: "" }, { title: "Un local" }, null], ["title"])).toEqual([{ title: "Un local" }]);
  });
});
