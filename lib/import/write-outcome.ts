// What writing one row did, and the comparison that lets an unchanged row write nothing. Pure.
import type { RowError } from "./cells";

export type WriteOutcome =
  | {
      status: "created" | "updated" | "unchanged";
      id: string;
      /** Found again by its name in its commune (no identifier in the row): said in the report, a dry run shows it. */
      matchedByName?: boolean;
    }
  | { status: "error"; error: RowError };

const same = (left: unknown, right: unknown) => JSON.stringify(left ?? null) === JSON.stringify(right ?? null);

/** The desired fields whose value differs from the stored row (arrays compared item by item, in order). */
export function changedFields<T extends object>(stored: T, desired: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const [key, value] of Object.entries(desired) as [keyof T, T[keyof T]][]) {
    if (value !== undefined && !same(stored[key], value)) changes[key] = value;
  }
  return changes;
}
