// Every export is checkpointed: the export row names the signed checkpoint its file falls under
// (docs/decisions/020). The file was read from a snapshot taken before this, so a checkpoint of
// the ledger as it stands now covers every row the file reflects.
import { SigningKeyError } from "./signing-key";
import { writeCheckpoint } from "./write-checkpoint";

/** The checkpoint's id, or null for an empty ledger or (logged) a signing key that cannot be used: the file was already sent. */
export function checkpointForExport(eventId: number, now: Date): number | null {
  try {
    return writeCheckpoint(eventId, now)?.id ?? null;
  } catch (error) {
    if (!(error instanceof SigningKeyError)) throw error;
    console.error(`The export is recorded without a checkpoint: ${error.message}`);
    return null;
  }
}
