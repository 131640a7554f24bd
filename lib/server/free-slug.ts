// A slug not yet taken in a table (organisations or catalysts): the base, else base-2, base-3… Runs in the caller's
// transaction, so rows inserted earlier in the same transaction count as taken.
import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/db/client";
import { uniqueSlug } from "@/lib/shared/slug";

export async function freeSlug(db: Executor, table: "organisations" | "catalysts", base: string): Promise<string> {
  const taken = await queryRows<{ slug: string }>(db, sql`SELECT slug FROM ${sql.identifier(table)} WHERE slug = ${base} OR slug LIKE ${`${base}-%`}`);
  return uniqueSlug(base, new Set(taken.map((row) => row.slug)));
}
