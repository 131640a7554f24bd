// Query parameters for pages, which must never fail on a bad link: the API's own schema, with what it refuses
// dropped (and named) rather than answered with a 400. Pure: no db, no next.
import type { z } from "zod";

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
