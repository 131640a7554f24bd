import fc from "fast-check";
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

  it("never throws when a name is both a plain value and a parent: the structure wins, in either order", () => {
    const expected = { themes: { x: "health" }, items: [{ title: "Un local" }] };
    expect(
      formDataToObject([
        ["themes", "youth"],
        ["themes.x", "health"],
        ["items.0", "loose"],
        ["items.0.title", "Un local"],
      ]),
    ).toEqual(expected);
    expect(
      formDataToObject([
        ["themes.x", "health"],
        ["themes", "youth"],
        ["items.0.title", "Un local"],
        ["items.0", "loose"],
      ]),
    ).toEqual(expected);
    // Repeated values are a plain value too, not rows.
    expect(
      formDataToObject([
        ["themes", "youth"],
        ["themes", "health"],
        ["themes.0.x", "row"],
      ]),
    ).toEqual({ themes: [{ x: "row" }] });
    // A row index under a group of named fields (or the reverse) is ignored: the first shape stays.
    expect(
      formDataToObject([
        ["items.0.title", "Un local"],
        ["items.title", "stray"],
      ]),
    ).toEqual({ items: [{ title: "Un local" }] });
    expect(
      formDataToObject([
        ["place.commune", "75056"],
        ["place.0", "stray"],
      ]),
    ).toEqual({ place: { commune: "75056" } });
  });

  it("never reaches inherited members: toString.x does not write on Object.prototype.toString", () => {
    const data = formDataToObject([
      ["toString.x", "a"],
      ["hasOwnProperty", "b"],
      ["valueOf.0", "c"],
    ]);
    expect(Object.hasOwn(Object.prototype.toString, "x")).toBe(false);
    expect(Object.hasOwn(Object.prototype.valueOf, "0")).toBe(false);
    expect(data).toEqual({ toString: { x: "a" }, hasOwnProperty: "b", valueOf: ["c"] });
  });

  it("never throws, whatever names a form sends (property)", () => {
    const segment = fc.constantFrom(
      "themes",
      "items",
      "title",
      "x",
      "0",
      "1",
      "07",
      "49",
      "50",
      "",
      "toString",
      "__proto__",
      "constructor",
      "hasOwnProperty",
      "length",
    );
    const name = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(".")),
      fc.string({ maxLength: 12 }),
    );
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.constant(new Blob(["x"])));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 40 }), (entries) => {
        const data = formDataToObject(entries);
        expect(() => JSON.stringify(data)).not.toThrow();
        // Nothing written on shared objects (removed again, so that one run's write does not fail the next).
        const written = Object.keys(Object.prototype.toString).concat(Object.keys(Object.prototype));
        for (const key of Object.keys(Object.prototype.toString)) delete (Object.prototype.toString as unknown as Record<string, unknown>)[key];
        expect(written).toEqual([]);
      }),
      { numRuns: 5_000 },
    );
  });

  it("drops blank rows", () => {
    expect(withoutBlankRows([{ title: "" }, { title: "Un local" }, null], ["title"])).toEqual([{ title: "Un local" }]);
  });
});
