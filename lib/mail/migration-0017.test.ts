// Migration 0017 on a database with decisions: their mail was enqueued when they were made (by
// the code before it), so the sender's cursor starts at the ledger's end and mails only what
// comes after.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eq } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_FOLDER, getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { useDatabaseWithout } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { enqueueLedgerMail } from "./enqueue-ledger-mail";

test("[MAIL] migration 0017: decisions recorded before it are not mailed again; the ones after it are", () => {
  useDatabaseWithout((tag) => tag >= "0017"); // every migration before 0017
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
