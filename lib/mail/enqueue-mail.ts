// A message to send, written in the transaction of the change that causes it, so it exists if
// and only if the change committed. It goes out after the commit (mail-sender.ts); a mail
// server that refuses or does not answer never fails the change. Mail that a consent decision
// causes is not enqueued here by the decision: the sender reads it from the ledger
// (enqueue-ledger-mail.ts), off the booth's write path.
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { mailOutbox } from "@/db/schema";
import { MAIL_KINDS, type MailKindName } from "./kinds";
import { wakeMailSender } from "./wake";

const insert = prepared((db) =>
  db
    .insert(mailOutbox)
    .values({
      eventId: sql.placeholder("eventId"),
      kind: sql.placeholder("kind"),
      ref: sql.placeholder("ref"),
      nextAttemptAt: sql.placeholder("due"),
      createdAt: sql.placeholder("createdAt"),
    })
    // A message of the same kind and subject already waiting takes this one in (a batch).
    .onConflictDoNothing()
    .prepare(),
);

/** The message caused by a change made at `at`, into the outbox (call inside that change's transaction, or the sender's). */
export function addToOutbox(eventId: number, kind: MailKindName, ref: number, at: Date): void {
  insert(getDb()).run({ eventId, kind, ref, due: new Date(at.getTime() + MAIL_KINDS[kind].delayMs), createdAt: at });
}

/** Call inside the transaction of the change. */
export function enqueueMail(eventId: number, kind: MailKindName, ref: number, now: Date): void {
  addToOutbox(eventId, kind, ref, now);
  wakeMailSender(); // its timer fires after this synchronous transaction has committed
}
