// Every commune (its summary and the names of its territories) held in memory, for the code paths that need them
// often: the partner proposals read facts for hundreds of rows per request (a join per row costs more than the
// rest of the query, on PGlite especially), and the commune autocomplete answers on each keystroke. Territories
// are reference data loaded from the committed data file by the migration step; they do not change while the
// process runs, and every database of a process holds the same ones.
import "server-only";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { CommuneSearchIndex } from "@/lib/territories/commune-search";
// Read at call time only: territories.ts imports this module in turn.
import { communeSelect, indexedCommuneRow } from "@/lib/territories/territories";

export type IndexedCommune = z.infer<typeof indexedCommuneRow>;

export interface CommuneTable {
  byCode: Map<string, IndexedCommune>;
  search: CommuneSearchIndex<IndexedCommune>;
}

let table: Promise<CommuneTable> | null = null;

/** The commune table, loaded on first use. A database without territories yet is not cached (asked again next time). */
export function getCommuneTable(db: Executor): Promise<CommuneTable> {
  const loading = (table ??= parsedRows(db, sql`${communeSelect} ORDER BY c.code`, indexedCommuneRow).then(
    (rows) => {
      if (!rows.length) table = null;
      // Shared by every caller: frozen, so that a caller changing one would fail loudly rather than corrupt the table.
      for (const row of rows) Object.freeze(row);
      return { byCode: new Map(rows.map((commune) => [commune.code, commune])), search: new CommuneSearchIndex(rows) };
    },
    (error: unknown) => {
      table = null;
      throw error;
    },
  ));
  return loading;
}

/** Facts about every commune by INSEE code (name, intercommunality, département…). */
export async function getCommuneIndex(db: Executor): Promise<Map<string, IndexedCommune>> {
  return (await getCommuneTable(db)).byCode;
}
