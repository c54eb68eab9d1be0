// Settings come from environment variables, validated once; a bad one stops the start with
// a message that names it.
import { z } from "zod";

const Config = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  FAIRLEAD_DB: z.string().trim().min(1).optional(),
  FAIRLEAD_PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: "must be a full URL such as https://fairlead.local:3443" })
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  FAIRLEAD_PAGE_KEY: z.string().trim().min(1).optional(),
  FAIRLEAD_SEED_DEMO: z.enum(["true", "false"], { message: 'must be "true" or "false"' }).default("true"),
  FAIRLEAD_SMTP_URL: z
    .url({ protocol: /^smtps?$/, message: "must be an SMTP URL such as smtp://user:pass@mail.example:587 or smtps://…:465" })
    .optional(),
  FAIRLEAD_MAIL_FROM: z.email({ message: "must be an email address such as leads@fairlead.example" }).default("fairlead@localhost.localdomain"),
  FAIRLEAD_MAIL_DIR: z.string().trim().min(1).optional(),
  FAIRLEAD_SIGNING_KEY: z.string().trim().min(1).optional(),
  FAIRLEAD_ORGANIZER_IDLE_HOURS: z.coerce.number({ message: "must be a number of hours" }).positive().max(24 * 14).default(12),
  FAIRLEAD_PHONE_IDLE_DAYS: z.coerce.number({ message: "must be a number of days" }).positive().max(30).default(7),
  FAIRLEAD_TRUSTED_PROXIES: z.coerce.number({ message: "must be a number of proxies" }).int().min(0).max(10).default(0),
});

export type Config = z.infer<typeof Config>;

export const CONFIG_HELP: Record<keyof Config, string> = {
  PORT: "port to serve on (default 3000)",
  HOST: "interface to listen on (default 0.0.0.0, so phones on the network reach it)",
  FAIRLEAD_DB: "path of the SQLite database file (default data/fairlead.db)",
  FAIRLEAD_PUBLIC_URL: "the address phones use, for pairing links and QR codes (default: the address of the request)",
  FAIRLEAD_PAGE_KEY:
    "file of the key that seals attendees' personal-page tokens for badge printing, and invitation links while their email waits (default: the database path + .page-key; created with mode 0600; back it up apart from the database)",
  FAIRLEAD_SEED_DEMO: "seed the demo event into an empty database (default true)",
  FAIRLEAD_SMTP_URL: "send mail through this SMTP server (default: none, mail is written to FAIRLEAD_MAIL_DIR as .eml files)",
  FAIRLEAD_MAIL_FROM: "the address mail comes from; the sender name is the event's (default fairlead@localhost.localdomain)",
  FAIRLEAD_MAIL_DIR: "where mail goes when no SMTP server is set (default outbox-mail/ next to the database)",
  FAIRLEAD_SIGNING_KEY:
    "path of the Ed25519 key that signs ledger checkpoints, kept outside the database (default: the database file's path + .signing-key; created with mode 0600 at first start)",
  FAIRLEAD_ORGANIZER_IDLE_HOURS: "an organizer's session ends after this many hours without a request (default 12; at most 14 days after sign-in)",
  FAIRLEAD_PHONE_IDLE_DAYS: "a booth phone's session ends after this many days without a request (default 7; at most 30 days after pairing)",
  FAIRLEAD_TRUSTED_PROXIES:
    "how many proxies in front of Fairlead append the client's address to X-Forwarded-For (default 0: none; 1 behind npm run https or one nginx); per-address limits count that address",
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = Config.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
  throw new Error(`Fairlead cannot start: a setting is invalid.\n${lines.join("\n")}`);
}
