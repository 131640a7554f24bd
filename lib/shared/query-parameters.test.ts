import { describe, expect, it } from "vitest";
import { catalystSearchSchema } from "@/lib/catalysts/schemas";
import { parseLeniently } from "./query-parameters";

describe("a page's query parameters", () => {
  it("keep what the API's schema accepts and drop, naming them, the ones it refuses", () => {
    expect(parseLeniently(catalystSearchSchema, { q: " Lyon ", region: "84", page: "2" })).toEqual({ data: { q: "Lyon", region: "84", page: 2 }, invalid: [] });
    expect(parseLeniently(catalystSearchSchema, { q: "x".repeat(101), region: "8", departement: "69", page: "0" })).toEqual({
      data: { departement: "69", page: 1 },
      invalid: ["q", "region", "page"],
    });
    expect(parseLeniently(catalystSearchSchema, {})).toEqual({ data: { page: 1 }, invalid: [] });
  });
});
