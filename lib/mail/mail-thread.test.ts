// The server's sender on its own thread: a share made on this thread is mailed by the thread,
// through its own connection, after a wake; and if the thread cannot start, this one sends.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { OPERATOR } from "../auth/actor";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { header } from "../test/smtp-server";
import { listMail } from "./list-mail";
import { startMailThread } from "./mail-thread";
import { wakeMailSender } from "./wake";

let folder: string;
before(() => {
  useTestDatabase();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-mail-thread-"));
  process.env.FAIRLEAD_MAIL_DIR = folder; // the thread gets this process's environment
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(check(), `timed out waiting for ${what}`);
}

test("[MAIL] the sender's own thread mails a share made on the server's thread, woken by it", async () => {
  const event = makeEvent();
  const attendee = event.attendees[0]!;
  startMailThread();
  decideAtBooth(makeDevice(event.eventId, event.partners[0]!.id), attendee.badgeCode, "share");
  wakeMailSender(); // as a decision's commit does
  // Marked sent once the file is written whole (the folder lists it while it is being written).
  await until(() => listMail(OPERATOR, event.eventId)[0]?.status === "sent", "the row marked sent");
  const files = fs.readdirSync(folder);
  assert.equal(files.length, 1);
  assert.equal(header(fs.readFileSync(path.join(folder, files[0]!), "utf8"), "To"), attendee.email);
  // Sent by the thread: this one runs no sender (the fallback would have started one here).
  assert.equal((globalThis as { fairleadMailSender?: unknown }).fairleadMailSender, undefined);
});

test("[MAIL] a mail thread that cannot start leaves the sending to this thread", () => {
  startMailThread(() => {
    throw new Error("no threads here");
  });
  assert.notEqual((globalThis as { fairleadMailSender?: unknown }).fairleadMailSender, undefined);
  (globalThis as { fairleadMailSender?: { stop(): void } }).fairleadMailSender!.stop();
});
