// The open-data downloads as stored files: each (the organisations' and the catalysts' GeoJSON, the HSDS file) is
// built in the background once the directory has changed, at most every few minutes, gzipped into open_data_files,
// and served from there (unzipped on the way) with its ETag — a request costs a read of bytes, never a walk over
// every organisation (which took seconds at 100,000, and ran inside the app's process on the embedded engine). One
// instance builds a file at a time: a build claims its row first. Until a first build exists, a download is streamed
// as before.
import "server-only";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import { and, eq, isNull, lt, ne, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { openDataFiles } from "@/db/schema";
import { readDirectoryVersion } from "@/lib/server/directory-version";
import { etagOfHash, isNotModified } from "@/lib/server/http/conditional";
import { streamGeoJsonExport } from "./geojson";
import { REBUILD_AFTER_MS } from "./licence";

export { REBUILD_AFTER_MS };
import { streamHsdsExport } from "./hsds";

export const STORED_FILES = {
  "geojson-organisations": { contentType: "application/geo+json; charset=utf-8", filename: "alliances-organisations.geojson" },
  "geojson-catalysts": { contentType: "application/geo+json; charset=utf-8", filename: "alliances-catalysts.geojson" },
  hsds: { contentType: "application/json; charset=utf-8", filename: "alliances-hsds.json" },
} as const;
export type StoredFileName = keyof typeof STORED_FILES;
export const STORED_FILE_NAMES = Object.keys(STORED_FILES) as StoredFileName[];

/** A build claimed longer ago than this is taken to have died with its instance. */
const BUILD_CLAIM_MS = 10 * 60_000;

function contentOf(name: StoredFileName, db: Executor, publicUrl: string): AsyncGenerator<string> {
  if (name === "hsds") return streamHsdsExport(db, publicUrl);
  return streamGeoJsonExport(db, name === "geojson-organisations" ? "organisations" : "catalysts", publicUrl);
}

export interface StoredFile {
  name: StoredFileName;
  version: string;
  etag: string;
  bytes: number;
  builtAt: Date;
}

/** The file's stored state, without its bytes; null until it was built once. */
export async function storedFileInfo(db: Executor, name: StoredFileName): Promise<StoredFile | null> {
  const [row] = await db
    .select({ version: openDataFiles.version, etag: openDataFiles.etag, bytes: openDataFiles.bytes, builtAt: openDataFiles.builtAt })
    .from(openDataFiles)
    .where(eq(openDataFiles.name, name));
  return row?.builtAt && row.etag ? { name, version: row.version, etag: row.etag, bytes: row.bytes, builtAt: row.builtAt } : null;
}

/** The gzipped bytes of the file as built with this ETag, from memory after the first read. */
const bytesCache = new Map<string, Promise<Uint8Array | null>>();
export function storedFileBytes(db: Executor, file: StoredFile): Promise<Uint8Array | null> {
  const key = `${file.name} ${file.etag}`;
  let bytes = bytesCache.get(key);
  if (!bytes) {
    for (const old of [...bytesCache.keys()]) if (old.startsWith(`${file.name} `)) bytesCache.delete(old);
    bytes = db
      .select({ gzip: openDataFiles.gzip })
      .from(openDataFiles)
      .where(and(eq(openDataFiles.name, file.name), eq(openDataFiles.etag, file.etag)))
      .then(([row]) => (row?.gzip ? new Uint8Array(row.gzip) : null));
    bytesCache.set(key, bytes);
    bytes.then((value) => value === null && bytesCache.delete(key)).catch(() => bytesCache.delete(key));
  }
  return bytes;
}

/**
 * Builds the file now if it is missing or older than the directory's version (and its last build is old enough),
 * unless another instance is building it: claims its row, reads the content page by page, stores it gzipped.
 * Returns whether it built.
 */
export async function buildStoredFileIfDue(db: Executor, name: StoredFileName, publicUrl: string, now = new Date()): Promise<boolean> {
  const version = await readDirectoryVersion(db);
  await db.insert(openDataFiles).values({ name }).onConflictDoNothing();
  const claimed = await db
    .update(openDataFiles)
    .set({ buildingSince: now })
    .where(
      and(
        eq(openDataFiles.name, name),
        or(isNull(openDataFiles.buildingSince), lt(openDataFiles.buildingSince, new Date(now.getTime() - BUILD_CLAIM_MS))),
        or(isNull(openDataFiles.builtAt), and(ne(openDataFiles.version, version), lt(openDataFiles.builtAt, new Date(now.getTime() - REBUILD_AFTER_MS)))),
      ),
    )
    .returning({ name: openDataFiles.name });
  if (!claimed.length) return false;
  try {
    // Compressed as it is read: only the gzip (a tenth of the text) is held, however large the directory.
    const compressor = createGzip({ level: 6 });
    const compressed: Buffer[] = [];
    compressor.on("data", (piece: Buffer) => compressed.push(piece));
    const finished = once(compressor, "end");
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of contentOf(name, db, publicUrl)) {
      const buffer = Buffer.from(chunk, "utf8");
      hash.update(buffer);
      bytes += buffer.byteLength;
      if (!compressor.write(buffer)) await once(compressor, "drain");
    }
    compressor.end();
    await finished;
    const gzip = Buffer.concat(compressed);
    const etag = etagOfHash(hash, version);
    await db.update(openDataFiles).set({ version, etag, bytes, gzip, builtAt: new Date(), buildingSince: null }).where(eq(openDataFiles.name, name));
    return true;
  } catch (error) {
    await db.update(openDataFiles).set({ buildingSince: null }).where(eq(openDataFiles.name, name));
    throw error;
  }
}

/** Each file that is due, one after another (the background job, every few minutes). */
export async function buildDueStoredFiles(db: Executor, publicUrl: string, now = new Date()): Promise<StoredFileName[]> {
  const built: StoredFileName[] = [];
  for (const name of STORED_FILE_NAMES) if (await buildStoredFileIfDue(db, name, publicUrl, now)) built.push(name);
  return built;
}

/**
 * The answer from the stored file: 304 when the client holds it, else its content, unzipped on the way, with ETag,
 * Last-Modified and the caller's headers. Null while none is stored.
 * Not sent gzip-encoded: Next 16 drops a route handler's Content-Encoding header (FORBIDDEN_HEADERS in its
 * send-response.js) and compresses no route handler's answer, so gzip bytes would reach clients unlabelled.
 */
export async function storedFileResponse(db: Executor, name: StoredFileName, request: Request, headers: Record<string, string>): Promise<Response | null> {
  const file = await storedFileInfo(db, name);
  if (!file) return null;
  const common: Record<string, string> = {
    ...headers,
    "Content-Type": STORED_FILES[name].contentType,
    "Content-Disposition": `attachment; filename="${STORED_FILES[name].filename}"`,
    ETag: file.etag,
    "Last-Modified": file.builtAt.toUTCString(),
  };
  if (isNotModified(request.headers, { etag: file.etag, lastModified: file.builtAt })) return new Response(null, { status: 304, headers: common });
  const bytes = await storedFileBytes(db, file);
  if (!bytes) return null;
  const unzipped = Readable.toWeb(Readable.from([Buffer.from(bytes)]).pipe(createGunzip())) as ReadableStream<Uint8Array>;
  return new Response(unzipped, { headers: common });
}
