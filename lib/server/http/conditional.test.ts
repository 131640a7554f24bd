import { describe, expect, it } from "vitest";
import { etagOf, isNotModified } from "./conditional";

const current = { etag: '"7-abc"', lastModified: new Date("2026-12-01T10:00:00.700Z") };
const headers = (values: Record<string, string>) => new Headers(values);

describe("conditional requests", () => {
  it("match the ETag, weak or strong, in a list, or *", () => {
    expect(isNotModified(headers({ "if-none-match": '"7-abc"' }), current)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": '"6-old", W/"7-abc"' }), current)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": "*" }), current)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": '"6-old"' }), current)).toBe(false);
  });

  it("let If-None-Match win over If-Modified-Since", () => {
    expect(isNotModified(headers({ "if-none-match": '"6-old"', "if-modified-since": "Wed, 02 Dec 2026 00:00:00 GMT" }), current)).toBe(false);
  });

  it("compare dates to the second, and refuse a date that does not parse", () => {
    expect(isNotModified(headers({ "if-modified-since": "Tue, 01 Dec 2026 10:00:00 GMT" }), current)).toBe(true);
    expect(isNotModified(headers({ "if-modified-since": "Tue, 01 Dec 2026 09:59:59 GMT" }), current)).toBe(false);
    expect(isNotModified(headers({ "if-modified-since": "yesterday" }), current)).toBe(false);
    expect(isNotModified(headers({ "if-modified-since": "Tue, 01 Dec 2026 10:00:00 GMT" }), { etag: '"x"' })).toBe(false);
    expect(isNotModified(headers({}), current)).toBe(false);
  });

  it("give one tag per body", () => {
    expect(etagOf("a")).toMatch(/^"[\w-]{22}"$/);
    expect(etagOf("a", "7")).toMatch(/^"7-[\w-]{22}"$/);
    expect(etagOf("a")).toBe(etagOf(new TextEncoder().encode("a")));
    expect(etagOf("a")).not.toBe(etagOf("b"));
  });
});
