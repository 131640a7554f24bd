// Finds the commune a row names: by INSEE code, by postcode (and name when the postcode is shared), or by name
// alone when only one commune bears it. Answers are cached per file: rows often repeat the same communes.
import "server-only";
import type { Executor } from "@/db/client";
import { findCommuneByCode, findCommunesByPostcode, searchCommunes, type CommuneSummary } from "@/lib/territories/territories";
import { slugify } from "@/lib/shared/slug";
import type { RowError } from "./cells";
import type { CommuneQuery } from "./commune-query";

export type CommuneAnswer = { ok: true; commune: CommuneSummary } | { ok: false; error: RowError };

const sameName = (commune: CommuneSummary, name: string) => slugify(commune.name) === slugify(name);
const listed = (communes: CommuneSummary[]) =>
  communes
    .slice(0, 5)
    .map((commune) => `${commune.name} ${commune.postcodes[0] ?? ""} (INSEE ${commune.code})`)
    .join(", ");

async function lookUp(db: Executor, query: CommuneQuery): Promise<CommuneAnswer> {
  if (query.code) {
    const commune = await findCommuneByCode(db, query.code);
    if (commune) return { ok: true, commune };
    return { ok: false, error: { column: "code_insee", message: `Commune inconnue : aucun code INSEE ${query.code}` } };
  }
  if (query.postcode) {
    const candidates = await findCommunesByPostcode(db, query.postcode);
    const named = query.name ? candidates.filter((commune) => sameName(commune, query.name!)) : candidates;
    if (named.length === 1) return { ok: true, commune: named[0]! };
    if (!candidates.length) return { ok: false, error: { column: "code_postal", message: `Commune inconnue : aucun code postal ${query.postcode}` } };
    if (!query.name) {
      return {
        ok: false,
        error: { column: "commune", message: `Le code postal ${query.postcode} est partagé (${listed(candidates)}) : indiquez le nom de la commune` },
      };
    }
    return {
      ok: false,
      error: { column: "commune", message: `Commune inconnue : « ${query.name} » n'a pas le code postal ${query.postcode} (${listed(candidates)})` },
    };
  }
  const matches = (await searchCommunes(db, query.name!, 20)).filter((commune) => sameName(commune, query.name!));
  if (matches.length === 1) return { ok: true, commune: matches[0]! };
  if (!matches.length) return { ok: false, error: { column: "commune", message: `Commune inconnue : « ${query.name} »` } };
  return {
    ok: false,
    error: { column: "commune", message: `Plusieurs communes s'appellent « ${query.name} » (${listed(matches)}) : ajoutez le code postal ou le code INSEE` },
  };
}

export function communeResolver(db: Executor): (query: CommuneQuery) => Promise<CommuneAnswer> {
  const cache = new Map<string, Promise<CommuneAnswer>>();
  return (query) => {
    const key = `${query.code ?? ""}|${query.postcode ?? ""}|${slugify(query.name ?? "")}`;
    let answer = cache.get(key);
    if (!answer) {
      answer = lookUp(db, query);
      cache.set(key, answer);
    }
    return answer;
  };
}
