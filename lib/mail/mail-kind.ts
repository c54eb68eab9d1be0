// What a kind of mail is: how long it waits before its first try, and how it builds its message
// from the ledger at send time (so the outbox keeps no body: docs/decisions/021-outbox-mail.md).
import type { MailRow } from "@/db/schema";

export type BuiltMail =
  /** replyTo: where the recipient's answer goes, when not to the event's address (a partner's follow-up). */
  | { to: string; subject: string; text: string; html?: string; replyTo?: string; ledgerMark?: number }
  /** Nothing to tell any more (recorded as skipped, with the reason). */
  | { skip: string }
  /** Cannot be sent, and retrying will not help (recorded as failed, with the reason). */
  | { fail: string };

/** `now`: the sender's clock (a test's, or the time of the pass). */
export type MailContext = { publicBase: string; now: Date };

export type MailKind = {
  /** Before the first try: a batch waits for more of its kind (≤ 60 s: the partner hears within a minute). */
  delayMs: number;
  build(row: MailRow, ctx: MailContext): BuiltMail;
  /**
   * Called in the transaction that records the message sent, skipped or failed for good (never
   * for a retry): a kind wipes what it kept only to build the message (docs/decisions/038).
   */
  finished?(row: MailRow): void;
};

export const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
