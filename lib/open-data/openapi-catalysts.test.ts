import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, found);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") found.push(item);
      else collectRefs(item, found);
    }
  }
  return found;
}

describe("OpenAPI description of the finder endpoints", () => {
  const document = buildOpenApiDocument("http://localhost:3000") as {
    paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
    components: { schemas: Record<string, unknown> };
  };

  it("documents the commune autocomplete and the nearest catalysts with their parameters and answers", () => {
    expect(document.paths["/api/communes"]?.get.parameters.map((parameter) => parameter.name)).toEqual(["q", "limit"]);
    const nearest = document.paths["/api/catalysts/nearest"]?.get;
    expect(nearest?.parameters.map((parameter) => parameter.name)).toEqual(["commune", "lat", "lon", "postcode", "q", "limit"]);
    expect(Object.keys(nearest?.responses ?? {})).toEqual(["200", "400", "404"]);
  });

  it("resolves every schema reference", () => {
    for (const ref of collectRefs(document)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas, ref).toHaveProperty(ref.replace("#/components/schemas/", ""));
    }
  });

  it("describes no personal field of a catalyst", () => {
    expect(JSON.stringify(document.components.schemas)).not.toMatch(/contact(Name|Email|Phone)/);
  });
});

describe("OpenAPI description of partner proposals", () => {
  const document = buildOpenApiDocument("http://localhost:3000") as {
    paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };

  it("documents the matches endpoint, its parameters, answers and every score component", () => {
    const matches = document.paths["/api/organisations/{slug}/matches"]?.get;
    expect(matches?.parameters.map((parameter) => parameter.name)).toEqual(["slug", "focus", "limit", "lang"]);
    expect(Object.keys(matches?.responses ?? {})).toEqual(["200", "400", "404"]);
    const components = document.components.schemas.PartnerProposal?.properties?.components as { required: string[] };
    expect(components.required).toEqual(["fit", "complementarity", "proximity", "shared", "freshness"]);
    expect(JSON.stringify(document.components.schemas.PartnerProposal)).not.toMatch(/contact(Name|Email|Phone)/);
  });
});
