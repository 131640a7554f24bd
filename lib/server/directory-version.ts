// The directory's version (the directory_version sequence, moved at the commit of every change to organisations,
// their needs and offers, the catalysts and their coverage, the introductions), read at most once a second per
// database handle: what the caches of public pages and figures are keyed on.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";

const READ_EVERY_MS = 1_000;
/**
 * While a new read waits (a pool whose connections are all taken by long queries), the last value read is used for
 * this long at most, so that the cache of anonymous pages keeps answering beside a busy database.
 */
const STALE_WHILE_READING_MS = 10_000;
const versionRow = z.object({ version: z.string() });

interface Memo {
  /** The last value read, and when its read started. */
  known?: { value: string; at: number };
  reading?: Promise<string>;
}
// Per database handle (tests and scripts may open several), shared by every module instance of the process.
const holder = globalThis as unknown as { allianceDirectoryVersions?: WeakMap<object, Memo> };
const versions = (holder.allianceDirectoryVersions ??= new WeakMap<object, Memo>());

export async function readDirectoryVersion(db: Executor): Promise<string> {
  const [row] = await parsedRows(db, sql`SELECT last_value::text AS version FROM directory_version`, versionRow);
  return row?.version ?? "0";
}

/**
 * The version as of a second ago at most; up to ten seconds old while a newer read waits for the database. A
 * failed read is not kept.
 */
export function recentDirectoryVersion(db: Executor, now = Date.now()): Promise<string> {
  let memo = versions.get(db);
  if (!memo) versions.set(db, (memo = {}));
  const { known } = memo;
  if (known && now - known.at < READ_EVERY_MS) return Promise.resolve(known.value);
  if (!memo.reading) {
    const reading = readDirectoryVersion(db);
    memo.reading = reading;
    const entry = memo;
    reading.then(
      (value) => {
        entry.known = { value, at: now };
        entry.reading = undefined;
      },
      () => {
        entry.reading = undefined;
      },
    );
  }
  return known && now - known.at < STALE_WHILE_READING_MS ? Promise.resolve(known.value) : memo.reading;
}
