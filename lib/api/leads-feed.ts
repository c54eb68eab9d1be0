// One page of the pull API (issue 14 §2): the partner's feed (lib/delivery/partner-feed.ts),
// the one webhooks read, from the caller's cursor. Each event is exactly the body its webhook
// carries, plus the message id a webhook sends as webhook-id, so a partner may switch between
// the two, or run both, and deduplicate by id. The cursor is opaque and stable: a page's `next`
// stands just past its last event, so paging never skips or repeats one; an empty page gives
// the cursor back to poll with. Withdrawals and lapses come through it as events.
import { z } from "zod";
import { sha256Hex } from "../crypto";
import { decodeCursor, encodeCursor, FEED_START } from "../delivery/feed-cursor";
import { buildPayload, type FeedPayload } from "../delivery/feed-payloads";
import { readFeed } from "../delivery/partner-feed";
import { parseInput } from "../errors";
import type { TokenPartner } from "./api-tokens";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;

export const LeadsQuery = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce
    .number({ message: "a whole number" })
    .int("a whole number")
    .min(1, "at least 1")
    .max(MAX_LIMIT, `at most ${MAX_LIMIT}`)
    .default(DEFAULT_LIMIT),
});

export type LeadsPage = { data: (FeedPayload & { id: string })[]; next: string; has_more: boolean };

/** The page after `after` (the feed's start without one) and its ETag. A cursor this API did not give out is refused ("invalid"). */
export function readLeadsPage(caller: TokenPartner, query: z.input<typeof LeadsQuery>, publicBase: string): { body: LeadsPage; etag: string } {
  const { after, limit } = parseInput(LeadsQuery, query);
  const cursor = after ? decodeCursor(after) : FEED_START;
  const entries = readFeed(caller.eventId, caller.partnerId, cursor, limit + 1); // one more: is there more?
  const page = entries.slice(0, limit);
  const ctx = { eventId: caller.eventId, partnerId: caller.partnerId, publicBase };
  const body: LeadsPage = {
    data: page.map((entry) => ({ id: entry.messageId, ...buildPayload(ctx, entry) })),
    next: encodeCursor(page.at(-1)?.after ?? cursor),
    has_more: entries.length > limit,
  };
  // Of the body itself, not just its ids: a share's event loses its contact once withdrawn, a
  // checkpoint appears later; the same ids with other words are another representation.
  return { body, etag: `"${sha256Hex(JSON.stringify(body)).slice(0, 32)}"` };
}

/** If-None-Match against the page's ETag (weak comparison, RFC 9110 §13.1.2): true answers 304. */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}
