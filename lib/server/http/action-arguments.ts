// The arguments of a server action come from the client like any request body: React decodes whatever JSON was
// posted, so a hand-made call can hand an action a string where it expects a FormData, or null for its previous
// state. Actions check their arguments' types first with these; a call that fails gets a 404 (Next's answer for
// an action that cannot be found), never a TypeError turned into a 500.
import { notFound } from "next/navigation";

export function assertFormData(value: unknown): asserts value is FormData {
  if (!(value instanceof FormData)) notFound();
}

/** The previous state of a form (useActionState): a plain object. */
export function assertState(value: unknown): asserts value is object {
  if (value === null || typeof value !== "object" || Array.isArray(value)) notFound();
}

/** A bound text argument (a slug, an id, a step): a string of sensible length without NUL. */
export function assertText(value: unknown, maxLength = 200): asserts value is string {
  if (typeof value !== "string" || value.length > maxLength || value.includes("\u0000")) notFound();
}
