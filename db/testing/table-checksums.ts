// Per table of the public schema: the row count and an md5 of every row's text, in primary-key order, so two databases
// holding the same rows give the same figures (whatever their physical order on disk).
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "../client";

export type TableChecksums = Record<string, { rows: number; md5: string }>;

export async function tableChecksums(db: Executor): Promise<TableChecksums> {
  const tables = await queryRows<{ name: string; key: string | null }>(
    db,
    sql`SELECT c.relname AS name,
               (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey, a.attnum))
                FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = c.oid AND i.indisprimary) AS key
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  const result: TableChecksums = {};
  for (const { name, key } of tables) {
    // A table without a primary key is ordered by its whole row text.
    const order = key ?? "r";
    const [row] = await queryRows<{ rows: number; md5: string }>(
      db,
      sql.raw(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, E'\\n' ORDER BY ${key ? order : "r"}), '')) AS md5
               FROM (SELECT t.*, t::text AS r FROM ${JSON.stringify(name)} t) s`),
    );
    result[name] = { rows: row?.rows ?? 0, md5: row?.md5 ?? "" };
  }
  return result;
}
