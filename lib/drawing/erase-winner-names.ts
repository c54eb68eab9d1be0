// Erasure wins over "what a drawn drawing shows never changes" (decision 027): the published
// record keeps an erased winner's entry number, salt and leaf, so the result still recomputes,
// but their first name and initial go. The winners' names are not part of the freeze hash nor of
// the draw key, so nothing a verifier saved earlier stops matching.
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { drawingEntries, drawings } from "@/db/schema";

/** What the record says for a winner whose data was erased: nothing about them. */
export const ERASED_WINNER = "";

type StoredRecord = { draw?: { winners?: { entryId: number; displayName: string }[] } | null };

/** Blanks the attendee's name among any drawing's published winners. Call in the erasure's transaction. */
export function eraseWinnerNames(tx: Db, attendeeId: number): number {
  const rows = tx
    .select({ drawingId: drawings.id, entryId: drawingEntries.id, json: drawings.publishedJson })
    .from(drawingEntries)
    .innerJoin(drawings, eq(drawings.id, drawingEntries.drawingId))
    .where(and(eq(drawingEntries.attendeeId, attendeeId), isNotNull(drawings.drawnAt), isNotNull(drawings.publishedJson)))
    .all();
  let erased = 0;
  for (const row of rows) {
    // Edited as stored (no re-parse), so every other byte of the record stays as it was.
    const record = JSON.parse(row.json!) as StoredRecord;
    const winner = record.draw?.winners?.find((w) => w.entryId === row.entryId);
    if (!winner || winner.displayName === ERASED_WINNER) continue;
    winner.displayName = ERASED_WINNER;
    tx.update(drawings).set({ publishedJson: JSON.stringify(record) }).where(eq(drawings.id, row.drawingId)).run();
    erased++;
  }
  return erased;
}
