// Form fields to a plain object: "items.0.title" becomes { items: [{ title }] }, repeated names become arrays.
// Pure; bounded so a hostile form cannot build huge structures.

const MAX_FIELDS = 400;
const MAX_INDEX = 50;

export function formDataToObject(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let count = 0;
  for (const [name, raw] of entries) {
    if (++count > MAX_FIELDS) break;
    if (name.startsWith("$ACTION") || typeof raw !== "string") continue;
    const path = name.split(".");
    if (path.length > 3 || path.some((part) => part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    if (path.some((part) => /^\d+$/.test(part) && Number(part) >= MAX_INDEX)) continue;
    let target: Record<string, unknown> | unknown[] = result;
    for (let index = 0; index < path.length - 1; index += 1) {
      const key = path[index] as string;
      const nextIsIndex = /^\d+$/.test(path[index + 1] as string);
      const container = target as Record<string, unknown>;
      container[key] ??= nextIsIndex ? [] : {};
      target = container[key] as Record<string, unknown> | unknown[];
    }
    const last = path[path.length - 1] as string;
    const container = target as Record<string, unknown>;
    const existing = container[last];
    container[last] = existing === undefined ? raw : Array.isArray(existing) ? [...existing, raw] : [existing, raw];
  }
  return result;
}

/** Drops rows of a repeatable group where every field is empty (unused blank rows of the form). */
export function withoutBlankRows(rows: unknown, significant: string[]): unknown[] {
  if (!Array.isArray(rows)) return [];
  return rows.filter((row) => row && typeof row === "object" && significant.some((key) => String((row as Record<string, unknown>)[key] ?? "").trim() !== ""));
}
