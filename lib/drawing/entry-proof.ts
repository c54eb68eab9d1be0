// An entrant's own proof of inclusion: their entry number, their salt, and the sibling hashes
// from their leaf to the published root. Nothing in it names another entry (decision 026).
// Server-side: the leaves are rebuilt from the frozen entry ids and their salts, and the root
// must be the one published, or there is no proof to show.
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingEntries, drawings } from "@/db/schema";
import { entryLeaf, inclusionPath, merkleRoot, type ProofStep } from "./merkle";
import { PublishedDrawing } from "./published-drawing";

export type EntryProof = { entryId: number; salt: string; leaf: string; path: ProofStep[]; root: string; freezeSha256: string };

/** The proof for this attendee's entry, if the drawing is frozen and the entry is in it. */
export function entryProofOf(drawingId: number, attendeeId: number): EntryProof | null {
  const db = getDb();
  const d = db
    .select({ eligible: drawings.eligibleEntryIds, publishedJson: drawings.publishedJson })
    .from(drawings)
    .where(eq(drawings.id, drawingId))
    .get();
  if (!d?.publishedJson || !d.eligible) return null;
  const mine = db
    .select({ id: drawingEntries.id, salt: drawingEntries.salt })
    .from(drawingEntries)
    .where(and(eq(drawingEntries.drawingId, drawingId), eq(drawingEntries.attendeeId, attendeeId)))
    .get();
  const ids = JSON.parse(d.eligible) as number[];
  if (!mine?.salt || !ids.includes(mine.id)) return null;
  const published = PublishedDrawing.parse(JSON.parse(d.publishedJson));
  const leaves = db
    .select({ id: drawingEntries.id, salt: drawingEntries.salt })
    .from(drawingEntries)
    .where(inArray(drawingEntries.id, ids))
    .all()
    .map((e) => entryLeaf(e.id, e.salt!));
  const root = merkleRoot(leaves);
  const leaf = entryLeaf(mine.id, mine.salt);
  const path = inclusionPath(leaves, leaf);
  if (!path || root !== published.freeze!.entryRoot) return null;
  return { entryId: mine.id, salt: mine.salt, leaf, path, root, freezeSha256: published.freezeSha256! };
}
