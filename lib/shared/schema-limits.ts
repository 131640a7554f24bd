// The limits a zod schema holds, read back for what must say them elsewhere (a form field's maxLength): the
// schema stays the one place a limit is written. Pure: no db, no next.
import { z } from "zod";

type JsonSchema = { maxLength?: unknown; const?: unknown; anyOf?: JsonSchema[] };

/** The longest text `schema` accepts, as its JSON Schema says it (through preprocessing, optionality and unions). */
export function maxLengthOf(schema: z.ZodType): number {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  // A union ("" or a description) accepts the longest of its branches.
  const lengths = (json.anyOf ?? [json]).map((branch) =>
    typeof branch.maxLength === "number" ? branch.maxLength : typeof branch.const === "string" ? branch.const.length : undefined,
  );
  if (lengths.some((length) => length === undefined)) throw new Error("This schema sets no maximum length");
  return Math.max(...(lengths as number[]));
}
