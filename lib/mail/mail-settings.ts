// Where mail goes and what it says it comes from, from the configuration (lib/config.ts).
import path from "node:path";
import { databasePath } from "@/db/client";
import { loadConfig } from "../config";

export type MailSettings = {
  /** SMTP server URL; null writes .eml files to `folder` instead. */
  smtpUrl: string | null;
  folder: string;
  fromAddress: string;
  /** Links in mail: no request to take the address from, so the configured one (or localhost). */
  publicBase: string;
};

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const config = loadConfig(env);
  return {
    smtpUrl: config.FAIRLEAD_SMTP_URL ?? null,
    // A folder of run-time data beside the database, never part of the build: not for the build's file tracing.
    folder: path.resolve(/*turbopackIgnore: true*/ config.FAIRLEAD_MAIL_DIR ?? path.join(path.dirname(databasePath()), "outbox-mail")),
    fromAddress: config.FAIRLEAD_MAIL_FROM,
    publicBase: config.FAIRLEAD_PUBLIC_URL ?? `http://localhost:${config.PORT}`,
  };
}

/**
 * Whether mail reaches people: an SMTP server is configured. Without one, messages are written
 * to a folder on this machine, fine for attendees' copies in a demo but no way to invite anyone
 * (docs/decisions/038).
 */
export function mailSetUp(env: NodeJS.ProcessEnv = process.env): boolean {
  return loadConfig(env).FAIRLEAD_SMTP_URL !== undefined;
}
