// How a commune is named to people choosing it ("Lyon (69001) — Rhône") and how typed names are compared.
// Pure module: the commune picker (client) and the finder (server) share it.

export interface CommuneChoice {
  code: string;
  name: string;
  postcodes: string[];
  departementCode: string;
  departementName: string;
  /** The commune's point, when the answer carries it (the autocomplete API does). */
  lat?: number;
  lon?: number;
}

/** The postcode to show: the one the person is typing when it matches, else the commune's first. */
export function displayedPostcode(commune: Pick<CommuneChoice, "postcodes">, typed = ""): string | null {
  const digits = typed.trim();
  if (/^\d{2,5}$/.test(digits)) {
    const matching = commune.postcodes.find((postcode) => postcode.startsWith(digits));
    if (matching) return matching;
  }
  return [...commune.postcodes].sort()[0] ?? null;
}

export function communeChoiceLabel(commune: CommuneChoice, typed = ""): string {
  const postcode = displayedPostcode(commune, typed);
  return `${commune.name}${postcode ? ` (${postcode})` : ""} — ${commune.departementName}`;
}

/**
 * A name reduced to lowercase letters and digits separated by single spaces: "L'Île-d'Yeu" → "l ile d yeu". The same
 * normalisation as the database's `f_search_normalize` (unaccent, lower case, punctuation folded), so names compared
 * here and names searched there agree (the in-memory commune search relies on it).
 */
export function normalizePlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The name and postcode back from a label ("Lyon (69001) — Rhône"), as a form without JavaScript sends it. */
export function parseCommuneChoiceLabel(text: string): { name: string; postcode: string } | null {
  const match = /^\s*(.+?)\s*\((\d{5})\)\s*(?:[—–-].*)?$/.exec(text);
  return match?.[1] && match[2] ? { name: match[1], postcode: match[2] } : null;
}
