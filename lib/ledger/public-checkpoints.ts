// The checkpoints an event publishes, with no login, at GET /api/events/<slug>/checkpoints: so
// that an attendee, a court or a regulator can check a receipt (and anyone the ledger) against
// statements the organizer cannot take back.
// What it reveals: per checkpoint the number of ledger rows, two hashes, a time and a signature;
// so how many decisions the event recorded and when. No names, no ids of attendees or partners,
// nothing from which a decision could be read: a row's hash is over its content and the
// previous hash, and none of that content is published here.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, ledgerCheckpoints } from "@/db/schema";
import { notFound } from "../errors";
import { publishKey, type PublishedCheckpoints, type PublishedKey } from "./checkpoint-statement";
import { SigningKeyError, signingKey } from "./signing-key";
import { toStatement } from "./write-checkpoint";

/** The signing key as published, or null (logged) when it cannot be read. */
export function publishedKey(): PublishedKey | null {
  try {
    const key = signingKey();
    return publishKey(key.publicKey, key.keyId);
  } catch (error) {
    if (!(error instanceof SigningKeyError)) throw error;
    console.error(error.message);
    return null;
  }
}

export const checkpointsPath = (slug: string) => `/api/events/${encodeURIComponent(slug)}/checkpoints`;

export function publicCheckpoints(slug: string): PublishedCheckpoints {
  const db = getDb();
  const event = db.select({ id: events.id, slug: events.slug }).from(events).where(eq(events.slug, slug)).get();
  if (!event) throw notFound("The event");
  const rows = db.select().from(ledgerCheckpoints).where(eq(ledgerCheckpoints.eventId, event.id)).orderBy(asc(ledgerCheckpoints.id)).all();
  return { event, key: publishedKey(), checkpoints: rows.map(toStatement) };
}
