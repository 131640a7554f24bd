import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, queryRows, type DatabaseHandle } from "@/db/client";
import { openTestDatabase } from "@/db/testing/test-database";
import { enqueueMail, isTransportUnavailable, sendDueMails, type ClaimedMail } from "./outbox";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
// These tests need real commits (two connections at once), so they remove their mails themselves: the lane's
// database is shared with other test files.
afterAll(async () => {
  await handle?.db.execute(sql`DELETE FROM mail_outbox WHERE subject LIKE 'outbox-test-%'`);
  await handle?.close();
});

const subjectPrefix = () => `outbox-test-${Math.random().toString(36).slice(2)}`;
/**
 * "Now" for a worker pass, just after an enqueue: JavaScript's clock counts milliseconds and the database's
 * microseconds, so a mail enqueued within the same millisecond would otherwise not be due yet.
 */
const dueNow = () => new Date(Date.now() + 1);

describe("mail outbox", () => {
  it("two workers running at once send every mail exactly once", async () => {
    const prefix = subjectPrefix();
    for (let index = 0; index < 40; index += 1) {
      await enqueueMail(handle.db, { to: `person${index}@alliances.example`, subject: `${prefix} ${index}`, text: "hello", template: "test" });
    }
    const target = inject("testDatabase");
    // On Postgres the second worker is a separate connection pool, like a second app instance.
    const other = target.engine === "postgres" ? await openDatabase({ engine: "postgres", url: target.url, maxConnections: 2 }) : handle;
    const delivered: string[] = [];
    const sender = async (mail: ClaimedMail) => {
      if (!mail.subject.startsWith(prefix)) return;
      await new Promise((resolve) => setTimeout(resolve, 2));
      delivered.push(mail.subject);
    };
    try {
      for (let round = 0; round < 5; round += 1) {
        await Promise.all([sendDueMails(handle.db, sender, 7), sendDueMails(other.db, sender, 7)]);
      }
    } finally {
      if (other !== handle) await other.close();
    }
    expect(delivered).toHaveLength(40);
    expect(new Set(delivered).size).toBe(40);
    const [row] = await queryRows<{ sent: number }>(
      handle.db,
      sql`SELECT count(*)::int AS sent FROM mail_outbox WHERE subject LIKE ${`${prefix}%`} AND status = 'sent'`,
    );
    expect(row?.sent).toBe(40);
  });

  it("keeps a mail when SMTP fails and retries it later with backoff", async () => {
    const prefix = subjectPrefix();
    await enqueueMail(handle.db, { to: "retry@alliances.example", subject: prefix, text: "hello", template: "test" });
    const now = dueNow();
    const failing = async (mail: ClaimedMail) => {
      if (mail.subject === prefix) throw new Error("SMTP down");
    };
    expect(await sendDueMails(handle.db, failing, 100, now)).toBeGreaterThanOrEqual(0);
    const [afterFailure] = await queryRows<{ status: string; attempts: number; lastError: string; delay: number }>(
      handle.db,
      sql`SELECT status, attempts, last_error AS "lastError",
                 extract(epoch FROM next_attempt_at - ${now.toISOString()}::timestamptz)::int AS delay
          FROM mail_outbox WHERE subject = ${prefix}`,
    );
    expect(afterFailure).toMatchObject({ status: "pending", attempts: 1, lastError: "SMTP down", delay: 60 });
    // Not due yet: nothing is sent a second later.
    const delivered: string[] = [];
    const working = async (mail: ClaimedMail) => {
      if (mail.subject === prefix) delivered.push(mail.subject);
    };
    await sendDueMails(handle.db, working, 100, new Date(now.getTime() + 1_000));
    expect(delivered).toEqual([]);
    // Once due, SMTP is back and the mail goes.
    await sendDueMails(handle.db, working, 100, new Date(now.getTime() + 61_000));
    expect(delivered).toEqual([prefix]);
  });

  it("keeps every attempt while the mail server is unreachable, and sends at once when it is back", async () => {
    const prefix = subjectPrefix();
    for (let index = 0; index < 3; index += 1) {
      await enqueueMail(handle.db, { to: `outage${index}@alliances.example`, subject: `${prefix} ${index}`, text: "hello", template: "test" });
    }
    const now = dueNow();
    const offered: string[] = [];
    // What nodemailer throws when nothing listens on the SMTP port.
    const unreachable = async (mail: ClaimedMail) => {
      if (!mail.subject.startsWith(prefix)) return;
      offered.push(mail.subject);
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:2525"), { code: "ESOCKET" });
    };
    // A long outage: twenty passes, more than the retries a refused mail would get.
    for (let pass = 0; pass < 20; pass += 1) await sendDueMails(handle.db, unreachable, 100, new Date(now.getTime() + pass * 10_000));
    const rows = await queryRows<{ status: string; attempts: number; lastError: string }>(
      handle.db,
      sql`SELECT status, attempts, last_error AS "lastError" FROM mail_outbox WHERE subject LIKE ${`${prefix}%`} ORDER BY id`,
    );
    expect(rows).toEqual(Array.from({ length: 3 }, () => ({ status: "pending", attempts: 0, lastError: "connect ECONNREFUSED 127.0.0.1:2525" })));
    // One connection attempt per pass, not one per mail.
    expect(offered).toHaveLength(20);
    const delivered: string[] = [];
    const working = async (mail: ClaimedMail) => {
      if (mail.subject.startsWith(prefix)) delivered.push(mail.subject);
    };
    await sendDueMails(handle.db, working, 100, new Date(now.getTime() + 200_001));
    expect(delivered.sort()).toEqual([0, 1, 2].map((index) => `${prefix} ${index}`));
  });

  it("tells an unreachable mail server from a refused mail", () => {
    expect(isTransportUnavailable(Object.assign(new Error("x"), { code: "ECONNECTION" }))).toBe(true);
    expect(isTransportUnavailable(Object.assign(new Error("x"), { code: "ETIMEDOUT" }))).toBe(true);
    expect(isTransportUnavailable(Object.assign(new Error("x"), { code: "EPROTOCOL", responseCode: 421 }))).toBe(true);
    expect(isTransportUnavailable(Object.assign(new Error("x"), { code: "EENVELOPE", responseCode: 550 }))).toBe(false);
    expect(isTransportUnavailable(new Error("SMTP down"))).toBe(false);
    expect(isTransportUnavailable(null)).toBe(false);
  });
});
