// verify-ledger's check of the partner's words recorded with an event's decisions
// (docs/decisions/022): each kept words row must hash to the sha256 it is kept under, the one
// the ledger rows' hashes cover. An edited words row is named; the chain alone cannot see it.
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, consentPartnerWords } from "@/db/schema";
import { sha256Hex } from "../crypto";

export type WordsProblem = { eventId: number; consentId: number; problem: "words"; detail: string };

/** The first recorded words of the event's decisions that no longer hash to their sha256, or null. */
export function checkRecordedWords(eventId: number): WordsProblem | null {
  // One row per distinct words (a few per partner and language), with the first decision naming them.
  const kept = getDb()
    .select({ sha256: sql<string>`${consentEvents.wordsSha256}`, words: consentPartnerWords.words, consentId: sql<number>`min(${consentEvents.id})` })
    .from(consentEvents)
    .leftJoin(consentPartnerWords, eq(consentPartnerWords.sha256, consentEvents.wordsSha256))
    .where(and(eq(consentEvents.eventId, eventId), isNotNull(consentEvents.wordsSha256)))
    .groupBy(consentEvents.wordsSha256)
    .all();
  const bad = kept.find((w) => w.words === null || sha256Hex(w.words) !== w.sha256);
  if (!bad) return null;
  const what = bad.words === null ? "were deleted" : "were changed after they were written";
  return {
    eventId,
    consentId: bad.consentId,
    problem: "words",
    detail: `the partner's words recorded under ${bad.sha256.slice(0, 12)}… (first named by row ${bad.consentId}) ${what}`,
  };
}
