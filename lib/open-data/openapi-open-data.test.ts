import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

describe("OpenAPI description of the open-data downloads", () => {
  const document = buildOpenApiDocument("http://localhost:3000") as {
    paths: Record<string, { get: { description: string; responses: Record<string, unknown> } }>;
    components: { schemas: Record<string, { required?: string[] }> };
  };

  it("documents the GeoJSON and HSDS downloads with their licence", () => {
    for (const path of ["/api/export/geojson", "/api/export/hsds"]) {
      expect(document.paths[path]?.get.description).toContain("Licence Ouverte");
      expect(document.paths[path]?.get.responses).toHaveProperty("200");
    }
  });

  it("lists the fields HSDS requires as required", () => {
    expect(document.components.schemas.HsdsOrganization?.required).toEqual(["id", "name", "description"]);
    expect(document.components.schemas.HsdsService?.required).toEqual(["id", "organization_id", "name", "status"]);
    expect(document.components.schemas.HsdsLocation?.required).toEqual(["id", "location_type"]);
  });

  it("describes no contact, e-mail or phone field in the downloads", () => {
    const schemas = ["GeoJsonExport", "HsdsExport", "HsdsOrganization", "HsdsLocation", "HsdsService"].map((name) => document.components.schemas[name]);
    expect(JSON.stringify(schemas)).not.toMatch(/"(contact\w*|email|phones?)"/i);
  });
});
