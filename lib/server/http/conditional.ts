// Conditional GETs (RFC 9110 §13): whether a client already holds the current representation, by its ETag
// (If-None-Match, which wins when both are sent) or by its date (If-Modified-Since, to the second).
import { createHash, type Hash } from "node:crypto";

export interface Representation {
  etag: string;
  lastModified?: Date;
}

export function isNotModified(headers: Headers, current: Representation): boolean {
  const tags = headers.get("if-none-match");
  if (tags !== null) {
    return tags.split(",").some((item) => {
      const tag = item.trim();
      return tag === "*" || tag === current.etag || tag === `W/${current.etag}`;
    });
  }
  if (!current.lastModified) return false;
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(current.lastModified.getTime() / 1000) * 1000 <= since;
}

/** A strong ETag from a SHA-256 fed with the body (piece by piece for a streamed one), with an optional prefix. */
export function etagOfHash(hash: Hash, prefix = ""): string {
  return `"${prefix ? `${prefix}-` : ""}${hash.digest("base64url").slice(0, 22)}"`;
}

/** A strong ETag for a body held whole. */
export function etagOf(body: string | Uint8Array, prefix = ""): string {
  return etagOfHash(createHash("sha256").update(body), prefix);
}
