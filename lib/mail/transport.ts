// Where messages go: an SMTP server (FAIRLEAD_SMTP_URL), or else a folder of .eml files that
// any mail client opens (FAIRLEAD_MAIL_DIR, by default outbox-mail/ next to the database).
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MailSettings } from "./mail-settings";

export type MailMessage = {
  /** The outbox row's id: names the file in the folder. */
  id: number;
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
};

export type MailTransport = { send(message: MailMessage): Promise<void> };

/** Short timeouts: a server that does not answer is retried later rather than held for minutes. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function mailTransport(settings: Pick<MailSettings, "smtpUrl" | "folder">): MailTransport {
  return settings.smtpUrl ? smtpTransport(settings.smtpUrl) : folderTransport(settings.folder);
}

function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    async send({ id: _id, ...message }) {
      await transporter.sendMail(message);
    },
  };
}

function folderTransport(folder: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send({ id, ...message }) {
      const info = await composer.sendMail(message);
      await fs.mkdir(folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${id}.eml`;
      const tmp = path.join(folder, `.${name}.tmp`);
      await fs.writeFile(tmp, info.message as Buffer);
      await fs.rename(tmp, path.join(folder, name)); // a reader never sees half a message
    },
  };
}
