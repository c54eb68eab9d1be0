// One pass of the sender: the ledger's new decisions become outbox rows (enqueue-ledger-mail.ts);
// then the messages due now are built from the ledger (their kind), sent, and their rows
// updated: sent; or waiting again with exponential backoff (1 min, 2, 4, … capped at an hour);
// or failed after MAX_ATTEMPTS, with the reason. A pass writes in three transactions (the new
// outbox rows, then before and after sending), not two per message: mail is not on the booth's
// hot path, but shares its write lock. The clock is passed in, so tests run the backoff
// without waiting.
import { setTimeout as sleep, setImmediate as turn } from "node:timers/promises";
import { and, asc, eq, inArray, lte, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, MAIL_WAITING, mailOutbox, type MailRow } from "@/db/schema";
import { enqueueLedgerMail, LEDGER_ROWS_PER_PASS } from "./enqueue-ledger-mail";
import { mailKind } from "./kinds";
import type { BuiltMail, MailContext } from "./mail-kind";
import type { MailTransport } from "./transport";

export const MAX_ATTEMPTS = 8; // 1+2+4+…+60 min: about four hours of trying
const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 60 * 60_000;
/** Between slices of a ledger backlog: 250 rows per ~15 ms at most, far above any show's rate of decisions. */
const BACKLOG_PAUSE_MS = 10;

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

type Outcome = { row: MailRow; sent: true; mark: number | null } | { row: MailRow; sent: false; error: unknown };

/** Sends what is due; returns how many messages it tried (0: nothing was due). */
export async function sendDueMail(opts: SendOptions): Promise<number> {
  const now = opts.now ?? (() => new Date());
  const db = getDb();
  // A backlog of the ledger (rows the sync writer thread appended since the last poll) is read
  // in slices with a pause between them, in which the booths' writes take the write lock
  // without waiting behind one slice after another; the messages are built in slices too, with
  // the event loop's other work between them (the sender may run on the server's thread).
  while (enqueueLedgerMail() === LEDGER_ROWS_PER_PASS) await sleep(BACKLOG_PAUSE_MS);
  const due = db
    .select()
    .from(mailOutbox)
    .where(and(MAIL_WAITING, lte(mailOutbox.nextAttemptAt, now())))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(opts.batch ?? 20)
    .all();
  if (due.length === 0) return 0;
  const built: { row: MailRow; mail: ReturnType<typeof build> }[] = [];
  for (const row of due) {
    built.push({ row, mail: build(row, { publicBase: opts.publicBase, now: now() }) }); // ~1–2 ms each
    await turn();
  }
  const names = new Map(
    db.select({ id: events.id, name: events.name }).from(events).where(inArray(events.id, [...new Set(due.map((r) => r.eventId))])).all().map((e) => [e.id, e.name]),
  );
  // "sending" takes a row out of the one-waiting-per-subject index: a withdrawal recorded
  // while its notice is on the wire starts the next batch instead of joining this one.
  db.transaction(() => {
    for (const { row, mail } of built) {
      const set = (values: Partial<MailRow>) => db.update(mailOutbox).set(values).where(eq(mailOutbox.id, row.id)).run();
      if ("skip" in mail) {
        set({ status: "skipped", lastError: mail.skip });
        finished(row);
      } else if ("fail" in mail) {
        set({ status: "failed", attempts: row.attempts + 1, lastError: mail.fail });
        finished(row);
      }
      else if ("error" in mail) retryOrFail(row, mail.error, now());
      else set({ status: "sending", toAddress: mail.to, subject: mail.subject });
    }
  }, { behavior: "immediate" });
  const outcomes: Outcome[] = [];
  for (const { row, mail } of built) {
    if (!("to" in mail)) continue;
    try {
      const { to, subject, text, html, replyTo } = mail;
      await opts.transport.send({ id: row.id, from: { name: names.get(row.eventId) ?? "Fairlead", address: opts.fromAddress }, to, subject, text, ...(html && { html }), ...(replyTo && { replyTo }) });
      outcomes.push({ row, sent: true, mark: mail.ledgerMark ?? null });
    } catch (error) {
      outcomes.push({ row, sent: false, error });
    }
  }
  db.transaction(() => {
    for (const o of outcomes) {
      if (o.sent) {
        db.update(mailOutbox)
          .set({ status: "sent", attempts: o.row.attempts + 1, sentAt: now(), ledgerMark: o.mark, lastError: null })
          .where(eq(mailOutbox.id, o.row.id))
          .run();
        finished(o.row);
      } else retryOrFail(o.row, o.error, now());
    }
  }, { behavior: "immediate" });
  return due.length;
}

function build(row: MailRow, ctx: MailContext): BuiltMail | { error: unknown } {
  try {
    const kind = mailKind(row.kind);
    return kind ? kind.build(row, ctx) : { fail: `Unknown kind of mail "${row.kind}".` };
  } catch (error) {
    return { error }; // e.g. the database was busy: try again later
  }
}

/** Call inside the transaction that records the row sent, skipped or failed for good: its kind's clean-up (docs/decisions/038). */
function finished(row: MailRow): void {
  mailKind(row.kind)?.finished?.(row);
}

/** Call inside a transaction. */
function retryOrFail(row: MailRow, error: unknown, at: Date): void {
  const attempts = row.attempts + 1;
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const db = getDb();
  if (attempts >= MAX_ATTEMPTS) {
    db.update(mailOutbox).set({ status: "failed", attempts, lastError }).where(eq(mailOutbox.id, row.id)).run();
    finished(row);
    return;
  }
  // A message of the same subject enqueued while this one was on the wire: this one takes it
  // in (the body is rebuilt at the next try), so one waits.
  db.delete(mailOutbox)
    .where(and(eq(mailOutbox.kind, row.kind), eq(mailOutbox.ref, row.ref), MAIL_WAITING, ne(mailOutbox.id, row.id)))
    .run();
  db.update(mailOutbox)
    .set({ status: "waiting", attempts, lastError, nextAttemptAt: new Date(at.getTime() + backoffMs(attempts)) })
    .where(eq(mailOutbox.id, row.id))
    .run();
}
