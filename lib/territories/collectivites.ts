// Collectivités from the official lists, for registering one: communes (COG, with their SIREN), EPCI and EPT (code
// = SIREN), départements and régions (SIREN from lib/territories/collectivite-sirens.ts). Each choice comes with the
// name to register under, its SIREN and the commune of its seat, which places it on the map.
import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { communes as communesTable, departements } from "@/db/schema";
import { collectiviteChoiceLabel, communeCollectiviteName, DEPARTEMENT_COLLECTIVITES, REGION_COLLECTIVITES } from "@/lib/territories/collectivite-sirens";
import type { CollectiviteLevel } from "@/lib/shared/vocabulary";
import { searchCommunes } from "@/lib/territories/territories";
import { searchText } from "@/lib/shared/search-terms";

export interface CollectiviteChoice {
  level: CollectiviteLevel;
  /** INSEE code (commune, département, région) or SIREN (EPCI, EPT). */
  code: string;
  /** The name to register under ("Commune de Muret", "CA Le Muretain Agglo", "Département de la Haute-Garonne"). */
  name: string;
  siren: string | null;
  /** The territory's own name ("Muret", "Haute-Garonne"), which people type. */
  territoryName: string;
  /** Where it sits: the commune itself, the EPCI's most populous member, the département's or région's chef-lieu. */
  seatCommuneCode: string | null;
  /** What tells similar names apart in a list: the département, or the région. */
  detail: string;
}

const MAX_QUERY_LENGTH = 100;

const territoryRow = z.object({ code: z.string(), name: z.string(), detail: z.string(), seat: z.string().nullable() });
type TerritoryRow = z.infer<typeof territoryRow>;

function choiceOf(level: CollectiviteLevel, row: TerritoryRow): CollectiviteChoice | null {
  if (level === "departement" || level === "region") {
    const identity = (level === "departement" ? DEPARTEMENT_COLLECTIVITES : REGION_COLLECTIVITES)[row.code];
    // Territories with no collectivité of that level (e.g. the overseas collectivités) are not offered.
    if (!identity) return null;
    return { level, code: row.code, name: identity.name, siren: identity.siren, territoryName: row.name, seatCommuneCode: row.seat, detail: row.detail };
  }
  return { level, code: row.code, name: row.name, siren: row.code, territoryName: row.name, seatCommuneCode: row.seat, detail: row.detail };
}

// The most populous member commune stands for an intercommunality's seat, which the COG does not give.
const intercommunalitySeat = (column: "epci_code" | "ept_code") =>
  sql`(SELECT m.code FROM communes m WHERE m.${sql.raw(column)} = i.code ORDER BY m.population DESC NULLS LAST, m.code LIMIT 1)`;

function territoryQuery(level: Exclude<CollectiviteLevel, "commune">, where: ReturnType<typeof sql>, order: ReturnType<typeof sql>, limit: number) {
  switch (level) {
    case "epci":
    case "ept":
      return sql`SELECT i.code, i.name, ${level === "ept" ? sql`'Grand Paris'` : sql`coalesce(string_agg(DISTINCT d.name, ', '), '')`} AS detail,
                        ${intercommunalitySeat(level === "ept" ? "ept_code" : "epci_code")} AS seat
                 FROM intercommunalities i
                 LEFT JOIN communes c ON c.${sql.raw(level === "ept" ? "ept_code" : "epci_code")} = i.code
                 LEFT JOIN departements d ON d.code = c.departement_code, q
                 WHERE ${level === "ept" ? sql`i.kind = 'EPT'` : sql`i.kind <> 'EPT'`} AND ${where}
                 GROUP BY i.code, i.name, i.population, i.search_name, q.term
                 ORDER BY ${order}, i.population DESC NULLS LAST, i.code
                 LIMIT ${limit}`;
    case "departement":
      return sql`SELECT i.code, i.name, r.name AS detail, i.chef_lieu_code AS seat
                 FROM departements i JOIN regions r ON r.code = i.region_code, q
                 WHERE ${where}
                 ORDER BY ${order}, i.code
                 LIMIT ${limit}`;
    case "region":
      return sql`SELECT i.code, i.name, '' AS detail, i.chef_lieu_code AS seat
                 FROM (SELECT *, f_search_normalize(name) AS search_name FROM regions) i, q
                 WHERE ${where}
                 ORDER BY ${order}, i.code
                 LIMIT ${limit}`;
  }
}

/**
 * Collectivités of one level for what a person types: a name (accents and a typo tolerated), an INSEE code or a
 * SIREN. Communes also match by postcode.
 */
export async function searchCollectivites(db: Executor, level: CollectiviteLevel, query: string, limit = 8): Promise<CollectiviteChoice[]> {
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  const boundedLimit = Math.min(Math.max(1, Math.trunc(limit)), 20);
  if (!text) return [];
  if (level === "commune") {
    const communes = /^\d{9}$/.test(text)
      ? (await db.select({ code: communesTable.code }).from(communesTable).where(eq(communesTable.siren, text)).limit(1)).map((row) => row.code)
      : (await searchCommunes(db, text, boundedLimit)).map((commune) => commune.code);
    if (communes.length === 0) return [];
    const rows = await db
      .select({
        code: communesTable.code,
        name: communesTable.name,
        siren: communesTable.siren,
        detail: sql<string>`coalesce(${communesTable.postcodes}[1], ${communesTable.departementCode}) || ', ' || ${departements.name}`,
      })
      .from(communesTable)
      .innerJoin(departements, eq(departements.code, communesTable.departementCode))
      .where(inArray(communesTable.code, communes));
    // Keep the search's order (best match first).
    return communes.flatMap((code) => {
      const row = rows.find((item) => item.code === code);
      return row
        ? [{ level, code, name: communeCollectiviteName(row.name), siren: row.siren, territoryName: row.name, seatCommuneCode: code, detail: row.detail }]
        : [];
    });
  }
  const byCode = /^(\d{2,3}|2[AB]|\d{9})$/i.test(text);
  // A name: only its bounded words reach the database (lib/shared/search-terms.ts), one-letter ones kept since the
  // whole name is compared ("Pays d'Aix"); the first words of a long name still find it (a prefix is a substring).
  const name = byCode ? "" : searchText(text, { minTermLength: 1 });
  if (!byCode && !name) return [];
  const where = byCode ? sql`(i.code = upper(${text}))` : sql`q.term <> '' AND (i.search_name LIKE '%' || q.term || '%' OR i.search_name % q.term)`;
  const order = byCode ? sql`i.code` : sql`(i.search_name LIKE q.term || '%') DESC, similarity(i.search_name, q.term) DESC`;
  const rows = await parsedRows(
    db,
    sql`WITH q AS (SELECT f_search_normalize(${byCode ? text : name}) AS term) ${territoryQuery(level, where, order, boundedLimit)}`,
    territoryRow,
  );
  return rows.flatMap((row) => choiceOf(level, row) ?? []);
}

/** One collectivité by level and code, or null when there is none (unknown code, or no collectivité there). */
export async function findCollectivite(db: Executor, level: CollectiviteLevel, code: string): Promise<CollectiviteChoice | null> {
  const trimmed = code.trim().toUpperCase();
  if (!/^[0-9AB]{2,9}$/.test(trimmed)) return null;
  const [found] = await searchCollectivites(db, level, trimmed, 1);
  return found && found.code === trimmed ? found : null;
}

export type CollectiviteResolution = { collectivite: CollectiviteChoice } | { error: string } | { collectivite: null };

/**
 * What a registration form sent for its collectivité: the code the picker chose, else (without JavaScript) the
 * typed text when it names exactly one collectivité of that level; nothing when both are blank.
 */
export async function resolveCollectivite(db: Executor, level: CollectiviteLevel, code: unknown, text: unknown): Promise<CollectiviteResolution> {
  if (typeof code === "string" && code.trim()) {
    const found = await findCollectivite(db, level, code);
    return found ? { collectivite: found } : { error: "Collectivité inconnue : choisissez-la dans la liste" };
  }
  if (typeof text !== "string" || !text.trim()) return { collectivite: null };
  const typed = text.trim();
  const matches = await searchCollectivites(db, level, typed, 5);
  const plain = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const exact = matches.filter((item) =>
    [item.name, item.territoryName, item.code, collectiviteChoiceLabel(item)].some((value) => plain(value) === plain(typed)),
  );
  const chosen = exact.length === 1 ? exact[0] : matches.length === 1 ? matches[0] : undefined;
  if (chosen) return { collectivite: chosen };
  return {
    error: matches.length
      ? `Plusieurs collectivités correspondent (${matches.map((item) => `${item.name}${item.detail ? `, ${item.detail}` : ""}`).join(" ; ")}) : précisez, ou tapez son SIREN.`
      : "Aucune collectivité de ce niveau ne correspond : vérifiez le nom, ou laissez ce champ vide et remplissez le nom et le SIREN.",
  };
}
