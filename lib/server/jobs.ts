// Scheduled jobs of each app instance: the outbox sent through SMTP every few seconds, introductions' reminders and
// expiry every minute, the warning and deletion of inactive accounts hourly, and the clean-up of old rate-limit
// counters, and the open-data files rebuilt after changes. Rows are claimed by conditional UPDATEs or FOR UPDATE
// SKIP LOCKED, so several instances never do the same work twice. Each job runs on its own (lib/server/job-runner.ts): one failing never stops the others.
import "server-only";
import type { Database } from "@/db/client";
import { runInactivitySchedule } from "@/lib/accounts/inactivity";
import { runIntroductionSchedule } from "@/lib/introductions/schedule";
import { buildDueStoredFiles } from "@/lib/open-data/stored-files";
import { reportDatabaseFailure } from "./database-availability";
import { getDatabase } from "./db";
import { getEnv } from "./env";
import { runDueJobs, type Job } from "./job-runner";
import { describeFailure } from "./errors";
import { mailDelivery } from "./mail/dev-mailbox";
import { printMail, sendDueMails, type MailSender } from "./mail/outbox";
import { createSmtpSender } from "./mail/smtp";
import { purgeExpiredRateLimits } from "./rate-limit";

export function startBackgroundJobs(): void {
  const holder = globalThis as unknown as { allianceJobs?: NodeJS.Timeout };
  if (holder.allianceJobs) return;
  const env = getEnv();
  // Without SMTP on this machine's own address, mail is printed on the console (and stays in /dev/mailbox); without
  // SMTP on a public address it waits in the outbox until SMTP_URL is set.
  const delivery = mailDelivery(env);
  let sender: Promise<MailSender> | null =
    delivery === "smtp" ? createSmtpSender(env.SMTP_URL!, env.MAIL_FROM) : delivery === "local" ? Promise.resolve(printMail) : null;
  const interval = env.JOBS_INTERVAL_SECONDS;
  const jobs: Job<Database>[] = [
    { name: "introductions schedule", everySeconds: 60, run: (db) => runIntroductionSchedule(db, env.PUBLIC_URL) },
    { name: "inactive accounts", everySeconds: 3600, run: (db) => runInactivitySchedule(db, env.PUBLIC_URL) },
    {
      name: "outbox",
      everySeconds: interval,
      run: async (db) => {
        if (!sender) return;
        try {
          await sendDueMails(db, await sender);
        } catch (error) {
          // A new transport at the next tick: an SMTP outage may have left this one broken. The outbox keeps the mail.
          if (delivery === "smtp") sender = createSmtpSender(env.SMTP_URL!, env.MAIL_FROM);
          throw error;
        }
      },
    },
    { name: "rate-limit clean-up", everySeconds: interval, run: (db) => purgeExpiredRateLimits(db) },
    // The open-data downloads, rebuilt once the directory changed (at most every few minutes each).
    { name: "open-data files", everySeconds: 60, run: (db) => buildDueStoredFiles(db, env.PUBLIC_URL) },
  ];
  let running = false;
  let ticks = 0;
  holder.allianceJobs = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const failures = await runDueJobs(jobs, await getDatabase(), ticks++, interval);
      for (const { name, error } of failures) {
        // Retried at its next tick; a database outage also marks the database down for the proxy.
        console.error(`background job "${name}":`, describeFailure(error));
        reportDatabaseFailure(error);
      }
    } catch (error) {
      console.error("background jobs:", describeFailure(error));
      reportDatabaseFailure(error);
    } finally {
      running = false;
    }
  }, interval * 1000);
  holder.allianceJobs.unref();
}
