// OpenAPI pieces generated from zod, so that /api/openapi.json cannot drift from the rules: a route's query
// parameters and request body from the very schema it parses (their input side: what a client sends), and the
// answers from lib/open-data/api-responses.ts. The fragments (openapi-*.ts) add only words: summaries, descriptions.
import { z } from "zod";
import { listParameters } from "@/lib/shared/query-parameters";
import { apiComponents } from "./api-responses";

export type JsonSchema = Record<string, unknown>;

/** What a fragment says of a parameter or field; its schema (type, limits, enum, default, required) is zod's. */
export interface FieldDoc {
  description?: string;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}

// z.int() bounds itself to the safe integers: true, but noise in a description.
const SAFE_INTEGER_BOUNDS: [string, number][] = [
  ["minimum", Number.MIN_SAFE_INTEGER],
  ["maximum", Number.MAX_SAFE_INTEGER],
];

/** zod's JSON Schema as an OpenAPI 3.1 document embeds it: no $schema or $id, no bounds that say nothing. */
function tidy({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  delete jsonSchema.$schema;
  delete jsonSchema.$id;
  for (const [key, bound] of SAFE_INTEGER_BOUNDS) if (jsonSchema[key] === bound) delete jsonSchema[key];
  // `format: uuid` says it; zod's pattern for it only repeats RFC 9562 at length.
  if (jsonSchema.format === "uuid") delete jsonSchema.pattern;
  // Answers may gain fields over time; clients must not reject them (the db tests check no field goes undescribed).
  if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
}

function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const result = z.toJSONSchema(schema, { io, override: tidy, unrepresentable: "throw" }) as JsonSchema;
  delete result.$schema;
  return result;
}

/**
 * The query parameters of a route, from the schema it parses, in the order of `docs` (which names the ones
 * documented). A parameter that may be repeated is described as the array it is read into.
 */
export function queryParameters<T extends z.ZodObject>(schema: T, docs: { [K in keyof T["shape"] & string]?: FieldDoc }): JsonSchema[] {
  const object = jsonSchemaOf(schema, "input");
  const properties = object.properties as Record<string, JsonSchema>;
  const required = new Set((object.required as string[] | undefined) ?? []);
  return Object.entries(docs as Record<string, FieldDoc>).map(([name, doc]) => {
    const field = schema.shape[name] as z.ZodType;
    const list = listParameters.get(field);
    return {
      name,
      in: "query",
      ...(required.has(name) ? { required: true } : {}),
      ...doc,
      schema: list ? jsonSchemaOf(field, "output") : properties[name],
      ...(list ? { style: "form", explode: list.explode } : {}),
    };
  });
}

/** A JSON request body, from the schema the route parses it with; `docs` adds each field's description. */
export function jsonRequestBody<T extends z.ZodObject>(schema: T, docs: { [K in keyof T["shape"] & string]?: FieldDoc } = {}): JsonSchema {
  const body = jsonSchemaOf(schema, "input");
  const properties = body.properties as Record<string, JsonSchema>;
  for (const [name, doc] of Object.entries(docs as Record<string, FieldDoc>)) Object.assign(properties[name]!, doc);
  return { required: true, content: { "application/json": { schema: body } } };
}

/** Every answer's schema, under its component name, referring to the others by `#/components/schemas/<id>`. */
export function responseComponents(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiComponents, { io: "output", override: tidy, uri: (id) => `#/components/schemas/${id}` });
  for (const schema of Object.values(schemas)) tidy({ jsonSchema: schema as JsonSchema });
  return schemas as Record<string, JsonSchema>;
}

/** A reference to an answer's component: named by its schema, so that it cannot name one that does not exist. */
export function ref(schema: z.ZodType): { $ref: string } {
  const id = apiComponents.get(schema)?.id;
  if (!id) throw new Error("This schema is no component of lib/open-data/api-responses.ts");
  return { $ref: `#/components/schemas/${id}` };
}

/** A JSON answer: its description and its schema (a component, or a JSON Schema that refers to components). */
export function jsonResponse(description: string, schema: z.ZodType | JsonSchema): JsonSchema {
  return { description, content: { "application/json": { schema: schema instanceof z.ZodType ? ref(schema) : schema } } };
}
