// The open-data downloads as stored files: each (the organisations' and the catalysts' GeoJSON, the HSDS file) is
// built in the background once the directory has changed, at most every few minutes, gzipped in parts of a few
// megabytes into open_data_file_parts (its row in open_data_files names the build served), and served from there
// (unzipped on the way) with its ETag — a request costs a read of bytes, never a walk over
// every organisation (which took seconds at 100,000, and ran inside the app's process on the embedded engine). One
// instance builds a file at a time: a build claims its row first. Until a first build exists, a download is streamed
// as before.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import { and, eq, isNull, lt, ne, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { openDataFileParts, openDataFiles } from "@/db/schema";
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
/** The gzip is stored in parts of this size: small reads, the first byte of a download soon sent. */
export const PART_BYTES = 4 * 1024 * 1024;

function contentOf(name: StoredFileName, db: Executor, publicUrl: string): AsyncGenerator<string> {
  if (name === "hsds") return streamHsdsExport(db, publicUrl);
  return streamGeoJsonExport(db, name === "geojson-organisations" ? "organisations" : "catalysts", publicUrl);
}

export interface StoredFile {
  name: StoredFileName;
  version: string;
  etag: string;
  bytes: number;
  /** Whose parts hold the gzip. */
  build: string;
  builtAt: Date;
}

/** The file's stored state, without its bytes; null until it was built once. */
export async function storedFileInfo(db: Executor, name: StoredFileName): Promise<StoredFile | null> {
  const [row] = await db
    .select({
      version: openDataFiles.version,
      etag: openDataFiles.etag,
      bytes: openDataFiles.bytes,
      build: openDataFiles.build,
      builtAt: openDataFiles.builtAt,
    })
    .from(openDataFiles)
    .where(eq(openDataFiles.name, name));
  return row?.builtAt && row.etag && row.build ? { name, ...row, builtAt: row.builtAt } : null;
}

/** The gzip of the file as built, part after part (one read each, so that a download holds one part at a time). */
export async function* storedFileGzip(db: Executor, file: StoredFile): AsyncGenerator<Buffer> {
  for (let part = 0; ; part++) {
    const [row] = await db
      .select({ gzip: openDataFileParts.gzip })
      .from(openDataFileParts)
      .where(and(eq(openDataFileParts.name, file.name), eq(openDataFileParts.build, file.build), eq(openDataFileParts.part, part)));
    if (!row) return;
    yield Buffer.from(row.gzip);
  }
}

/**
 * Builds the file now if it is missing or older than the directory's version (and its last build is old enough),
 * unless another instance is building it: claims its row, reads the content page by page, stores it gzipped.
 * Returns whether it built.
 */
export async function buildStoredFileIfDue(db: Executor, name: StoredFileName, publicUrl: string, now = new Date(), partBytes = PART_BYTES): Promise<boolean> {
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
  const build = randomUUID();
  try {
    // Compressed as it is read, and written in parts as the gzip grows: only a part is held, however large the file.
    const compressor = createGzip({ level: 6 });
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    compressor.on("data", (piece: Buffer) => {
      pending.push(piece);
      pendingBytes += piece.byteLength;
    });
    const finished = once(compressor, "end");
    let part = 0;
    const flush = async (all: boolean) => {
      while (pendingBytes >= partBytes || (all && pendingBytes > 0)) {
        const joined = Buffer.concat(pending);
        const piece = joined.subarray(0, Math.min(partBytes, joined.byteLength));
        const rest = joined.subarray(piece.byteLength);
        pending = rest.byteLength ? [rest] : [];
        pendingBytes = rest.byteLength;
        await db.insert(openDataFileParts).values({ name, build, part: part++, gzip: piece });
      }
    };
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of contentOf(name, db, publicUrl)) {
      const buffer = Buffer.from(chunk, "utf8");
      hash.update(buffer);
      bytes += buffer.byteLength;
      if (!compressor.write(buffer)) await once(compressor, "drain");
      await flush(false);
    }
    compressor.end();
    await finished;
    await flush(true);
    const etag = etagOfHash(hash, version);
    await db.update(openDataFiles).set({ version, etag, bytes, build, builtAt: new Date(), buildingSince: null }).where(eq(openDataFiles.name, name));
    // The parts of earlier builds (and of a build that died half-way) go; a download still reading them ends short
    // and its client asks again.
    await db.delete(openDataFileParts).where(and(eq(openDataFileParts.name, name), ne(openDataFileParts.build, build)));
    return true;
  } catch (error) {
    await db.delete(openDataFileParts).where(and(eq(openDataFileParts.name, name), eq(openDataFileParts.build, build)));
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
  const unzipped = Readable.toWeb(Readable.from(storedFileGzip(db, file)).pipe(createGunzip())) as ReadableStream<Uint8Array>;
  return new Response(unzipped, { headers: common });
}
