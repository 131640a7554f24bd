import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { catalystSearchSchema } from "@/lib/catalysts/schemas";
import { collectiviteSearchSchema, communeSearchSchema, finderQuerySchema } from "@/lib/catalysts/finder-query";
import { introductionListQuerySchema, introductionRequestBodySchema, introductionTransitionBodySchema } from "@/lib/introductions/schemas";
import { mapViewportSchema } from "@/lib/map/cluster-layout";
import { matchesQuerySchema } from "@/lib/matching/schemas";
import { organisationFiltersSchema } from "@/lib/organisations/filters";
import { buildOpenApiDocument } from "./openapi";

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Json;
  style?: string;
  explode?: boolean;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Json }> }>;
}

const document = buildOpenApiDocument("http://localhost:3000") as {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
};

/**
 * Each documented route, the file that serves it and the schemas it parses its query with, in the order the
 * route tries them; `base` is the smallest valid query (the required parameters), `with` what a parameter needs
 * beside it (lat and lon go together).
 */
const ROUTES: {
  path: string;
  file: string;
  schemas: Record<string, z.ZodObject>;
  base: Record<string, string>;
  with?: Record<string, Record<string, string>>;
}[] = [
  {
    path: "/api/organisations",
    file: "app/api/organisations/route.ts",
    schemas: { organisationFiltersSchema },
    base: {},
    with: { lat: { lon: "4.8" }, lon: { lat: "45.7" } },
  },
  {
    path: "/api/map/clusters",
    file: "app/api/map/clusters/route.ts",
    schemas: { mapViewportSchema, organisationFiltersSchema },
    // A viewport small enough for every zoom.
    base: { bbox: "4.8,45.7,4.8001,45.7001", zoom: "10" },
    with: { lat: { lon: "4.8" }, lon: { lat: "45.7" } },
  },
  { path: "/api/catalysts", file: "app/api/catalysts/route.ts", schemas: { catalystSearchSchema }, base: {} },
  {
    path: "/api/catalysts/nearest",
    file: "app/api/catalysts/nearest/route.ts",
    schemas: { finderQuerySchema },
    base: {},
    with: { lat: { lon: "4.8" }, lon: { lat: "45.7" } },
  },
  { path: "/api/communes", file: "app/api/communes/route.ts", schemas: { communeSearchSchema }, base: { q: "Lyon" } },
  { path: "/api/collectivites", file: "app/api/collectivites/route.ts", schemas: { collectiviteSearchSchema }, base: { level: "commune", q: "Lyon" } },
  { path: "/api/organisations/{slug}/matches", file: "app/api/organisations/[slug]/matches/route.ts", schemas: { matchesQuerySchema }, base: {} },
  { path: "/api/introductions", file: "app/api/introductions/route.ts", schemas: { introductionListQuerySchema }, base: {} },
];

const BODIES: { path: string; file: string; name: string; schema: z.ZodObject; base: Record<string, unknown> }[] = [
  {
    path: "/api/introductions",
    file: "app/api/introductions/route.ts",
    name: "introductionRequestBodySchema",
    schema: introductionRequestBodySchema,
    base: { from: "00000000-0000-4000-8000-000000000001", to: "la-ressourcerie", message: "Bonjour, rencontrons-nous pour un projet." },
  },
  {
    path: "/api/introductions/{id}/transitions",
    file: "app/api/introductions/[id]/transitions/route.ts",
    name: "introductionTransitionBodySchema",
    schema: introductionTransitionBodySchema,
    base: { action: "forward" },
  },
];

/** Whether a route's file parses with `name`, imported from lib (where each input has its one schema). */
function parsesWith(file: string, name: string, call: RegExp): boolean {
  const source = readFileSync(path.resolve(file), "utf8");
  const imported = [...source.matchAll(/import \{([^}]+)\} from "@\/lib\/[^"]+"/g)].some((match) => match[1]!.split(",").some((item) => item.trim() === name));
  return imported && call.test(source) && !/z\.object\(/.test(source);
}

/** The route's schema whose shape has the parameter (the first, as the route reports the viewport's first). */
const schemaOf = (route: (typeof ROUTES)[number], name: string) => Object.values(route.schemas).find((schema) => name in schema.shape);

/** Whether `query` parses, and the parameters its issues name. */
function outcome(schema: z.ZodObject, query: Record<string, unknown>): { ok: boolean; named: string[] } {
  const result = schema.safeParse(query);
  return { ok: result.success, named: result.success ? [] : result.error.issues.map((issue) => String(issue.path[0] ?? "")) };
}

const text = (length: number) => "a".repeat(length);

describe("the OpenAPI description's query parameters", () => {
  it("are those of routes that parse their query with these very schemas, imported from lib", () => {
    for (const route of ROUTES) {
      for (const name of Object.keys(route.schemas))
        expect(parsesWith(route.file, name, new RegExp(`parseQuery\\(${name}, `)), `${route.file} parses with ${name}`).toBe(true);
      const calls = readFileSync(path.resolve(route.file), "utf8").match(/parseQuery\(/g) ?? [];
      expect(calls.length, route.file).toBe(Object.keys(route.schemas).length);
    }
  });

  for (const route of ROUTES) {
    const parameters = (document.paths[route.path]?.get?.parameters ?? []).filter((parameter) => parameter.in === "query");

    it(`${route.path}: every documented limit, list and default is the very boundary the route's schema enforces`, () => {
      expect(parameters.length).toBeGreaterThan(0);
      for (const parameter of parameters) {
        const { name } = parameter;
        const schema = schemaOf(route, name);
        expect(schema, `${route.path} documents ${name}, which its schemas do not read`).toBeDefined();
        const base = { ...route.base, ...route.with?.[name] };
        const accepts = (value: unknown) => outcome(schema!, { ...base, [name]: value });
        const refuses = (value: unknown) => expect(accepts(value).named, `${route.path} ${name}=${String(value)}`).toContain(name);
        const isList = parameter.schema.type === "array";
        const item = (isList ? parameter.schema.items : parameter.schema) as Json;
        const wrap = (value: string) => (isList ? [value] : value);
        const label = `${route.path} ${name}`;

        if (!parameter.required) expect(outcome(schema!, route.base).ok, `${label} is optional`).toBe(true);
        if (parameter.required) {
          const { [name]: _omitted, ...rest } = base;
          expect(outcome(schema!, rest).named, `${label} is required`).toContain(name);
        }
        if ("default" in parameter.schema) expect((schema!.parse(base) as Json)[name], `${label}'s default`).toEqual(parameter.schema.default);

        if (typeof item.maximum === "number") {
          const step = item.type === "integer" ? 1 : 0.5;
          expect(accepts(wrap(String(item.maximum))).ok, `${label} = maximum`).toBe(true);
          refuses(wrap(String(item.maximum + step)));
        }
        if (typeof item.minimum === "number") {
          const step = item.type === "integer" ? 1 : 0.5;
          expect(accepts(wrap(String(item.minimum))).ok, `${label} = minimum`).toBe(true);
          refuses(wrap(String(item.minimum - step)));
        }
        if (typeof item.maxLength === "number") {
          expect(accepts(text(item.maxLength)).ok, `${label} at maxLength`).toBe(true);
          refuses(text(item.maxLength + 1));
        }
        if (typeof item.minLength === "number" && item.minLength > 0) refuses(text(item.minLength - 1));
        // And the other way round: a limit the description does not give is none.
        if ((item.type === "number" || item.type === "integer") && item.maximum === undefined)
          expect(accepts(wrap("1000000000")).ok, `${label} has no maximum`).toBe(true);
        if ((item.type === "number" || item.type === "integer") && item.minimum === undefined)
          expect(accepts(wrap("-1000000000")).ok, `${label} has no minimum`).toBe(true);
        if (item.type === "string" && item.maxLength === undefined && item.pattern === undefined && item.enum === undefined && item.format === undefined) {
          expect(accepts(text(10_000)).ok, `${label} has no maximum length`).toBe(true);
        }
        if (Array.isArray(item.enum)) {
          for (const value of item.enum) expect(accepts(wrap(String(value))).ok, `${label} = ${String(value)}`).toBe(true);
          refuses(wrap("not-one-of-them"));
        }
        if (isList) {
          expect(parameter.style).toBe("form");
          const values = (item.enum as unknown[] | undefined)?.map(String) ?? [String(item.minimum ?? 1)];
          expect(accepts(values.join(",")).ok, `${label} as a comma list`).toBe(true);
          if (parameter.explode) expect(accepts(values).ok, `${label} repeated`).toBe(true);
          if (typeof parameter.schema.maxItems === "number") {
            const many = Array.from({ length: parameter.schema.maxItems + 1 }, (_, index) => values[index % values.length]!);
            expect(accepts(many.slice(0, -1)).ok, `${label} with maxItems values`).toBe(true);
            refuses(many);
          }
        }
      }
    });
  }

  it("give the page its maximum, as the schema does", () => {
    const page = document.paths["/api/organisations"]!.get!.parameters!.find((parameter) => parameter.name === "page")!;
    expect(page.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 10_000, default: 1 });
  });
});

describe("the OpenAPI description's request bodies", () => {
  for (const body of BODIES) {
    it(`${body.path}: each field's limits and choices are the route's schema's`, () => {
      expect(parsesWith(body.file, body.name, new RegExp(`${body.name}\\.safeParse\\(`)), `${body.file} parses with ${body.name}`).toBe(true);
      const schema = document.paths[body.path]!.post!.requestBody!.content["application/json"]!.schema as {
        properties: Record<string, Json>;
        required: string[];
      };
      expect(Object.keys(schema.properties)).toEqual(Object.keys(body.schema.shape));
      const accepts = (name: string, value: unknown) => outcome(body.schema, { ...body.base, [name]: value });
      for (const name of schema.required) {
        const { [name]: _omitted, ...rest } = body.base;
        expect(outcome(body.schema, rest).named).toContain(name);
      }
      for (const [name, property] of Object.entries(schema.properties)) {
        const variants = (property.anyOf as Json[] | undefined) ?? [property];
        const field = variants.find((variant) => variant.type !== "null")!;
        if (variants.some((variant) => variant.type === "null")) expect(accepts(name, null).ok, `${name} may be null`).toBe(true);
        if (typeof field.maxLength === "number") {
          expect(accepts(name, text(field.maxLength)).ok, `${name} at maxLength`).toBe(true);
          expect(accepts(name, text(field.maxLength + 1)).named).toContain(name);
        }
        if (typeof field.minLength === "number" && field.minLength > 0) expect(accepts(name, text(field.minLength - 1)).named).toContain(name);
        if (Array.isArray(field.enum)) {
          for (const value of field.enum) expect(accepts(name, value).ok, `${name} = ${String(value)}`).toBe(true);
          expect(accepts(name, "not-one-of-them").named).toContain(name);
        }
      }
    });
  }
});

// --- OpenAPI 3.1 structure ------------------------------------------------------------------------------------

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const LOCATIONS = new Set(["query", "header", "path", "cookie"]);
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

/** Every JSON Schema of the document (parameters', bodies', answers', components'), with where it is. */
function* schemasOf(): Generator<[string, Json]> {
  function* walk(schema: unknown, where: string): Generator<[string, Json]> {
    if (!schema || typeof schema !== "object" || Array.isArray(schema)) return;
    const json = schema as Json;
    yield [where, json];
    for (const key of ["items", "additionalProperties", "propertyNames", "not"]) yield* walk(json[key], `${where}/${key}`);
    for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"])
      for (const [index, item] of ((json[key] as unknown[]) ?? []).entries()) yield* walk(item, `${where}/${key}/${index}`);
    for (const [name, property] of Object.entries((json.properties as Json) ?? {})) yield* walk(property, `${where}/properties/${name}`);
  }
  for (const [name, schema] of Object.entries(document.components.schemas)) yield* walk(schema, `#/components/schemas/${name}`);
  for (const [route, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const parameter of operation.parameters ?? []) yield* walk(parameter.schema, `${method} ${route} ${parameter.name}`);
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) yield* walk(media.schema, `${method} ${route} body ${type}`);
      for (const [status, response] of Object.entries(operation.responses))
        for (const media of Object.values(response.content ?? {})) yield* walk(media.schema, `${method} ${route} ${status}`);
    }
  }
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with its required members", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info.title).toBeTruthy();
    expect(document.info.version).toBeTruthy();
  });

  it("has well-formed operations: known methods, parameters declared once, path templates matched, every answer described", () => {
    for (const [route, item] of Object.entries(document.paths)) {
      expect(route).toMatch(/^\//);
      const templated = [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(item)) {
        expect(METHODS.has(method), `${method} ${route}`).toBe(true);
        const parameters = operation.parameters ?? [];
        const keys = parameters.map((parameter) => `${parameter.in}:${parameter.name}`);
        expect(new Set(keys).size, `${method} ${route}: each parameter once`).toBe(keys.length);
        for (const parameter of parameters) {
          expect(LOCATIONS.has(parameter.in), `${method} ${route} ${parameter.name}`).toBe(true);
          expect(parameter.schema, `${method} ${route} ${parameter.name}`).toBeTypeOf("object");
          if (parameter.in === "path") expect(parameter.required, `${route} {${parameter.name}} is required`).toBe(true);
          if (parameter.style !== undefined) expect(["form", "simple", "spaceDelimited", "pipeDelimited", "deepObject"]).toContain(parameter.style);
        }
        expect(
          parameters
            .filter((parameter) => parameter.in === "path")
            .map((parameter) => parameter.name)
            .sort(),
          `${method} ${route}`,
        ).toEqual([...templated].sort());
        expect(Object.keys(operation.responses).length, `${method} ${route}`).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(operation.responses)) {
          expect(status, `${method} ${route}`).toMatch(/^([1-5]\d\d|[1-5]XX|default)$/);
          expect(response.description, `${method} ${route} ${status}`).toBeTruthy();
        }
        if (operation.requestBody) expect(Object.keys(operation.requestBody.content).length).toBeGreaterThan(0);
      }
    }
  });

  it("holds JSON Schemas (2020-12, as OpenAPI 3.1 takes them) that are well formed and resolve", () => {
    for (const [where, schema] of schemasOf()) {
      expect(schema, where).not.toHaveProperty("$schema");
      expect(schema, where).not.toHaveProperty("$id");
      if (typeof schema.$ref === "string") expect(document.components.schemas, where).toHaveProperty(schema.$ref.replace("#/components/schemas/", ""));
      if (schema.type !== undefined) for (const type of [schema.type].flat()) expect(TYPES.has(type as string), `${where}: type ${String(type)}`).toBe(true);
      if (schema.enum !== undefined) expect(Array.isArray(schema.enum) && schema.enum.length > 0, `${where}: enum`).toBe(true);
      if (schema.required !== undefined) {
        expect(Array.isArray(schema.required), where).toBe(true);
        for (const name of schema.required as string[]) expect(schema.properties ?? {}, `${where} requires ${name}`).toHaveProperty(name);
      }
      for (const [low, high] of [
        ["minimum", "maximum"],
        ["minLength", "maxLength"],
        ["minItems", "maxItems"],
      ] as const) {
        if (typeof schema[low] === "number" && typeof schema[high] === "number")
          expect(schema[low] as number, where).toBeLessThanOrEqual(schema[high] as number);
      }
      if (Array.isArray(schema.enum) && "default" in schema) expect(schema.enum, `${where}: default`).toContain(schema.default);
    }
  });

  it("describes every answer of the main endpoints with a schema, never a bare object", () => {
    for (const [route, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          for (const media of Object.values(response.content ?? {})) {
            const schema = media.schema;
            const resolved = typeof schema.$ref === "string" ? document.components.schemas[schema.$ref.replace("#/components/schemas/", "")]! : schema;
            expect(resolved.properties ?? resolved.oneOf ?? resolved.anyOf, `${method} ${route} ${status}`).toBeDefined();
          }
        }
        const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
        expect(success?.[1].content, `${method} ${route}: its answer's schema`).toBeDefined();
      }
    }
  });
});
