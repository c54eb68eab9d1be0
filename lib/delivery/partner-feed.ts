// A partner's feed (issue 14 §2, decision 039): what its systems learn, in one order, from the
// two append-only records written in each change's own transaction: the consent ledger (shares,
// withdrawals, lapses; never a decline: a decline never reaches the partner) and the
// qualification history (what the booth recorded about a lead). Webhook endpoints and the pull
// API read the same feed from their own cursor, so they see the same events in the same order.
//
// The two sources are merged by the time the server recorded each row; each is read in id
// order and consumed as a prefix, so a cursor never skips or repeats an event whatever the
// clocks did. Callers check access first (the agreement gate included).
import { and, asc, eq, gt, ne, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents as ce, leadQualifications as lq } from "@/db/schema";
import type { FeedCursor } from "./feed-cursor";

export type FeedType = "lead.shared" | "lead.withdrawn" | "lead.lapsed" | "lead.erased" | "lead.qualified";

export type FeedItem =
  | { source: "ledger"; id: number; at: Date; attendeeId: number; action: "grant" | "withdraw" | "lapse"; method: string; noticeId: number; language: string; textSha256: string }
  | { source: "qualification"; id: number; at: Date; attendeeId: number; consentId: number; revision: number };

export type FeedEntry = { item: FeedItem; type: FeedType; messageId: string; after: FeedCursor };

const TYPE = { grant: "lead.shared", withdraw: "lead.withdrawn", lapse: "lead.lapsed" } as const;

/** A share ended by erasing the attendee (on request, or at the end of retention) is its own event: the contact is gone, not just the consent. */
const ERASURE_METHODS = new Set(["erasure", "retention"]);
const typeOf = (item: FeedItem): FeedType =>
  item.source === "qualification" ? "lead.qualified" : item.action === "lapse" && ERASURE_METHODS.has(item.method) ? "lead.erased" : TYPE[item.action];

/** The message id a receiver deduplicates by: the same for every attempt and replay of an event. */
export const messageIdOf = (item: Pick<FeedItem, "source" | "id">) => `${item.source === "ledger" ? "ce" : "lq"}_${item.id}`;

/** The partner's ledger rows in `span` (after a cursor, or one id), oldest first. */
function ledgerRows(eventId: number, partnerId: number, span: SQL, limit: number): FeedItem[] {
  return getDb()
    .select({ id: ce.id, at: ce.recordedAt, attendeeId: ce.attendeeId, action: ce.action, method: ce.method, noticeId: ce.noticeId, language: ce.language, textSha256: ce.textSha256 })
    .from(ce)
    // consent_events_event (event_id, id) walks the event's rows in order from the cursor.
    .where(and(eq(ce.eventId, eventId), span, eq(ce.partnerId, partnerId), ne(ce.action, "decline")))
    .orderBy(asc(ce.id))
    .limit(limit)
    .all()
    .map((r) => ({ source: "ledger" as const, ...r, action: r.action as "grant" | "withdraw" | "lapse" }));
}

function qualificationRows(partnerId: number, span: SQL, limit: number): FeedItem[] {
  return getDb()
    .select({ id: lq.id, at: lq.createdAt, attendeeId: lq.attendeeId, consentId: lq.consentId, revision: lq.revision })
    .from(lq)
    .where(and(eq(lq.partnerId, partnerId), span))
    .orderBy(asc(lq.id))
    .limit(limit)
    .all()
    .map((r) => ({ source: "qualification" as const, ...r }));
}

/** Up to `limit` events after `cursor`, oldest first, each with the cursor just past it. */
export function readFeed(eventId: number, partnerId: number, cursor: FeedCursor, limit: number): FeedEntry[] {
  // One read transaction: both sources as of one moment, so a row committed between the two reads cannot jump the order.
  const [ledger, saves] = getDb().transaction(() => [ledgerRows(eventId, partnerId, gt(ce.id, cursor.ledger), limit), qualificationRows(partnerId, gt(lq.id, cursor.qualification), limit)], {
    behavior: "deferred", // reads only: never the write lock
  });
  const entries: FeedEntry[] = [];
  let position = cursor;
  let [i, j] = [0, 0];
  while (entries.length < limit && (i < ledger.length || j < saves.length)) {
    // A save comes after the share it belongs to, and after anything recorded before it; within
    // one millisecond the ledger row goes first (so a share always precedes its own save).
    const takeLedger = j >= saves.length || (i < ledger.length && ledger[i]!.at.getTime() <= saves[j]!.at.getTime());
    const item = takeLedger ? ledger[i++]! : saves[j++]!;
    position = item.source === "ledger" ? { ...position, ledger: item.id } : { ...position, qualification: item.id };
    entries.push({ item, type: typeOf(item), messageId: messageIdOf(item), after: position });
  }
  return entries;
}

/** One event of the feed by its message id (a replay), or null if it is not this partner's. */
export function feedItemById(eventId: number, partnerId: number, messageId: string): FeedEntry | null {
  const match = /^(ce|lq)_(\d{1,15})$/.exec(messageId);
  if (!match) return null;
  const id = Number(match[2]);
  const [item] = match[1] === "ce" ? ledgerRows(eventId, partnerId, eq(ce.id, id), 1) : qualificationRows(partnerId, eq(lq.id, id), 1);
  if (!item) return null;
  return { item, type: typeOf(item), messageId, after: { ledger: 0, qualification: 0 } };
}
