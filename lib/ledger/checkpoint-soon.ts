// Keeps checkpoints coming while decisions arrive, off the booth's hot path: an append only
// notes its event (a Map lookup); the check and the signing run after the commit, on a later
// turn of the event loop, and at most once per event per interval (CHECKPOINT_INTERVAL_MS).
// A ledger never checkpointed (kept from before checkpoints) is read in slices first.
// A failure (a key with the wrong mode) is logged and never fails a decision.
import { CHECKPOINT_INTERVAL_MS, checkpointDueIn, writeCheckpointInSlices } from "./write-checkpoint";

type Options = {
  now?: () => Date;
  /** Writes a checkpoint now (default writeCheckpointInSlices). */
  write?: (eventId: number, now: () => Date) => unknown;
  /** How long until the next checkpoint is due (default from the latest checkpoint). */
  dueIn?: (eventId: number, now: Date) => number;
  onError?: (error: unknown) => void;
};

/** A scheduler: call the returned function after each append (inside the transaction is fine: nothing runs until it ends). */
export function checkpointScheduler({
  now = () => new Date(),
  write = writeCheckpointInSlices,
  dueIn = checkpointDueIn,
  onError = (error) => console.error("Ledger checkpoint not written:", error instanceof Error ? error.message : error),
}: Options = {}) {
  const scheduled = new Set<number>(); // events with a check pending: further appends add nothing

  async function check(eventId: number) {
    try {
      const wait = dueIn(eventId, now());
      if (wait > 0) {
        setTimeout(() => void check(eventId), Math.min(wait, CHECKPOINT_INTERVAL_MS)).unref();
        return;
      }
      await write(eventId, now);
    } catch (error) {
      onError(error);
    }
    scheduled.delete(eventId);
  }

  return (eventId: number): void => {
    if (scheduled.has(eventId)) return;
    scheduled.add(eventId);
    setImmediate(() => void check(eventId));
  };
}

/** The process's scheduler (each thread that appends has its own). */
export const checkpointSoon = checkpointScheduler();
