// A signed "this form was shown at T" token, the anti-abuse check of the public forms that need no account: a robot
// posting at once, or replaying a form from days ago, is refused; a person, who reads and types, never notices.
// No third-party service: an HMAC of the time with the instance's secret.
import { createHmac, timingSafeEqual } from "node:crypto";

export const FORM_TOKEN_MIN_SECONDS = 3;
export const FORM_TOKEN_MAX_SECONDS = 24 * 3600;

const signature = (secret: string, purpose: string, issuedAt: number) => createHmac("sha256", secret).update(`${purpose}:${issuedAt}`).digest("base64url");

export function issueFormToken(secret: string, purpose: string, now = new Date()): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return `${issuedAt}.${signature(secret, purpose, issuedAt)}`;
}

export type FormTokenVerdict = "ok" | "missing" | "too_fast" | "expired";

export function checkFormToken(secret: string, purpose: string, token: string | null | undefined, now = new Date()): FormTokenVerdict {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
  if (!match) return "missing";
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(signature(secret, purpose, issuedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "missing";
  const age = now.getTime() / 1000 - issuedAt;
  if (age < FORM_TOKEN_MIN_SECONDS) return "too_fast";
  if (age > FORM_TOKEN_MAX_SECONDS) return "expired";
  return "ok";
}
