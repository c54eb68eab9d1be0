// One pass of the sender: every message due now is built from the ledger (its kind), sent, and
// its row updated: sent; or waiting again with exponential backoff (1 min, 2, 4, … capped at
// an hour); or failed after MAX_ATTEMPTS, with the reason. The clock is passed in, so tests
// run the backoff without waiting.
import { and, asc, eq, lte, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, mailOutbox, type MailRow } from "@/db/schema";
import { mailKind } from "./kinds";
import type { BuiltMail } from "./mail-kind";
import type { MailTransport } from "./transport";

export const MAX_ATTEMPTS = 8; // 1+2+4+…+60 min: about four hours of trying
const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 60 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LONGEST_WAIT_MS);
}

export type SendOptions = {
  transport: MailTransport;
  fromAddress: string;
  publicBase: string;
  now?: () => Date;
  batch?: number;
};

/** Sends what is due; returns how many messages it tried (0: nothing was due). */
export async function sendDueMail(opts: SendOptions): Promise<number> {
  const now = opts.now ?? (() => new Date());
  const due = getDb()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "waiting"), lte(mailOutbox.nextAttemptAt, now())))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(opts.batch ?? 20)
    .all();
  for (const row of due) await sendOne(row, opts, now);
  return due.length;
}

async function sendOne(row: MailRow, opts: SendOptions, now: () => Date): Promise<void> {
  const db = getDb();
  const set = (values: Partial<MailRow>) => db.update(mailOutbox).set(values).where(eq(mailOutbox.id, row.id)).run();
  let built: BuiltMail;
  try {
    const kind = mailKind(row.kind);
    built = kind ? kind.build(row, { publicBase: opts.publicBase }) : { fail: `Unknown kind of mail "${row.kind}".` };
  } catch (error) {
    return retryOrFail(row, error, now());
  }
  if ("skip" in built) return void set({ status: "skipped", lastError: built.skip });
  if ("fail" in built) return void set({ status: "failed", attempts: row.attempts + 1, lastError: built.fail });
  // "sending" takes the row out of the one-waiting-per-subject index: a withdrawal recorded
  // while this message is on the wire starts the next batch instead of joining this one.
  set({ status: "sending", toAddress: built.to, subject: built.subject });
  const event = db.select({ name: events.name }).from(events).where(eq(events.id, row.eventId)).get();
  try {
    await opts.transport.send({
      id: row.id,
      from: { name: event?.name ?? "Fairlead", address: opts.fromAddress },
      to: built.to,
      subject: built.subject,
      text: built.text,
      ...(built.html && { html: built.html }),
    });
  } catch (error) {
    return retryOrFail(row, error, now());
  }
  set({ status: "sent", attempts: row.attempts + 1, sentAt: now(), ledgerMark: built.ledgerMark ?? null, lastError: null });
}

function retryOrFail(row: MailRow, error: unknown, at: Date): void {
  const attempts = row.attempts + 1;
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const db = getDb();
  if (attempts >= MAX_ATTEMPTS) {
    db.update(mailOutbox).set({ status: "failed", attempts, lastError }).where(eq(mailOutbox.id, row.id)).run();
    return;
  }
  db.transaction(() => {
    // A message of the same subject enqueued while this one was on the wire: this one takes it
    // in (the body is rebuilt at the next try), so one waits.
    db.delete(mailOutbox)
      .where(and(eq(mailOutbox.kind, row.kind), eq(mailOutbox.ref, row.ref), eq(mailOutbox.status, "waiting"), ne(mailOutbox.id, row.id)))
      .run();
    db.update(mailOutbox)
      .set({ status: "waiting", attempts, lastError, nextAttemptAt: new Date(at.getTime() + backoffMs(attempts)) })
      .where(eq(mailOutbox.id, row.id))
      .run();
  }, { behavior: "immediate" });
}
