// Probable duplicates: two records of one organisation (an import run twice without identifiers, a registration of an
// organisation already listed). One rule (duplicateReason) says whether two organisations are probably the same; the
// admins' list finds the pairs it holds (lib/admin/duplicates.ts) and the matching never proposes two of them together
// (lib/matching/proposals.ts). The database only gathers the facts the rule reads, and the groups worth comparing.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { haversineKm } from "@/lib/geo/distance";
import { normalizePlaceName } from "@/lib/catalysts/commune-label";

/** Why two organisations are probably one, strongest first. */
export const DUPLICATE_REASONS = ["siret", "rna", "siren", "same-name", "similar-name"] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** "Very similar names nearby": the same words (f_name_key) this close, in kilometres. */
export const SIMILAR_NAME_KM = 15;

export const duplicateFactsRow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  status: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  departementCode: z.string(),
  lat: z.number(),
  lon: z.number(),
  /** The name as the search folds it (organisations.search_name). */
  searchName: z.string(),
  /** Its words minus the little ones, sorted (f_name_key). */
  nameKey: z.string(),
  siret: z.string().nullable(),
  siren: z.string().nullable(),
  rna: z.string().nullable(),
});
export type DuplicateFacts = z.infer<typeof duplicateFactsRow>;

/** The columns of DuplicateFacts, for a query over `organisations o JOIN communes c`. */
export const duplicateFactsColumns = sql`o.id, o.slug, o.name, o.kind, o.status, o.commune_code AS "communeCode", c.name AS "communeName",
  c.departement_code AS "departementCode", o.lat, o.lon, o.search_name AS "searchName", f_name_key(o.search_name) AS "nameKey",
  o.siret, o.siren, o.rna`;

/** What the rule reads of an organisation. */
export type DuplicateKeys = Pick<DuplicateFacts, "id" | "communeCode" | "lat" | "lon" | "searchName" | "nameKey" | "siret" | "siren" | "rna">;

/** The little words a name key leaves out: f_name_key's list (migration 0021), compared by a db test. */
const LITTLE_WORDS = new Set(["a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur"]);

/** f_name_key of a name's search_name, in memory: a db test compares both on every demo name, on both engines. */
export function nameKeyOf(searchName: string): string {
  return searchName
    .split(" ")
    .filter((word) => word !== "" && !LITTLE_WORDS.has(word))
    .sort()
    .join(" ");
}

/** The rule's keys from what the matching already holds of an organisation, and its identifiers. */
export function duplicateKeys(
  organisation: { id: string; name: string; communeCode?: string; lat: number; lon: number },
  identifiers: { siret: string | null; siren: string | null; rna: string | null } | undefined,
): DuplicateKeys {
  const searchName = normalizePlaceName(organisation.name);
  return {
    id: organisation.id,
    communeCode: organisation.communeCode ?? "",
    lat: organisation.lat,
    lon: organisation.lon,
    searchName,
    nameKey: nameKeyOf(searchName),
    siret: identifiers?.siret ?? null,
    siren: identifiers?.siren ?? null,
    rna: identifiers?.rna ?? null,
  };
}

/** The SIRET, SIREN and RNA of these organisations, by id: all the matching lacks to apply the rule. */
export async function loadIdentifiers(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { siret: string | null; siren: string | null; rna: string | null }>> {
  if (!ids.length) return new Map();
  const rows = await parsedRows(
    db,
    sql`SELECT id, siret, siren, rna FROM organisations WHERE id IN ${[...new Set(ids)]}`,
    z.object({ id: z.string(), siret: z.string().nullable(), siren: z.string().nullable(), rna: z.string().nullable() }),
  );
  return new Map(rows.map(({ id, ...identifiers }) => [id, identifiers]));
}

/**
 * Whether two organisations are probably one, and why: the same establishment (SIRET), association (RNA), or legal
 * unit (SIREN) where one of them names no establishment and one name holds the other's words (two establishments of
 * one company are two organisations, and a commune's services share its SIREN); the same name in the same commune; or
 * the same words of a name within SIMILAR_NAME_KM. Null: no reason to think so.
 */
export function duplicateReason(a: DuplicateKeys, b: DuplicateKeys): DuplicateReason | null {
  if (a.id === b.id) return null;
  if (a.siret && a.siret === b.siret) return "siret";
  if (a.rna && a.rna === b.rna) return "rna";
  if (a.siren && a.siren === b.siren && (!a.siret || !b.siret) && namesAlike(a, b)) return "siren";
  if (a.searchName && a.searchName === b.searchName && a.communeCode && a.communeCode === b.communeCode) return "same-name";
  if (a.nameKey && a.nameKey === b.nameKey && haversineKm(a, b) <= SIMILAR_NAME_KM) return "similar-name";
  return null;
}

/** One name's words (little words aside) are all in the other's: "Rousseau Textiles" and "Rousseau Textiles Limoges". */
function namesAlike(a: DuplicateKeys, b: DuplicateKeys): boolean {
  if (!a.nameKey || !b.nameKey) return false;
  const [shorter, longer] = a.nameKey.length <= b.nameKey.length ? [a.nameKey, b.nameKey] : [b.nameKey, a.nameKey];
  const words = new Set(longer.split(" "));
  return shorter.split(" ").every((word) => words.has(word));
}

/**
 * The list in its order without what would show one organisation twice: an item probably the same as the subject,
 * or as an item kept before it; `limit` items at most. Items whose keys are unknown are kept.
 */
export function withoutDuplicates<T>(
  ordered: readonly T[],
  idOf: (item: T) => string,
  keys: Map<string, DuplicateKeys>,
  options: { subjectId?: string; limit?: number } = {},
): T[] {
  const kept: DuplicateKeys[] = [];
  const subject = options.subjectId ? keys.get(options.subjectId) : undefined;
  if (subject) kept.push(subject);
  const result: T[] = [];
  for (const item of ordered) {
    if (options.limit !== undefined && result.length >= options.limit) break;
    const own = keys.get(idOf(item));
    if (own && kept.some((other) => duplicateReason(own, other) !== null)) continue;
    if (own) kept.push(own);
    result.push(item);
  }
  return result;
}
