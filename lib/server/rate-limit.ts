// Rate limits kept in Postgres (fixed windows), so they hold across several app instances and restarts.
import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { parsedRows, type Executor } from "@/db/client";
import { getEnv } from "./env";
import { clientAddress } from "./http/client-address";
import { logSecurityEvent, pseudonym } from "./security-log";
import { signInIdentifier } from "../auth/sign-in-identifier";

export interface RateLimitRule {
  /** What is limited, e.g. "sign-in:email". */
  name: string;
  limit: number;
  windowSeconds: number;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const SIGN_IN_PER_EMAIL: RateLimitRule = { name: "sign-in:email", limit: 5, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_IP: RateLimitRule = { name: "sign-in:ip", limit: 30, windowSeconds: 60 * 60 };

/** Subjects are hashed: e-mail addresses and IPs are not kept in clear in the counters. */
function keyFor(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${createHash("sha256").update(subject.trim().toLowerCase()).digest("hex").slice(0, 32)}`;
}

const countRow = z.object({ count: z.number() });

/** Counts one attempt and says whether it is within the limit; `now` is injectable for tests. */
export async function consumeRateLimit(db: Executor, rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await parsedRows(
    db,
    sql`INSERT INTO rate_limits (key, window_start, count) VALUES (${keyFor(rule, subject)}, ${windowStart.toISOString()}, 1)
        ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
        RETURNING count`,
    countRow,
  );
  if ((row?.count ?? 0) <= rule.limit) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  logSecurityEvent({ event: "rate_limited", rule: rule.name, subject: pseudonym(subject), retryAfterSeconds }, now);
  return { allowed: false, retryAfterSeconds };
}

/** Old windows are useless: remove them now and then (called by the scheduled jobs). */
export async function purgeExpiredRateLimits(db: Executor, now = new Date()): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limits WHERE window_start < ${new Date(now.getTime() - 24 * 3600 * 1000).toISOString()}`);
}

export type SignInLinkAdmission =
  { allowed: true; identifier: string } | { allowed: false; reason: "invalid_email" } | { allowed: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Whether a sign-in link may be sent (it sends an e-mail): counted per client (its address as clientAddress
 * defines it) and per address, the address being the very identifier Auth.js will mail (signInIdentifier), so
 * that no spelling of one mailbox starts a fresh count. An address the normaliser would cut is refused before
 * anything is counted: it sends nothing. Returns the identifier to hand to Auth.js.
 */
export async function admitSignInLinkRequest(
  db: Executor,
  request: { email: string; headers: Headers },
  trustedProxies = getEnv().TRUSTED_PROXIES,
  now = new Date(),
): Promise<SignInLinkAdmission> {
  const identifier = signInIdentifier(request.email);
  if (!identifier) return { allowed: false, reason: "invalid_email" };
  for (const [rule, subject] of [
    [SIGN_IN_PER_IP, clientAddress(request.headers, trustedProxies)],
    [SIGN_IN_PER_EMAIL, identifier],
  ] as const) {
    const verdict = await consumeRateLimit(db, rule, subject, now);
    if (!verdict.allowed) return { allowed: false, reason: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds };
  }
  return { allowed: true, identifier };
}
