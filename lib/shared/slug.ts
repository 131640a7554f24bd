// URL slugs from French names: accents removed, lower case, words joined by dashes.

export function slugify(value: string, maxLength = 80): string {
  const slug = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "") || "sans-nom";
}

/** Returns a slug not yet in `taken` by appending -2, -3…, and records it. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let counter = 2; taken.has(candidate); counter += 1) candidate = `${base}-${counter}`;
  taken.add(candidate);
  return candidate;
}
