// The organizer CLI, run as the real child process an operator would start.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { useTestDatabase } from "../lib/test/db";
import { count as sqlCount, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, auditLog, consentNotices, eventOrganizers, events, exports, pairingLinks, partners, users } from "@/db/schema";
import { OPERATOR } from "@/lib/auth/actor";
import { createEvent } from "@/lib/events/events";
import { describePairingLink } from "@/lib/devices/pairing";
import { LEAD_COLUMNS } from "@/lib/exports/columns";

// The unit test runner starts every file from the project folder (db/client.ts relies on it too).
const ROOT = process.cwd();
let dbFile = "";

before(() => {
  dbFile = useTestDatabase();
  createEvent(OPERATOR, { name: "Existing Expo", slug: "existing-expo" });
});

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, FAIRLEAD_DB: dbFile, FAIRLEAD_PUBLIC_URL: "https://fairlead.test" },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const TABLES = { events, partners, attendees, pairingLinks, exports, consentNotices, users, eventOrganizers };
/** Row counts of every table a command could write. */
const snapshot = () =>
  Object.fromEntries(Object.entries(TABLES).map(([name, table]) => [name, getDb().select({ n: sqlCount() }).from(table).get()!.n]));

test("[CLI] an organizer sets up an event, pairs a phone, prints badges and exports from the shell", () => {
  assert.ok(fs.existsSync(path.join(ROOT, "scripts", "fairlead.ts")), "run from the project folder");
  const created = cli("create-event", "--name", "Shell Expo", "--slug", "shell-expo", "--starts-on", "2026-03-14");
  assert.equal(created.status, 0, created.stderr);
  assert.match(created.stdout, /Event "Shell Expo" created: slug shell-expo/);
  const event = getDb().select().from(events).where(eq(events.slug, "shell-expo")).get();
  assert.ok(event);
  assert.equal(event.timeZone, "UTC", "no --time-zone: UTC, as the create form without JavaScript");
  assert.equal(getDb().select().from(consentNotices).where(eq(consentNotices.eventId, event.id)).all().length, 2, "with the default notices in English and German");

  const partner = cli("add-partner", "--event", "shell-expo", "--name", "Northwind", "--booth", "A1",
    "--privacy-url", "https://northwind.example/privacy", "--purpose", "Send the brochure.");
  assert.equal(partner.status, 0, partner.stderr);
  assert.deepEqual(getDb().select({ name: partners.name }).from(partners).where(eq(partners.eventId, event.id)).all(), [{ name: "Northwind" }]);

  const attendee = cli("add-attendee", "--event", "shell-expo", "--first-name", "Ada", "--last-name", "Lovelace", "--email", "ada@example.com");
  assert.equal(attendee.status, 0, attendee.stderr);
  const code = attendee.stdout.trim();
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{26}$/, "an issued badge code, alone on stdout");
  assert.equal(getDb().select().from(attendees).where(eq(attendees.badgeCode, code)).get()?.email, "ada@example.com");

  const paired = cli("pair-device", "--event", "shell-expo", "--partner", "northwind");
  assert.equal(paired.status, 0, paired.stderr);
  const url = paired.stdout.trim().match(/^https:\/\/fairlead\.test\/pair\/([\w-]+)$/);
  assert.ok(url, `a pairing URL, got ${paired.stdout}`);
  assert.equal(describePairingLink(url[1]!).partnerName, "Northwind", "the printed link pairs with Northwind");
  assert.match(paired.stderr, /works once/);

  const badges = cli("badges", "--event", "shell-expo");
  assert.equal(badges.status, 0, badges.stderr);
  const lines = badges.stdout.split("\r\n");
  assert.equal(lines[0], "attendee_id,first_name,last_name,company,badge_code");
  assert.ok(lines[1]?.endsWith(`,Ada,Lovelace,,${code}`), lines[1]);
  const logged = () => getDb().select().from(auditLog).where(eq(auditLog.eventId, event.id)).all().filter((a) => a.action.startsWith("exports."));
  assert.deepEqual(logged().map((a) => [a.action, a.actorLabel, a.subject, a.details]), [["exports.badge_codes", "cli", "standard output", { rows: 1 }]]);

  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-cli-")), "northwind.csv");
  const exported = cli("export", "--event", "shell-expo", "--partner", "Northwind", "--out", out);
  assert.equal(exported.status, 0, exported.stderr);
  assert.match(exported.stdout, /0 leads of Northwind written to/);
  assert.equal(fs.readFileSync(out, "utf8"), `\uFEFF${LEAD_COLUMNS.map(([name]) => name).join(",")}\r\n`);
  const audit = getDb().select().from(exports).where(eq(exports.eventId, event.id)).all();
  assert.deepEqual(audit.map((a) => [a.actorLabel, a.rows]), [["cli", 0]]);
  assert.equal(audit[0]!.sha256, createHash("sha256").update(fs.readFileSync(out)).digest("hex"), "recorded: the bytes in the file");
  assert.deepEqual(fs.readdirSync(path.dirname(out)), [path.basename(out)], "no partial file left behind");
  assert.deepEqual(logged().map((a) => [a.action, a.subject]), [["exports.badge_codes", "standard output"], ["exports.file", "partner " + audit[0]!.partnerId + " Northwind"]]);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
});

/** Runs the command, expects it to fail with `status` and a stderr message, and to write nothing. */
function refused(args: string[], status: number, message: RegExp) {
  const before = snapshot();
  const run = cli(...args);
  assert.equal(run.status, status, `exit code; stderr: ${run.stderr}`);
  assert.match(run.stderr, message);
  assert.equal(run.stdout, "");
  assert.deepEqual(snapshot(), before, "nothing was written");
}

test("[CLI] an unknown command exits 2 and shows the usage", () => {
  refused(["frobnicate", "--event", "existing-expo"], 2, /Unknown command "frobnicate"[\s\S]*Usage: npm run fairlead/);
});

test("[CLI] a missing --event is named", () => {
  refused(["add-partner", "--name", "Contoso", "--booth", "B2", "--privacy-url", "https://contoso.example/p", "--purpose", "Demo"], 2, /^add-partner: .*--event is required/);
});

test("[CLI] a privacy URL that is not a web address is refused", () => {
  refused(
    ["add-partner", "--event", "existing-expo", "--name", "Contoso", "--booth", "B2", "--privacy-url", "contoso privacy page", "--purpose", "Demo"],
    2,
    /^add-partner: --privacy-url: Enter a full http\(s\) address/,
  );
});

test("[CLI] an unknown event slug exits 1 and says so", () => {
  refused(["add-attendee", "--event", "no-such-expo", "--first-name", "Bo", "--last-name", "B", "--email", "bo@example.com"], 1, /No event has the slug "no-such-expo"/);
});

test("[CLI] a slug that is taken is a conflict", () => {
  refused(["create-event", "--name", "Another", "--slug", "existing-expo"], 1, /^create-event: An event with the slug "existing-expo" already exists/);
});

test("[CLI] create-event --time-zone: an IANA name, checked as the console checks it", () => {
  const berlin = cli("create-event", "--name", "Berlin Expo", "--slug", "berlin-expo", "--time-zone", "Europe/Berlin");
  assert.equal(berlin.status, 0, berlin.stderr);
  assert.match(berlin.stdout, /time zone Europe\/Berlin\./);
  assert.equal(getDb().select({ timeZone: events.timeZone }).from(events).where(eq(events.slug, "berlin-expo")).get()?.timeZone, "Europe/Berlin");
  // Today's IANA name is stored as the runtime's list spells it, so the settings form finds it.
  const kolkata = cli("create-event", "--name", "Kolkata Expo", "--slug", "kolkata-expo", "--time-zone", "Asia/Kolkata");
  assert.equal(kolkata.status, 0, kolkata.stderr);
  const stored = getDb().select({ timeZone: events.timeZone }).from(events).where(eq(events.slug, "kolkata-expo")).get()!.timeZone;
  assert.equal(new Intl.DateTimeFormat("en", { timeZone: stored, timeZoneName: "longOffset" }).formatToParts(new Date()).find((p) => p.type === "timeZoneName")?.value, "GMT+05:30");
  for (const zone of ["+01:00", "Europe/Atlantis", "europe/berlin", ""]) {
    refused(["create-event", "--name", "Nowhere", "--slug", "nowhere-expo", "--time-zone", zone], 2, /^create-event: --time-zone: Pick a time zone from the list, e\.g\. Europe\/Berlin/);
  }
});

test("[CLI] create-event with an unknown --owner writes no event", () => {
  refused(["create-event", "--name", "Orphan", "--slug", "orphan-expo", "--owner", "nobody@example.com"], 1, /No organizer has the email nobody@example.com/);
});

test("[CLI] create-organizer for an unknown event writes no account", () => {
  refused(
    ["create-organizer", "--email", "late@example.com", "--name", "Late", "--password", "long enough pass", "--event", "no-such-expo"],
    1,
    /No event has the slug "no-such-expo"/,
  );
});
