// A comparable picture of a database: its schema (columns, indexes) and, per table, the row count and a checksum
// of the rows' text. Two databases with equal fingerprints hold the same schema and the same reference and seed
// data (operational tables such as the mail outbox are left out).
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "../client";

// Tables whose rows carry the time they were written, which legitimately differs between two loads.
const TIME_OF_LOAD_COLUMNS: Record<string, string[]> = { app_settings: ["updated_at"] };
// Operational tables filled by a running service (mail, counters, sessions, stored downloads), not by the schema or the seed.
const OPERATIONAL_TABLES = new Set(["mail_outbox", "rate_limits", "sessions", "verification_tokens", "audit_log", "open_data_files", "open_data_file_parts"]);

export interface DatabaseFingerprint {
  columns: string[];
  indexes: string[];
  tables: Record<string, { rows: number; checksum: string }>;
}

export async function fingerprintDatabase(db: Executor): Promise<DatabaseFingerprint> {
  const columns = await queryRows<{ line: string }>(
    db,
    sql`SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' ||
               coalesce(generation_expression, '') AS line
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
  );
  const indexes = await queryRows<{ line: string }>(
    db,
    sql`SELECT indexname || ': ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
  );
  const tableNames = await queryRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const tables: DatabaseFingerprint["tables"] = {};
  for (const { name } of tableNames) {
    if (OPERATIONAL_TABLES.has(name)) continue;
    const skipped = TIME_OF_LOAD_COLUMNS[name] ?? [];
    const [row] = await queryRows<{ rows: number; checksum: string | null }>(
      db,
      sql.raw(
        `SELECT count(*)::int AS rows,
                md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS checksum
         FROM (SELECT (to_jsonb(t) ${skipped.map((column) => `- '${column}'`).join(" ")})::text AS r FROM "${name}" t) s`,
      ),
    );
    tables[name] = { rows: row?.rows ?? 0, checksum: row?.checksum ?? "" };
  }
  return { columns: columns.map((item) => item.line), indexes: indexes.map((item) => item.line), tables };
}
