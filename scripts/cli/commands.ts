// The CLI's commands: each names its options, validates them with zod, and calls lib/.
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { OPERATOR } from "@/lib/auth/actor";
import { createOrganizer, organizerIdByEmail } from "@/lib/auth/organizers";
import { createAttendee } from "@/lib/attendees/attendees";
import { badgeCodesCsv } from "@/lib/exports/badge-codes-csv";
import { createPairingLink } from "@/lib/devices/pairing";
import { addOrganizerToEvent, createEvent, findEventBySlug } from "@/lib/events/events";
import { streamPartnerFile } from "@/lib/exports/stream-partner-file";
import { parseInput } from "@/lib/errors";
import { createPartner, findPartner } from "@/lib/partners/partners";
import { loadConfig } from "@/lib/config";
import { addDefaultNotices } from "@/lib/consent/notice";
import { getDb } from "@/db/client";
import { DRAWING_COMMANDS } from "./drawing-commands";
import { IMPORT_COMMANDS } from "./import-commands";
import { LEDGER_COMMANDS } from "./ledger-commands";
import { RECEIPT_COMMANDS } from "./receipt-commands";
import { RETENTION_COMMANDS } from "./retention-commands";

// A boolean flag (--dry-run) reaches run() as "true" when given (scripts/fairlead.ts).
type Options = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;
export type Command = {
  summary: string;
  usage: string;
  options: Options;
  /** false: the command works from its input alone and must not open the database file. */
  database?: false;
  run: (v: Record<string, string | undefined>) => Promise<void> | void;
};

const opts = (...names: string[]): Options => Object.fromEntries(names.map((n) => [n, { type: "string" as const }]));
const required = (label: string) => z.string({ message: `--${label} is required.` }).min(1, `--${label} is required.`);

function eventOf(v: Record<string, string | undefined>) {
  return findEventBySlug(OPERATOR, parseInput(required("event"), v.event));
}

function baseUrl(): string {
  const config = loadConfig();
  return config.FAIRLEAD_PUBLIC_URL ?? `http://localhost:${config.PORT}`;
}

export const COMMANDS: Record<string, Command> = {
  "create-organizer": {
    summary: "Create an organizer account (and add it to an event)",
    usage: "--email E --name N --password P [--event SLUG]",
    options: opts("email", "name", "password", "event"),
    async run(v) {
      const event = v.event ? eventOf(v) : null; // an unknown event must not leave an account behind
      const user = await createOrganizer({ email: v.email ?? "", name: v.name ?? "", password: v.password ?? "" });
      if (event) addOrganizerToEvent(OPERATOR, event.id, user.id);
      console.log(`Organizer ${v.email} created (id ${user.id}).`);
    },
  },
  "create-event": {
    summary: "Create an event with the default consent notices (English, German)",
    usage: "--name NAME --slug SLUG [--starts-on YYYY-MM-DD] [--time-zone IANA-NAME] [--owner EMAIL]",
    options: opts("name", "slug", "starts-on", "time-zone", "owner"),
    run(v) {
      // Look everything up before writing, and write it all or nothing.
      const ownerId = v.owner ? organizerIdByEmail(v.owner) : null;
      const event = getDb().transaction(() => {
        // No --time-zone: UTC, as the create form without JavaScript (decision 044).
        const created = createEvent(OPERATOR, { name: v.name ?? "", slug: v.slug ?? "", startsOn: v["starts-on"], timeZone: v["time-zone"] });
        addDefaultNotices(OPERATOR, created.id);
        if (ownerId) addOrganizerToEvent(OPERATOR, created.id, ownerId, "owner");
        return created;
      });
      console.log(`Event "${event.name}" created: slug ${event.slug}, id ${event.id}, time zone ${event.timeZone}.`);
    },
  },
  "add-partner": {
    summary: "Add a partner (exhibitor or sponsor) to an event",
    usage: "--event SLUG --name NAME --booth B --privacy-url URL --purpose TEXT [--contact-email E]",
    options: opts("event", "name", "booth", "privacy-url", "purpose", "contact-email"),
    run(v) {
      const event = eventOf(v);
      const partner = createPartner(OPERATOR, event.id, {
        name: v.name ?? "",
        booth: v.booth ?? "",
        privacyUrl: v["privacy-url"] ?? "",
        purpose: v.purpose ?? "",
        contactEmail: v["contact-email"],
      });
      console.log(`Partner "${partner.name}" added to ${event.slug} (id ${partner.id}).`);
    },
  },
  "add-attendee": {
    summary: "Register one attendee and issue a badge code",
    usage: "--event SLUG --first-name F --last-name L --email E [--company C] [--job-title T] [--country CC] [--phone P]",
    options: opts("event", "first-name", "last-name", "email", "company", "job-title", "country", "phone"),
    run(v) {
      const event = eventOf(v);
      const attendee = createAttendee(OPERATOR, event.id, {
        firstName: v["first-name"] ?? "",
        lastName: v["last-name"] ?? "",
        email: v.email ?? "",
        company: v.company,
        jobTitle: v["job-title"],
        country: v.country,
        phone: v.phone,
      });
      console.log(attendee.badgeCode);
    },
  },
  "pair-device": {
    summary: "Make a single-use pairing link for a partner's booth phone",
    usage: "--event SLUG --partner NAME|ID [--minutes 60]",
    options: opts("event", "partner", "minutes"),
    run(v) {
      const event = eventOf(v);
      const partner = findPartner(OPERATOR, event.id, parseInput(required("partner"), v.partner));
      const minutes = parseInput(z.coerce.number({ message: "--minutes must be a number." }).int().min(1).max(10080).default(60), v.minutes);
      const link = createPairingLink(OPERATOR, event.id, partner.id, minutes);
      console.log(`${baseUrl()}${link.path}`);
      console.error(`Open it on ${partner.name}'s booth phone before ${link.expiresAt.toISOString()}. It works once.`);
    },
  },
  badges: {
    summary: "List the event's badge codes as CSV (to stdout, or --out FILE)",
    usage: "--event SLUG [--out FILE]",
    options: opts("event", "out"),
    run(v) {
      const event = eventOf(v);
      const file = badgeCodesCsv(OPERATOR, event.id);
      if (v.out) {
        fs.writeFileSync(v.out, file.csv);
        file.recordExport(`file ${v.out}`);
        console.error(`${file.rows} badge codes written to ${v.out}.`);
      } else {
        process.stdout.write(file.csv);
        file.recordExport("standard output");
      }
    },
  },
  export: {
    summary: "Export a partner's consented leads to a CSV file (recorded in the export history)",
    usage: "--event SLUG --partner NAME|ID --out FILE",
    options: opts("event", "partner", "out"),
    async run(v) {
      const event = eventOf(v);
      const partner = findPartner(OPERATOR, event.id, parseInput(required("partner"), v.partner));
      const out = parseInput(required("out"), v.out);
      // Streamed like a download (never the whole file in memory), into a temporary name that
      // becomes `out` only once complete and recorded: a broken run leaves no half file.
      const file = streamPartnerFile(OPERATOR, event.id, partner.id, { file: "leads", format: "csv" });
      const partial = `${out}.partial`;
      try {
        await pipeline(file.body, fs.createWriteStream(partial));
        fs.renameSync(partial, out);
      } finally {
        fs.rmSync(partial, { force: true });
      }
      const [recorded] = file.recorded();
      const under = file.checkpointId === null ? "" : `, under ledger checkpoint ${file.checkpointId}`;
      console.log(`${recorded!.rows} leads of ${partner.name} written to ${out} (sha256 ${recorded!.sha256}${under}).`);
    },
  },
  ...DRAWING_COMMANDS,
  ...LEDGER_COMMANDS,
  ...RECEIPT_COMMANDS,
  ...IMPORT_COMMANDS,
  ...RETENTION_COMMANDS,
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(19)}${c.summary}\n  ${"".padEnd(19)}${c.usage}`);
  return `Usage: npm run fairlead -- <command> [options]\n\nCommands:\n${lines.join("\n")}`;
}
