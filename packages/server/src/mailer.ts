import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import { z } from "zod";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail (invitations): through an SMTP relay in production, to an outbox folder by default. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * The embedded default: every message becomes an .eml file in a folder (.data/outbox), which a
 * developer opens with any mail client; nothing leaves the machine.
 */
export function outboxMailer(dir: string): Mailer {
  return {
    async send(mail) {
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.eml`;
      const headers = [
        `To: ${mail.to}`,
        `Subject: =?UTF-8?B?${Buffer.from(mail.subject).toString("base64")}?=`,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
      ];
      await writeFile(path.join(dir, name), `${headers.join("\r\n")}\r\n\r\n${mail.text}\r\n`);
    },
  };
}

/**
 * Production: an SMTP relay given as a URL, e.g. smtps://user:pass@smtp.example.org:465
 * (nodemailer: pooled connections, TLS, retries on transient failures are the relay's).
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url, { from });
  return {
    async send(mail) {
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/** Keeps messages in memory: tests read what would have been sent. */
export function memoryMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    sent,
    async send(mail) {
      sent.push(mail);
    },
  };
}

/**
 * The mail settings every service that sends e-mail reads (organizations: invitations; activities:
 * notices to registrants): an SMTP relay (smtp:// or smtps:// URL) with its sender in production,
 * else .eml files in `defaultOutboxDir` (the embedded default: nothing leaves the machine).
 */
export function mailSettings(defaultOutboxDir: string) {
  return {
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().default("全国科普日平台 <no-reply@kepu.example.org>"),
    MAIL_OUTBOX_DIR: z.string().default(defaultOutboxDir),
  };
}

/** The mailer the parsed mailSettings ask for. */
export function mailerFromSettings(settings: {
  SMTP_URL?: string | undefined;
  MAIL_FROM: string;
  MAIL_OUTBOX_DIR: string;
}) {
  return settings.SMTP_URL ? smtpMailer(settings.SMTP_URL, settings.MAIL_FROM) : outboxMailer(settings.MAIL_OUTBOX_DIR);
}
