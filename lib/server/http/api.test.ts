import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseQuery, searchParamsToObject } from "./api";

describe("parseQuery", () => {
  const schema = z.object({ q: z.string().max(5), page: z.coerce.number().int().min(1).default(1) });

  it("returns the parsed values", () => {
    const result = parseQuery(schema, new URLSearchParams("q=abc&page=2"));
    expect(result).toEqual({ ok: true, data: { q: "abc", page: 2 } });
  });

  it("answers 400 naming every bad parameter", async () => {
    const result = parseQuery(schema, new URLSearchParams("q=toolong&page=zero"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(400);
    const body = (await result.response.json()) as { fields: { parameter: string }[] };
    expect(body.fields.map((field) => field.parameter).sort()).toEqual(["page", "q"]);
  });

  it("keeps repeated parameters as arrays", () => {
    expect(searchParamsToObject(new URLSearchParams("kind=a&kind=b&q=x"))).toEqual({ kind: ["a", "b"], q: "x" });
  });
});
