// Form fields to a plain object: "items.0.title" becomes { items: [{ title }] }, repeated names become arrays.
// Pure; bounded so a hostile form cannot build huge structures.

const MAX_FIELDS = 400;
const MAX_INDEX = 50;

export function formDataToObject(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  // The objects and arrays built from dotted names, told apart from arrays of repeated values: only these may
  // hold children. Any form may send "themes" and "themes.x" together (actions read it before any check), so a
  // clash must never throw; the structure wins, whatever the order of the fields.
  const groups = new WeakSet<object>([result]);
  const isGroup = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && groups.has(value);
  // Own properties only: an inherited member (toString, valueOf...) is a function every object shares.
  const own = (container: Record<string, unknown>, key: string) => (Object.hasOwn(container, key) ? container[key] : undefined);
  let count = 0;
  for (const [name, raw] of entries) {
    if (++count > MAX_FIELDS) break;
    if (name.startsWith("$ACTION") || typeof raw !== "string") continue;
    const path = name.split(".");
    if (path.length > 3 || path.some((part) => part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    if (path.some((part) => /^\d+$/.test(part) && Number(part) >= MAX_INDEX)) continue;
    let target: Record<string, unknown> | null = result;
    for (let index = 0; index < path.length - 1 && target; index += 1) {
      const key = path[index] as string;
      const nextIsIndex = /^\d+$/.test(path[index + 1] as string);
      let child = own(target, key);
      if (!isGroup(child)) {
        child = nextIsIndex ? [] : {};
        groups.add(child as object);
        target[key] = child;
      }
      // Rows where named fields stand, or a named field among rows: the shape met first stays, this field is dropped.
      target = Array.isArray(child) === nextIsIndex ? (child as Record<string, unknown>) : null;
    }
    if (!target) continue;
    const last = path[path.length - 1] as string;
    const existing = own(target, last);
    if (isGroup(existing)) continue;
    target[last] = existing === undefined ? raw : Array.isArray(existing) ? [...(existing as unknown[]), raw] : [existing, raw];
  }
  return result;
}

/** Drops rows of a repeatable group where every field is empty (unused blank rows of the form). */
export function withoutBlankRows(rows: unknown, significant: string[]): unknown[] {
  if (!Array.isArray(rows)) return [];
  return rows.filter((row) => row && typeof row === "object" && significant.some((key) => String((row as Record<string, unknown>)[key] ?? "").trim() !== ""));
}
