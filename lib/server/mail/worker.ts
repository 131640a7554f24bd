// Scheduled jobs of each app instance: introductions' reminders and expiry and, hourly, the warning and deletion
// of inactive accounts (rows claimed by conditional UPDATEs or FOR UPDATE SKIP LOCKED, so instances never double
// up), then the outbox sent through SMTP (nodemailer) every few seconds; instances never send the same mail twice
// because rows are claimed with FOR UPDATE SKIP LOCKED (see outbox.ts).
import "server-only";
import { reportDatabaseFailure } from "@/lib/server/database-availability";
import { getDatabase } from "@/lib/server/db";
import { getEnv } from "@/lib/server/env";
import { runInactivitySchedule } from "@/lib/accounts/inactivity";
import { runIntroductionSchedule } from "@/lib/introductions/schedule";
import { purgeExpiredRateLimits } from "@/lib/server/rate-limit";
import { sendDueMails, type MailSender } from "./outbox";

/** Reminders and expiry of introductions: once a minute is plenty (they count in days). */
const SCHEDULE_EVERY_SECONDS = 60;
/** Inactive accounts (counted in months, warned 30 days ahead): hourly. */
const INACTIVITY_EVERY_SECONDS = 3600;

export async function createSmtpSender(smtpUrl: string, from: string): Promise<MailSender> {
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody ?? undefined });
  };
}

export function startBackgroundJobs(): void {
  const holder = globalThis as unknown as { allianceJobs?: NodeJS.Timeout };
  if (holder.allianceJobs) return;
  const env = getEnv();
  let sender: Promise<MailSender> | null = env.SMTP_URL ? createSmtpSender(env.SMTP_URL, env.MAIL_FROM) : null;
  let running = false;
  let ticks = 0;
  const interval = env.JOBS_INTERVAL_SECONDS;
  const scheduleEveryTicks = Math.max(1, Math.round(SCHEDULE_EVERY_SECONDS / interval));
  const inactivityEveryTicks = Math.max(1, Math.round(INACTIVITY_EVERY_SECONDS / interval));
  holder.allianceJobs = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDatabase();
      const tick = ticks++;
      if (tick % scheduleEveryTicks === 0) await runIntroductionSchedule(db, env.PUBLIC_URL);
      if (tick % inactivityEveryTicks === 0) await runInactivitySchedule(db, env.PUBLIC_URL);
      if (sender) await sendDueMails(db, await sender);
      await purgeExpiredRateLimits(db);
    } catch (error) {
      // A database or SMTP outage is retried at the next tick; the outbox keeps every mail meanwhile.
      console.error("background jobs:", error instanceof Error ? error.message : error);
      reportDatabaseFailure(error);
      if (env.SMTP_URL) sender = createSmtpSender(env.SMTP_URL, env.MAIL_FROM);
    } finally {
      running = false;
    }
  }, interval * 1000);
  holder.allianceJobs.unref();
}
