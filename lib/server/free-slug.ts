// A slug not yet taken in a table (organisations or catalysts): the base, else base-2, base-3… Runs in the caller's
// transaction, so rows inserted earlier in the same transaction count as taken.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { uniqueSlug } from "@/lib/shared/slug";

const slugRow = z.object({ slug: z.string() });

export async function freeSlug(db: Executor, table: "organisations" | "catalysts", base: string): Promise<string> {
  // Raw: the table is a parameter, which the builder would type as a union of two tables.
  const taken = await parsedRows(db, sql`SELECT slug FROM ${sql.identifier(table)} WHERE slug = ${base} OR slug LIKE ${`${base}-%`}`, slugRow);
  return uniqueSlug(base, new Set(taken.map((row) => row.slug)));
}
