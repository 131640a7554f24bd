// Security events (sign-ins, refused permissions, rate limits, consent in introductions) as one JSON line each on
// the server's standard output, where the host's log collector picks them up. Everything goes through
// `logSecurityEvent`, which never writes an e-mail address or a token in clear: addresses become a short hash
// (pseudonymous: the same address gives the same hash, so events of one person can be followed), tokens and
// URLs carrying them are dropped.
import "server-only";
import { createHash } from "node:crypto";

export type SecurityEvent =
  | { event: "sign_in_link_requested"; email: string }
  | { event: "sign_in"; userId: string; isNewUser?: boolean }
  | { event: "sign_in_refused"; email: string; reason: "disabled" | "no_email" }
  | { event: "sign_out"; userId?: string }
  | { event: "permission_refused"; userId?: string | null; what: string }
  | { event: "rate_limited"; rule: string; subject: string; retryAfterSeconds: number }
  | { event: "consent_given" | "consent_refused" | "consent_withdrawn"; userId: string; introductionId: string; role: "requester" | "target" };

/** Where the lines go; tests replace it to read them. */
export type SecurityLogSink = (line: string) => void;

let sink: SecurityLogSink = (line) => process.stdout.write(`${line}\n`);

export function setSecurityLogSink(next: SecurityLogSink): SecurityLogSink {
  const previous = sink;
  sink = next;
  return previous;
}

/** A short, stable pseudonym of an e-mail address (or any identifier): never the value itself. */
export function pseudonym(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("hex").slice(0, 16);
}

const EMAIL = /[^\s@"'<>,;:]+@[^\s@"'<>,;:]+\.[^\s@"'<>,;:]+/g;
// Long opaque strings (session and verification tokens, secrets); UUIDs (row ids) are kept.
const TOKEN = /\b(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b)[A-Za-z0-9_\-+/=]{32,}/gi;
const URL_WITH_QUERY = /\bhttps?:\/\/\S*\?\S*/gi;

/** Defence in depth for every string of an event: e-mail addresses hashed, URLs with parameters and tokens cut. */
export function redact(text: string): string {
  return text
    .replace(URL_WITH_QUERY, "[url]")
    .replace(EMAIL, (address) => `email:${pseudonym(address)}`)
    .replace(TOKEN, "[redacted]");
}

export function logSecurityEvent(event: SecurityEvent, now = new Date()): void {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (value === undefined) continue;
    // The `email` field is the one place an address is expected: it is always replaced by its pseudonym.
    if (key === "email") fields.emailHash = pseudonym(String(value));
    else fields[key] = typeof value === "string" ? redact(value) : value;
  }
  try {
    sink(JSON.stringify({ time: now.toISOString(), level: "info", type: "security", ...fields }));
  } catch {
    // A full disk or a closed pipe must not turn a refused request into a server error.
  }
}
