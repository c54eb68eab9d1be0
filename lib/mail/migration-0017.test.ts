// Migration 0017 on a database with decisions: their mail was enqueued when they were made (by
// the code before it), so the sender's cursor starts at the ledger's end and mails only what
// comes after.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eq } from "drizzle-orm";
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_FOLDER, getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { useDatabaseWithout } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { enqueueLedgerMail } from "./enqueue-ledger-mail";

test("[MAIL] migration 0017: decisions recorded before it are not mailed again; the ones after it are", () => {
  // Every migration but 0017, which runs below: today's code writes today's columns (as
  // migration-0009.test.ts does), so later migrations must be there before it.
  useDatabaseWithout((tag) => tag.startsWith("0017"));
  const event = makeEvent({ attendeeCount: 2 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  const file = fs.readdirSync(MIGRATIONS_FOLDER).find((n) => n.startsWith("0017") && n.endsWith(".sql"))!;
  getDb().$client.exec(fs.readFileSync(path.join(MIGRATIONS_FOLDER, file), "utf8"));
  assert.equal(enqueueLedgerMail(), 0);
  const { result } = decideAtBooth(device, event.attendees[1]!.badgeCode, "share");
  assert.equal(enqueueLedgerMail(), 1);
  const refs = getDb().select({ ref: mailOutbox.ref }).from(mailOutbox).where(eq(mailOutbox.eventId, event.eventId)).all();
  assert.deepEqual(refs, [{ ref: result.consentId }]);
});
