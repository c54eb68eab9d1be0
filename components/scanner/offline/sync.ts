// Sends the queue to the server: at start, after each queued item, when the browser says it is
// back online, and after a failure with a growing pause (2 s, 4 s, … 1 min). Items go in
// batches; each comes back recorded (removed here), refused (kept, with the server's reason)
// or not decided (kept for the next round; one over the phone's badge-lookup limit is sent
// again no sooner than the server said). The endpoint is idempotent, so sending an item
// whose answer was lost is harmless: lib/booth/record-booth-item.ts.
import { BatchResult, isRetryable } from "@/lib/sync/sync-result";
import { deleteItems, listItems, queueEvents, updateItem, type QueuedItem } from "./queue";

const BATCH = 50;
const MAX_PAUSE_MS = 60_000;

export type SyncState = { sending: boolean; problem: string | null };

export function startSync(deviceId: number, report: (state: SyncState) => void): () => void {
  let running = false;
  let again = false;
  let pause = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function run() {
    if (stopped) return;
    if (running) return void (again = true);
    running = true;
    clearTimeout(timer);
    try {
      do {
        again = false;
        const batch = (await listItems()).filter((i) => i.state === "waiting" && i.deviceId === deviceId).slice(0, BATCH);
        if (batch.length === 0) break;
        if (!navigator.onLine) throw new Error("This phone is offline. Scans are kept here and sent when it is back online.");
        report({ sending: true, problem: null });
        await send(batch);
        again = true; // there may be more than one batch
      } while (again && !stopped);
      pause = 0;
      report({ sending: false, problem: null });
    } catch (error) {
      pause = Math.min(Math.max(2_000, pause * 2), MAX_PAUSE_MS);
      if (error instanceof SendLater) pause = Math.max(pause, error.waitMs);
      report({ sending: false, problem: error instanceof Error ? error.message : String(error) });
      // Offline, the `online` event restarts the loop; a server that did not answer is asked again later.
      if (navigator.onLine) timer = setTimeout(() => void run(), pause); // run() reports its own failures
    } finally {
      running = false;
    }
  }

  const onOnline = () => {
    pause = 0;
    void run();
  };
  const onChange = () => void run();
  window.addEventListener("online", onOnline);
  queueEvents.addEventListener("change", onChange);
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener("online", onOnline);
    queueEvents.removeEventListener("change", onChange);
  };
}

/** Some items were over the phone's badge-lookup limit: kept, and sent again after the wait. */
class SendLater extends Error {
  constructor(
    message: string,
    readonly waitMs: number,
  ) {
    super(message);
  }
}

async function send(batch: QueuedItem[]): Promise<void> {
  let response: Response;
  try {
    response = await fetch("/api/booth/sync", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ items: batch.map(({ scanId, code, scannedAt, source, decision }) => ({ scanId, code, scannedAt, source, decision })) }),
    });
  } catch {
    throw new Error("Fairlead could not be reached. Scans are kept on this phone; it tries again by itself.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `The server answered ${response.status}.`;
    throw new Error(`${message} Scans are kept on this phone.`);
  }
  const { results } = BatchResult.parse(body);
  if (results.length !== batch.length) throw new Error("The server's answer did not match the scans sent; they are kept and sent again.");
  const recorded: string[] = [];
  let retry = false;
  let limited: { message: string; waitMs: number } | null = null;
  for (const [i, result] of results.entries()) {
    const item = batch[i]!;
    if (result.ok) recorded.push(item.scanId);
    else if (result.retryAfter !== undefined) limited ??= { message: result.message, waitMs: result.retryAfter * 1000 };
    else if (isRetryable(result.status)) retry = true;
    else await updateItem(item.scanId, (it) => ({ ...it, state: "rejected", reason: result.message }));
  }
  if (recorded.length) await deleteItems(recorded);
  if (limited) throw new SendLater(`${limited.message} The scans are kept on this phone and sent again then.`, limited.waitMs);
  if (retry) throw new Error("The server could not record some scans just now; they are kept and sent again.");
}
