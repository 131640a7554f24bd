// The directory's version (the directory_version sequence, moved at the commit of every change to organisations,
// their needs and offers, the catalysts and their coverage), read at most once a second per database handle: what
// the caches of public pages and figures are keyed on.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";

const READ_EVERY_MS = 1_000;
const versionRow = z.object({ version: z.string() });
// Per database handle (tests and scripts may open several), shared by every module instance of the process.
const holder = globalThis as unknown as { allianceDirectoryVersions?: WeakMap<object, { value: Promise<string>; readAt: number }> };
const versions = (holder.allianceDirectoryVersions ??= new WeakMap());

export async function readDirectoryVersion(db: Executor): Promise<string> {
  const [row] = await parsedRows(db, sql`SELECT last_value::text AS version FROM directory_version`, versionRow);
  return row?.version ?? "0";
}

/** The version as of a second ago at most; a failed read is not kept. */
export function recentDirectoryVersion(db: Executor, now = Date.now()): Promise<string> {
  const current = versions.get(db);
  if (current && now - current.readAt < READ_EVERY_MS) return current.value;
  const value = readDirectoryVersion(db);
  versions.set(db, { value, readAt: now });
  value.catch(() => {
    if (versions.get(db)?.value === value) versions.delete(db);
  });
  return value;
}
