// The commune a person typed in the place step without picking a suggestion (no JavaScript, or typed and moved
// on): an exact name, a postcode, "Name 69001", or the picker's own label "Lyon (69001) — Rhône". Accepted when
// it names one commune; otherwise a message naming the candidates, so the person knows what to add.
import "server-only";
import type { Executor } from "@/db/client";
import { slugify } from "@/lib/shared/slug";
import { findCommunesByPostcode, searchCommunes, type CommuneSummary } from "@/lib/territories/territories";

const MAX_LISTED = 5;
const sameName = (commune: CommuneSummary, name: string) => slugify(commune.name) === slugify(name);

/** Splits "Lyon (69001) — Rhône" or "Saint-Denis 93200" into a name and a postcode (either may be missing). */
export function readTypedCommune(typed: string): { name: string; postcode: string | null } {
  const text = typed.replace(/\s+[—–]\s+.*$/, "").trim();
  const match = text.match(/^(.*?)[\s,]*\(?\s*(\d{5})\s*\)?$/);
  if (match) return { name: match[1]!.trim(), postcode: match[2]! };
  return { name: text, postcode: null };
}

const messages = {
  fr: {
    none: (typed: string) => `Aucune commune ne s'appelle « ${typed} » : vérifiez l'orthographe, ou tapez le code postal puis choisissez dans la liste`,
    several: (typed: string, listed: string) =>
      `Plusieurs communes s'appellent « ${typed} » (${listed}) : choisissez la vôtre dans la liste, ou ajoutez le code postal`,
    postcode: (postcode: string, listed: string) =>
      `Plusieurs communes ont le code postal ${postcode} (${listed}) : choisissez la vôtre dans la liste, ou ajoutez son nom`,
  },
  en: {
    none: (typed: string) => `No commune is called “${typed}”: check the spelling, or type the postcode and choose from the list`,
    several: (typed: string, listed: string) => `Several communes are called “${typed}” (${listed}): choose yours from the list, or add the postcode`,
    postcode: (postcode: string, listed: string) => `Several communes have the postcode ${postcode} (${listed}): choose yours from the list, or add its name`,
  },
};

const listed = (communes: CommuneSummary[]) =>
  communes
    .slice(0, MAX_LISTED)
    .map((commune) => `${commune.name} ${commune.postcodes[0] ?? ""} — ${commune.departementName}`)
    .join(", ") + (communes.length > MAX_LISTED ? "…" : "");

export async function resolveTypedCommuneFor(db: Executor, typed: unknown, locale: string): Promise<{ commune: CommuneSummary } | { error: string } | null> {
  if (typeof typed !== "string" || !typed.trim()) return null;
  const t = locale === "en" ? messages.en : messages.fr;
  const shown = typed.trim().slice(0, 80);
  const { name, postcode } = readTypedCommune(typed.slice(0, 200));
  const candidates = postcode ? await findCommunesByPostcode(db, postcode) : [];
  // Five digits alone that are no postcode may be an INSEE code ("75056"): searched below like a name.
  if (postcode && (candidates.length || name)) {
    const named = name ? candidates.filter((commune) => sameName(commune, name)) : candidates;
    if (named.length === 1) return { commune: named[0]! };
    if (!candidates.length || (name && !named.length)) return { error: t.none(shown) };
    return { error: t.postcode(postcode, listed(candidates)) };
  }
  // An INSEE code, or a name: exact homonyms rank first, so a few more than listed are enough to see them all.
  const query = name || (postcode ?? "");
  const matches = await searchCommunes(db, query, 20);
  const exact = matches.filter((commune) => sameName(commune, query) || commune.code === query.toUpperCase());
  if (exact.length === 1) return { commune: exact[0]! };
  if (exact.length > 1) return { error: t.several(shown, listed(exact)) };
  if (matches.length === 1) return { commune: matches[0]! };
  return { error: matches.length ? t.several(shown, listed(matches)) : t.none(shown) };
}
