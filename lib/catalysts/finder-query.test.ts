import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/server/http/api";
import { finderQuerySchema, placeRequestOf } from "./finder-query";

const parse = (query: string) => finderQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(query)));

describe("finder query", () => {
  it("prefers a picked commune over coordinates, a postcode and typed text", () => {
    const request = (query: string) => {
      const result = parse(query);
      if (!result.success) throw new Error(query);
      return placeRequestOf(result.data);
    };
    expect(request("commune=2a004&q=ajaccio&lat=1&lon=2")).toEqual({ kind: "commune", code: "2A004" });
    expect(request("lat=45.75&lon=4.85&postcode=69001")).toEqual({ kind: "point", lat: 45.75, lon: 4.85 });
    expect(request("postcode=01400&q=x")).toEqual({ kind: "postcode", postcode: "01400" });
    expect(request("q=%20Lyon%20")).toEqual({ kind: "text", text: "Lyon" });
    // Empty fields from a submitted form count as absent.
    expect(request("q=&commune=&lat=&lon=")).toEqual({ kind: "none" });
  });

  it.each([
    ["lat", "lat=90.0001&lon=0"],
    ["lat", "lat=-91&lon=0"],
    ["lon", "lat=0&lon=180.5"],
    ["lat", "lat=NaN&lon=0"],
    ["lat", "lat=1e400&lon=0"],
    ["lon", "lat=12"],
    ["lat", "lon=12"],
    ["commune", "commune=abcde"],
    ["postcode", "postcode=750011"],
    ["limit", "limit=2.5"],
    ["limit", "limit=0"],
  ])("rejects a bad %s (case %#)", async (parameter, query) => {
    const result = parseQuery(finderQuerySchema, new URLSearchParams(query));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const body = (await result.response.json()) as { fields: { parameter: string }[] };
    expect(body.fields.map((field) => field.parameter)).toContain(parameter);
  });

  it("accepts decimal commas, as typed on French keyboards", () => {
    const result = parse("lat=45,764&lon=%204,836");
    expect(result.success && placeRequestOf(result.data)).toEqual({ kind: "point", lat: 45.764, lon: 4.836 });
  });

  it("accepts the edges of the coordinate ranges and keeps the first of repeated values", () => {
    expect(parse("lat=-90&lon=180").success).toBe(true);
    const repeated = parseQuery(finderQuerySchema, new URLSearchParams("lat=45&lat=46&lon=4"));
    expect(repeated.ok && repeated.data.lat).toBe(45);
  });
});
