// The server's mail sender on a worker thread of its own (mail-worker.ts), with its own
// connection: reading the ledger into the outbox (~10 µs a decision) and composing messages
// (~1–2 ms each) then never delay the thread that answers the booths. Measured: with the sender
// on that thread, the booth's p99 during the all-partner ZIP went from 1.75 to 2.30 times its
// idle p99 (docs/benchmarks/export.md). A decision on this thread wakes it with a message; one on
// the sync writer thread is found by its poll. If the thread cannot start, or stops, the sender
// runs on this thread instead: slower for the booths, the same mail.
import { Worker } from "node:worker_threads";
import { databasePath } from "@/db/client";
import { runsFromSource, sourceWorker } from "../threads/app-worker";
import { startMailSender } from "./mail-sender";
import { onMailWake } from "./wake";
import { startWebhookSender } from "../webhooks/webhook-sender";
import { onWebhookWake } from "../webhooks/wake";
import { mailSettings } from "./mail-settings";

function startSendersHere(): void {
  startMailSender();
  startWebhookSender({ publicBase: mailSettings().publicBase });
}

function startWorker(file: string): Worker {
  const env = { ...process.env, FAIRLEAD_DB: file };
  if (runsFromSource(import.meta.url)) return sourceWorker(import.meta.url, "mail-worker.ts", { env });
  return new Worker(new URL("./mail-worker.ts", import.meta.url), { env });
}

/** Starts the sender on its own thread (or, failing that, on this one). */
export function startMailThread(start: (file: string) => Worker = startWorker): void {
  let thread: Worker;
  try {
    thread = start(databasePath());
  } catch (error) {
    console.error("The mail thread could not start; sending mail and webhooks from this thread.", error);
    startSendersHere();
    return;
  }
  thread.unref(); // it never keeps the process alive by itself
  onMailWake(() => thread.postMessage("wake"));
  onWebhookWake(() => thread.postMessage("webhooks"));
  thread.on("error", (error) => console.error("The mail thread failed", error));
  thread.on("exit", () => {
    console.error("The mail thread stopped; sending mail and webhooks from this thread.");
    onMailWake(undefined);
    onWebhookWake(undefined);
    startSendersHere();
  });
}
