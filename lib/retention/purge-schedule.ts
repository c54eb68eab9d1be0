// The retention purge inside the server (instrumentation.ts): a run every PURGE_INTERVAL_MS, in
// slices of PURGE_SLICE attendees on the server's thread, so a large event's purge day never
// stalls the booths for long: a full slice is followed by the next one after a pause.
// A failed run is logged and tried again at the next interval; what it committed stays.
import { OPERATOR } from "../auth/actor";
import { purgeExpired, type EventPurge } from "./purge-expired";

export const PURGE_INTERVAL_MS = 10 * 60_000;
// One erasure is one IMMEDIATE transaction with its fsync: 4–14 ms on a loaded 2-core machine
// (docs/decisions/027). 25 of them hold the thread ~0.1–0.35 s; then the booths get a turn.
export const PURGE_SLICE = 25;
const NEXT_SLICE_MS = 250;

type Options = {
  run?: (limit: number) => EventPurge[];
  onError?: (error: unknown) => void;
  intervalMs?: number;
  /** The pause after a full slice before the next. */
  nextSliceMs?: number;
};

export function startPurgeSchedule({
  run = (limit) => purgeExpired(OPERATOR, { trigger: "schedule", limit }),
  onError = (error) => console.error("Retention purge failed:", error instanceof Error ? error.message : error),
  intervalMs = PURGE_INTERVAL_MS,
  nextSliceMs = NEXT_SLICE_MS,
}: Options = {}): () => void {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (ms: number) => {
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  function tick() {
    let full = false;
    try {
      const erased = run(PURGE_SLICE).reduce((n, r) => n + r.counts.attendees, 0);
      full = erased >= PURGE_SLICE;
    } catch (error) {
      onError(error);
    }
    schedule(full ? nextSliceMs : intervalMs);
  }
  schedule(nextSliceMs);
  return () => clearTimeout(timer);
}
