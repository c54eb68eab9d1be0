import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { eq, sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_FOLDER, closeDb, getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import { createAttendee, getBadge } from "../attendees/attendees";
import { sha256Hex } from "../crypto";
import { useTestDatabase } from "../test/db";
import { makeEvent } from "../test/fixtures";
import { OPERATOR } from "./actor";
import { attendeeFromToken } from "./attendee";
import { pageTokenKeyPath } from "./page-token-key";
import { unsealPersonalToken } from "./personal-token";
import { sealLegacyPersonalTokens } from "./seal-legacy-tokens";

before(() => useTestDatabase());

const fileHolds = (file: string, text: string) => {
  getDb().$client.pragma("wal_checkpoint(TRUNCATE)");
  return fs.readFileSync(file).includes(text);
};

test("[ACCESS] a personal token is stored as its sha256 and a sealed copy: it opens the page and prints, the database never holds it", () => {
  const event = makeEvent({ attendeeCount: 1 });
  const created = createAttendee(OPERATOR, event.eventId, { firstName: "Grace", lastName: "Hopper", email: "grace@example.com" });
  const row = getDb().select().from(attendees).where(eq(attendees.id, created.id)).get()!;
  assert.equal(row.personalTokenSha256, sha256Hex(created.personalToken));
  assert.ok(!Object.values(row).some((v) => typeof v === "string" && v.includes(created.personalToken)), "no column holds the token");
  assert.ok(!fileHolds(process.env.FAIRLEAD_DB!, created.personalToken), "nor does the database file");

  assert.equal(attendeeFromToken(created.personalToken)?.attendeeId, created.id);
  assert.equal(attendeeFromToken(row.personalTokenSha256), null, "the stored hash is not a token");
  assert.equal(getBadge(OPERATOR, event.eventId, created.id).personalToken, created.personalToken);

  // A sealed copy moved to another attendee's row does not open.
  const other = event.attendees[0]!;
  assert.throws(() => unsealPersonalToken({ personalTokenSha256: sha256Hex(other.personalToken), personalTokenSealed: row.personalTokenSealed }), /cannot be unsealed/);
});

test("[ACCESS] the key is a file next to the database, mode 0600; a key others can read is refused with a clear message", () => {
  const file = pageTokenKeyPath();
  assert.equal(file, `${process.env.FAIRLEAD_DB}.page-key`);
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  const elsewhere = path.join(os.tmpdir(), `fairlead-page-key-${process.pid}`);
  fs.writeFileSync(elsewhere, `${Buffer.alloc(32, 1).toString("base64")}\n`, { mode: 0o644 });
  fs.chmodSync(elsewhere, 0o644);
  process.env.FAIRLEAD_PAGE_KEY = elsewhere;
  try {
    assert.throws(() => createAttendee(OPERATOR, makeEvent().eventId, { firstName: "A", lastName: "B", email: "ab@example.com" }), /can be read by other users.*chmod 600/);
  } finally {
    delete process.env.FAIRLEAD_PAGE_KEY;
    fs.rmSync(elsewhere);
  }
});

test("[ACCESS] migration 0010: a token issued before it keeps opening its page and prints the same, stored hashed after the first start", () => {
  // A database at migration 0008, with an attendee whose raw token is on a printed badge.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-0010-"));
  const old = path.join(dir, "migrations");
  fs.cpSync(MIGRATIONS_FOLDER, old, { recursive: true });
  const journalFile = path.join(old, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < "0010");
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  closeDb();
  process.env.FAIRLEAD_DB = path.join(dir, "old.db");
  migrate(getDb(), { migrationsFolder: old });
  const raw = "Zq2-printed-on-the-badge-before-0010-xyzABCDEFGHIJKLMNOP";
  getDb().run(sql`insert into events (slug, name) values ('old', 'Old event')`);
  getDb().run(sql`insert into attendees (event_id, first_name, last_name, email, badge_code, badge_source, personal_token)
    values (1, 'Ada', 'Lovelace', 'ada@example.com', 'OLD1', 'issued', ${raw})`);

  migrate(getDb(), { migrationsFolder: MIGRATIONS_FOLDER });
  assert.equal(sealLegacyPersonalTokens(), 1);
  assert.equal(sealLegacyPersonalTokens(), 0, "idempotent");
  assert.equal(attendeeFromToken(raw)?.firstName, "Ada");
  assert.equal(getBadge(OPERATOR, 1, 1).personalToken, raw);
  const row = getDb().select().from(attendees).get()!;
  assert.equal(row.personalTokenSha256, sha256Hex(raw));
  getDb().run(sql`vacuum`); // the raw token's old page is gone from the file, not just unreferenced
  assert.ok(!fileHolds(process.env.FAIRLEAD_DB, raw));
});
