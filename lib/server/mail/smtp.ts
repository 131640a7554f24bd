// The outbox's way out: a nodemailer transport on SMTP_URL, created lazily (the app runs without SMTP).
import "server-only";
import type { MailSender } from "./outbox";

export async function createSmtpSender(smtpUrl: string, from: string): Promise<MailSender> {
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody ?? undefined });
  };
}
