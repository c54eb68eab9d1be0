// Every export is checkpointed, and its file names the signed checkpoint it falls under
// (docs/decisions/020): called once the export's read snapshot is taken and before its first
// byte, so a checkpoint of the ledger as it stands now covers every row the file reflects.
import type { LedgerCheckpoint } from "@/db/schema";
import { SigningKeyError } from "./signing-key";
import { writeCheckpointCaughtUp } from "./write-checkpoint";

/** The checkpoint, or null for an empty ledger or (logged) a signing key that cannot be used: the export goes ahead without. */
export function checkpointForExport(eventId: number, now: Date): LedgerCheckpoint | null {
  try {
    return writeCheckpointCaughtUp(eventId, now); // the write lock is held only for the rows since the catch-up
  } catch (error) {
    if (!(error instanceof SigningKeyError)) throw error;
    console.error(`The export is made without a checkpoint: ${error.message}`);
    return null;
  }
}
