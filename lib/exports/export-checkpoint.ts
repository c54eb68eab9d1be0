// How an export file names the signed checkpoint it falls under (issue 11 §4), without touching
// the CSV's rows (CRMs import them): the download's name and an X-Fairlead-Checkpoint header,
// a second sheet in an XLSX, a checkpoint.json in the all-partners ZIP. The JSON has the shape
// the event publishes at its checkpoints URL, so `verify-receipt --checkpoints checkpoint.json`
// takes it as it is (docs/decisions/020-signed-checkpoints.md).
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, type LedgerCheckpoint } from "@/db/schema";
import type { PublishedCheckpoints } from "../ledger/checkpoint-statement";
import { checkpointsPath, publishedKey } from "../ledger/public-checkpoints";
import { toStatement } from "../ledger/write-checkpoint";

export const CHECKPOINT_HEADER = "x-fairlead-checkpoint";
export const CHECKPOINT_FILE = "checkpoint.json";

/** "-checkpoint-<id>" before a download name's extension; nothing for an export without one. */
export const checkpointSuffix = (checkpoint: Pick<LedgerCheckpoint, "id"> | null) => (checkpoint ? `-checkpoint-${checkpoint.id}` : "");

const eventOf = (checkpoint: LedgerCheckpoint) =>
  getDb().select({ id: events.id, slug: events.slug }).from(events).where(eq(events.id, checkpoint.eventId)).get()!;

/** The signed statement as published, with the key that signed it. */
export function publishedCheckpoint(checkpoint: LedgerCheckpoint): PublishedCheckpoints {
  return { event: eventOf(checkpoint), key: publishedKey(), checkpoints: [toStatement(checkpoint)] };
}

export type XlsxAppendix = { sheet: string; rows: [string, string][] };

/** The XLSX's second sheet: what the checkpoint states, and where the event publishes it. */
export function checkpointSheet(checkpoint: LedgerCheckpoint): XlsxAppendix {
  const s = toStatement(checkpoint);
  return {
    sheet: "Checkpoint",
    rows: [
      ["checkpoint", String(s.id)],
      ["rows", String(s.rows)],
      ["head_hash", s.head_hash],
      ["merkle_root", s.merkle_root],
      ["time", s.time],
      ["key_id", s.key_id],
      ["signature", s.signature],
      ["published_at", checkpointsPath(eventOf(checkpoint).slug)],
    ],
  };
}
