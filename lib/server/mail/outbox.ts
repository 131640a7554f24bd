// The mail outbox: every message is written to Postgres first (in the caller's transaction when there is one),
// then sent by workers that claim rows with FOR UPDATE SKIP LOCKED, so several app instances never send a
// message twice and nothing is lost while SMTP is down.
import "server-only";
import { desc, sql } from "drizzle-orm";
import { z } from "zod";
import { isoTimestamp, parsedRows, type Executor } from "@/db/client";
import { mailOutbox } from "@/db/schema";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  template: string;
}

export async function enqueueMail(db: Executor, mail: OutgoingMail): Promise<void> {
  await db.insert(mailOutbox).values({ toAddress: mail.to, subject: mail.subject, textBody: mail.text, htmlBody: mail.html ?? null, template: mail.template });
}

const claimedMailRow = z.object({
  id: z.number(),
  toAddress: z.string(),
  subject: z.string(),
  textBody: z.string(),
  htmlBody: z.string().nullable(),
  attempts: z.number(),
});
export type ClaimedMail = z.infer<typeof claimedMailRow>;

const MAX_ATTEMPTS = 8;
/** A claim older than this is considered abandoned (its worker died) and may be taken again. */
const CLAIM_TIMEOUT_SECONDS = 300;

/** Claims up to `limit` due mails for this worker. */
export async function claimDueMails(db: Executor, limit: number, now = new Date()): Promise<ClaimedMail[]> {
  const at = now.toISOString();
  // The id is int8, which postgres.js hands over as a string: cast, so it is the number ClaimedMail says on both engines.
  return parsedRows(
    db,
    sql`UPDATE mail_outbox SET status = 'sending', locked_at = ${at}, attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM mail_outbox
          WHERE (status = 'pending' AND next_attempt_at <= ${at})
             OR (status = 'sending' AND locked_at < ${at}::timestamptz - make_interval(secs => ${CLAIM_TIMEOUT_SECONDS}))
          ORDER BY next_attempt_at, id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING id::int AS id, to_address AS "toAddress", subject, text_body AS "textBody", html_body AS "htmlBody", attempts`,
    claimedMailRow,
  );
}

export async function markMailSent(db: Executor, id: number, now = new Date()): Promise<void> {
  await db.execute(sql`UPDATE mail_outbox SET status = 'sent', sent_at = ${now.toISOString()}, locked_at = NULL, last_error = NULL WHERE id = ${id}`);
}

/** Retries with exponential backoff (1 min, 2, 4… capped at 6 h); gives up after MAX_ATTEMPTS. */
export async function markMailFailed(db: Executor, mail: Pick<ClaimedMail, "id" | "attempts">, error: string, now = new Date()): Promise<void> {
  const delaySeconds = Math.min(6 * 3600, 60 * 2 ** Math.max(0, mail.attempts - 1));
  const status = mail.attempts >= MAX_ATTEMPTS ? "failed" : "pending";
  await db.execute(
    sql`UPDATE mail_outbox SET status = ${status}, locked_at = NULL, last_error = ${error.slice(0, 500)},
        next_attempt_at = ${new Date(now.getTime() + delaySeconds * 1000).toISOString()} WHERE id = ${mail.id}`,
  );
}

/**
 * Claimed mails given back untouched because the mail server could not be reached: the attempt is not counted
 * (the mail was never offered) and they are due again at once, for the next pass.
 */
export async function releaseMails(db: Executor, ids: number[], error: string): Promise<void> {
  if (!ids.length) return;
  await db.execute(
    sql`UPDATE mail_outbox SET status = 'pending', locked_at = NULL, attempts = greatest(attempts - 1, 0), last_error = ${error.slice(0, 500)}
        WHERE status = 'sending' AND id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
}

/** Nodemailer's codes (and Node's) for "could not talk to the mail server at all", as opposed to a refused mail. */
const TRANSPORT_UNAVAILABLE_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH"]);

/** The mail server is down or unreachable (or says so with 421): not this mail's fault. */
export function isTransportUnavailable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return (typeof code === "string" && TRANSPORT_UNAVAILABLE_CODES.has(code)) || responseCode === 421;
}

export type MailSender = (mail: ClaimedMail) => Promise<void>;

/** The sender of a site with no SMTP on this machine's own address: the mail's recipient, subject and links, on the console. */
export const printMail: MailSender = async (mail) => {
  const links = [...new Set(mail.textBody.match(/https?:\/\/\S+/g) ?? [])];
  console.log([`[mail not sent: no SMTP_URL] to ${mail.toAddress}: ${mail.subject}`, ...links.map((link) => `  ${link}`)].join("\n"));
};

/**
 * One pass of the worker: claim, send each, record the outcome. Returns how many were sent. When the mail server
 * cannot be reached the pass stops and gives the mails back without counting an attempt, so an outage of any
 * length never uses up their retries: they go as soon as the server is back.
 */
export async function sendDueMails(db: Executor, send: MailSender, limit = 20, now = new Date()): Promise<number> {
  const claimed = await claimDueMails(db, limit, now);
  let sent = 0;
  for (const [index, mail] of claimed.entries()) {
    try {
      await send(mail);
      await markMailSent(db, mail.id, now);
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isTransportUnavailable(error)) {
        await releaseMails(
          db,
          claimed.slice(index).map((item) => item.id),
          message,
        );
        break;
      }
      await markMailFailed(db, mail, message, now);
    }
  }
  return sent;
}

export interface MailboxEntry {
  id: number;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  status: string;
  createdAt: string;
}

/** The latest mails, for the development mailbox page only. */
export async function listRecentMails(db: Executor, limit = 50): Promise<MailboxEntry[]> {
  return db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      textBody: mailOutbox.textBody,
      htmlBody: mailOutbox.htmlBody,
      status: mailOutbox.status,
      createdAt: sql<string>`${isoTimestamp("created_at")}`,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(limit);
}
