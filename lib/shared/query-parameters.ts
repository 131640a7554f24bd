// Query parameters: those that may be repeated, marked so that the API's description says so, and the lenient
// reading for pages, which must never fail on a bad link: the API's own schema, with what it refuses dropped (and
// named) rather than answered with a 400. Pure: no db, no next.
import { z } from "zod";

/**
 * Parameters that take several values ("?kind=a&kind=b", or "a,b" when `explode` is false), marked by the schema
 * that reads them: their OpenAPI description is the array they parse into, not the strings they arrive as.
 */
export const listParameters = z.registry<{ explode: boolean }>();

/** The schema's reading of `input` without the parameters it refuses; `invalid` names those (for a notice). */
export function parseLeniently<T extends z.ZodObject>(schema: T, input: Record<string, unknown>): { data: z.output<T>; invalid: string[] } {
  const kept = { ...input };
  const invalid: string[] = [];
  // Each round drops at least one parameter, so this ends; a refusal that names none falls back to the defaults.
  for (let round = 0; round <= Object.keys(input).length; round += 1) {
    const result = schema.safeParse(kept);
    if (result.success) return { data: result.data, invalid };
    const keys = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")))].filter((key) => key in kept);
    if (keys.length === 0) break;
    for (const key of keys) {
      delete kept[key];
      invalid.push(key);
    }
  }
  return { data: schema.parse({}), invalid: Object.keys(input) };
}
