import { describe, expect, it } from "vitest";
import { filtersToSearchParams, organisationFiltersSchema } from "./filters";
import { searchParamsToObject } from "@/lib/server/http/api";

const parse = (query: string) => organisationFiltersSchema.safeParse(searchParamsToObject(new URLSearchParams(query)));

describe("organisation filters", () => {
  it("reads repeated and comma-separated values", () => {
    const result = parse("kind=association&kind=entreprise&theme=youth,health&odd=17");
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ kind: ["association", "entreprise"], theme: ["youth", "health"], odd: [17] });
  });

  it("applies defaults and ignores empty parameters", () => {
    expect(parse("q=&near=&page=").data).toMatchObject({ q: undefined, near: undefined, page: 1, radius: 10, kind: [] });
  });

  it.each([
    ["kind=banque", "kind"],
    ["odd=18", "odd"],
    ["radius=500", "radius"],
    ["page=0", "page"],
    ["lat=95&lon=2", "lat"],
    ["lat=45", "lat"],
    ["commune=123", "commune"],
    [`q=${"x".repeat(101)}`, "q"],
  ])("refuses %s, naming %s", (query, parameter) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => String(issue.path[0]))).toContain(parameter);
  });

  it("round-trips through a query string", () => {
    const filters = parse("q=insertion&kind=association&near=69123&radius=30&page=2").data!;
    const again = parse(filtersToSearchParams(filters).toString()).data;
    expect(again).toEqual(filters);
    expect(filtersToSearchParams(filters).toString()).toBe("q=insertion&kind=association&near=69123&radius=30&page=2");
  });
});
