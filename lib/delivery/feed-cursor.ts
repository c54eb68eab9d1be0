// A position in a partner's feed (partner-feed.ts): the last ledger row and the last
// qualification save it has passed. Opaque to API clients: base64url of "l.q", versioned, so a
// later feed with more sources can read an old cursor.
import { AppError } from "../errors";

export type FeedCursor = { ledger: number; qualification: number };

export const FEED_START: FeedCursor = { ledger: 0, qualification: 0 };

export function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(`v1.${cursor.ledger}.${cursor.qualification}`).toString("base64url");
}

export function decodeCursor(text: string): FeedCursor {
  const match = /^v1\.(\d{1,15})\.(\d{1,15})$/.exec(Buffer.from(text, "base64url").toString("latin1"));
  if (!match) throw new AppError("invalid", "The cursor is not one this API gave out: start without one, or use the `next` of an earlier page.");
  return { ledger: Number(match[1]), qualification: Number(match[2]) };
}
