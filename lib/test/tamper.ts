// What someone holding the SQLite file does to it, for the tests that show verify-ledger catches
// it: with the file's guards (triggers, foreign keys) out of the way, rows are rewritten at will.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents } from "@/db/schema";
import { entryHash } from "../consent/ledger";

const sqlite = () => getDb().$client;

/** Runs `change` with the ledger's append-only triggers and the foreign keys out of the way. */
export function withoutGuards(change: () => void): void {
  sqlite().exec("drop trigger if exists consent_events_append_only_update; drop trigger if exists consent_events_append_only_delete");
  sqlite().pragma("foreign_keys = OFF");
  try {
    change();
  } finally {
    sqlite().pragma("foreign_keys = ON");
  }
}

/** Recomputes every hash of the event's chain, as a careful forger would. */
export function rechain(eventId: number): void {
  const rows = getDb().select().from(consentEvents).where(eq(consentEvents.eventId, eventId)).orderBy(consentEvents.id).all();
  let prev: string | null = null;
  for (const row of rows) {
    const { id, prevHash: _p, hash: _h, ...rest } = row;
    const hash = entryHash(prev, rest);
    getDb().update(consentEvents).set({ prevHash: prev, hash }).where(eq(consentEvents.id, id)).run();
    prev = hash;
  }
}
