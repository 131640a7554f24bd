// How mail leaves this instance, and who may read the development mailbox. With no SMTP_URL on a site reached at this
// machine's own address (the README's first command), mail is not sent: each one is printed on the server's console
// and shown in /dev/mailbox to requests from this machine only, so a newcomer can sign in without configuring
// anything, and a remote visitor never reads someone else's sign-in link.
import { isIP } from "node:net";
import { getEnv, type Env } from "../env";
import { PEER_ADDRESS_HEADER } from "../http/client-address";

/** smtp: sent through SMTP_URL; local: printed and kept for this machine's mailbox; none: nobody receives it. */
export type MailDelivery = "smtp" | "local" | "none";

function isLoopbackAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/^::ffff:/i, "");
  if (bare === "::1") return true;
  return isIP(bare) === 4 && bare.startsWith("127.");
}

/** A URL naming this machine (localhost, 127.x.x.x, ::1): nobody else can follow its links. */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || isLoopbackAddress(host);
}

export function mailDelivery(env: Pick<Env, "SMTP_URL" | "PUBLIC_URL">): MailDelivery {
  if (env.SMTP_URL) return "smtp";
  return isLoopbackUrl(env.PUBLIC_URL) ? "local" : "none";
}

/** Whether /dev/mailbox exists at all (it may still refuse a given request, see canReadDevMailbox). */
export function isDevMailboxEnabled(env: Env = getEnv()): boolean {
  return env.DEV_MAILBOX || env.NODE_ENV !== "production" || mailDelivery(env) === "local";
}

/**
 * Whether this request may read every mail of the instance. DEV_MAILBOX=true opens it to anyone (test setups, never a
 * real deployment); otherwise only a request from this machine itself, on behalf of nobody else: a proxy on the same
 * machine makes every visitor's socket look local, but names the visitor in X-Forwarded-For or Forwarded.
 */
export function canReadDevMailbox(headers: Headers, env: Env = getEnv()): boolean {
  if (!isDevMailboxEnabled(env)) return false;
  if (env.DEV_MAILBOX) return true;
  if (env.TRUSTED_PROXIES > 0 || headers.has("forwarded")) return false;
  // Next itself writes the socket's peer into X-Forwarded-For when the request has none; a proxy writes its client's.
  const forwardedFor = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return [headers.get(PEER_ADDRESS_HEADER)?.trim() ?? "", ...forwardedFor].every(isLoopbackAddress);
}

/** What `npm start` and each server print at start-up about mail, so nobody waits for a mail that cannot come. */
export function mailDeliveryWarning(env: Env): string | null {
  switch (mailDelivery(env)) {
    case "smtp":
      return null;
    case "local":
      return [
        "No SMTP_URL: mails are not sent. Each one (sign-in links included) is printed on this console and shown at",
        `${env.PUBLIC_URL}/dev/mailbox, to this machine only. Set SMTP_URL before others use this site.`,
      ].join("\n");
    case "none":
      return [
        "=".repeat(78),
        `WARNING: no SMTP_URL, and PUBLIC_URL (${env.PUBLIC_URL}) is not this machine: NO MAIL LEAVES THIS SERVER.`,
        "Nobody can receive a sign-in link, so nobody can sign in, register or be introduced. Set SMTP_URL.",
        "=".repeat(78),
      ].join("\n");
  }
}
