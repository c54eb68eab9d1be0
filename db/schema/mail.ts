// Mail waiting to go out, and the record of what went (docs/decisions/021-outbox-mail.md).
// The sender writes a decision's row from the ledger (lib/mail/enqueue-ledger-mail.ts); other
// mail is written in the transaction of the change that causes it. A row holds no body: the
// sender rebuilds the message from the ledger when it sends (lib/mail/kinds.ts), so nothing
// personal is kept here but the address the message went to.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { eventRef } from "./events";

export const MAIL_STATUSES = ["waiting", "sending", "sent", "failed", "skipped"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    /** Which message this is: a key of lib/mail/kinds.ts. */
    kind: text("kind").notNull(),
    /** What the kind builds its message from (a consent event's id, a partner's id). */
    ref: integer("ref").notNull(),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("waiting"),
    attempts: integer("attempts").notNull().default(0),
    /** When the sender may (next) try it: a batch's delay, or a retry's backoff. */
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** Filled when the message is built (at its first attempt). */
    toAddress: text("to_address"),
    subject: text("subject"),
    /** For batches: the highest ledger id the sent message covered (the next batch starts after it). */
    ledgerMark: integer("ledger_mark"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    // Partial indexes: a row enters the first only while it waits and the last once sent, so
    // the sender's insert per share or withdrawal (it shares the write lock with the booths)
    // touches as few as it can.
    index("mail_outbox_due").on(t.nextAttemptAt).where(sql`status = 'waiting'`),
    index("mail_outbox_event").on(t.eventId, t.id),
    // One waiting message per subject: a withdrawal while a partner's notice waits joins it.
    uniqueIndex("mail_outbox_one_waiting").on(t.kind, t.ref).where(sql`status = 'waiting'`),
    // Where the partner's last sent notice reached (lib/mail/partner-withdrawals.ts).
    index("mail_outbox_sent_mark").on(t.kind, t.ref, t.ledgerMark).where(sql`status = 'sent'`),
  ],
);

export type MailRow = typeof mailOutbox.$inferSelect;

// The partial indexes' conditions as literals: SQLite uses a partial index only when the query
// states its condition, and a bound parameter ('waiting' as ?) does not.
export const MAIL_WAITING = sql`${mailOutbox.status} = 'waiting'`;
export const MAIL_SENT = sql`${mailOutbox.status} = 'sent'`;

/**
 * How far the mail sender has read the consent ledger: the outbox holds the messages of every
 * ledger row up to `consentId` (lib/mail/enqueue-ledger-mail.ts). One row (id 1), moved in the
 * transaction that writes those messages; migration 0017 starts it at the ledger's end then.
 */
export const mailLedgerCursor = sqliteTable("mail_ledger_cursor", {
  id: integer("id").primaryKey(),
  consentId: integer("consent_id").notNull(),
});
