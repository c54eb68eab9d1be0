// Migration 0017 on a database with decisions: their mail was enqueued when they were made (by
// the code before it), so the sender's cursor starts at the ledger's end and mails only what
// comes after.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { eq } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_FOLDER, closeDb, getDb, openDatabase } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { enqueueLedgerMail } from "./enqueue-ledger-mail";

/** A database with every migration but 0017 (and the ones after it). */
function databaseBefore0017(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-0016-"));
  const folder = path.join(dir, "migrations");
  fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag.startsWith("0017")));
  for (const e of journal.entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  const file = path.join(dir, "before.db");
  const db = openDatabase(file);
  migrate(db, { migrationsFolder: folder });
  db.$client.close();
  closeDb();
  process.env.FAIRLEAD_DB = file;
  return file;
}

test("[MAIL] migration 0017: decisions recorded before it are not mailed again; the ones after it are", () => {
  databaseBefore0017();
  const event = makeEvent({ attendeeCount: 2 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  migrate(getDb(), { migrationsFolder: MIGRATIONS_FOLDER });
  assert.equal(enqueueLedgerMail(), 0);
  const { result } = decideAtBooth(device, event.attendees[1]!.badgeCode, "share");
  assert.equal(enqueueLedgerMail(), 1);
  const refs = getDb().select({ ref: mailOutbox.ref }).from(mailOutbox).where(eq(mailOutbox.eventId, event.eventId)).all();
  assert.deepEqual(refs, [{ ref: result.consentId }]);
});
