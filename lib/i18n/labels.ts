// The label of a vocabulary value in the visitor's language, falling back to the raw value if unknown.
import type { Label } from "@/lib/shared/vocabulary";
import type { Locale } from "./messages";

export function labelOf(labels: Record<string, Label>, value: string | number, locale: Locale): string {
  return labels[String(value)]?.[locale] ?? String(value);
}
