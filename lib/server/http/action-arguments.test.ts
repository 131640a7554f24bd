import { describe, expect, it } from "vitest";
import { assertFormData, assertState, assertText } from "./action-arguments";

/** The 404 Next's notFound() throws (its digest names the status). */
const notFound = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? "").endsWith(";404");
  }
  return false;
};

describe("server-action arguments", () => {
  it.each([undefined, null, "x", 1, [], {}])("a FormData argument given %j ends in a 404", (value) => {
    expect(notFound(() => assertFormData(value))).toBe(true);
  });

  it.each([undefined, null, "x", 1, []])("a previous state given %j ends in a 404", (value) => {
    expect(notFound(() => assertState(value))).toBe(true);
  });

  it.each([undefined, null, 1, {}, "a".repeat(201), "a\u0000b"])("a bound text given %j ends in a 404", (value) => {
    expect(notFound(() => assertText(value))).toBe(true);
  });

  it("what the forms send passes", () => {
    expect(() => assertFormData(new FormData())).not.toThrow();
    expect(() => assertState({})).not.toThrow();
    expect(() => assertText("acces-pour-tous-arnage")).not.toThrow();
  });
});
