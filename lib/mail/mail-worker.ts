// The mail thread (mail-thread.ts starts it, with the database file in its environment): the
// sender runs here on a connection of its own; the server's thread wakes it after a decision.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { startMailSender } from "./mail-sender";

// Mail can wait a moment; a booth cannot. Where cores are short this thread yields to the ones
// that answer the booths (on Linux the nice value is per thread: see lib/exports/zip-worker.ts).
try {
  os.setPriority(os.constants.priority.PRIORITY_LOW);
} catch {
  // not allowed here: the thread runs at the usual priority
}
const sender = startMailSender();
parentPort?.on("message", () => sender.wake());
