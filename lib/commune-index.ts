// Facts about every commune (name, intercommunality, département) held in memory, for code paths that need them
// for hundreds of rows per request (matching): a join per row costs more than the rest of the query, on PGlite
// especially. Territories are reference data loaded from the committed data file by the migration step; they
// do not change while the process runs, and every database of a process holds the same ones.
import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";

export interface CommuneFacts {
  name: string;
  epciCode: string | null;
  departementCode: string;
}

let index: Promise<Map<string, CommuneFacts>> | null = null;

export function getCommuneIndex(db: Executor): Promise<Map<string, CommuneFacts>> {
  index ??= queryRows<CommuneFacts & { code: string }>(
    db,
    sql`SELECT code, name, epci_code AS "epciCode", departement_code AS "departementCode" FROM communes`,
  ).then(
    (rows) => new Map(rows.map(({ code, ...facts }) => [code, facts])),
    (error: unknown) => {
      index = null;
      throw error;
    },
  );
  return index;
}
