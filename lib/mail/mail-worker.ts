// The mail thread (mail-thread.ts starts it, with the database file in its environment): the
// mail sender and the webhook sender (decision 039) run here on a connection of their own; the
// server's thread wakes them ("wake": mail, "webhooks": an endpoint added, resumed or replayed).
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { startWebhookSender } from "../webhooks/webhook-sender";
import { startMailSender } from "./mail-sender";
import { mailSettings } from "./mail-settings";

// Mail can wait a moment; a booth cannot. Where cores are short this thread yields to the ones
// that answer the booths (on Linux the nice value is per thread: see lib/exports/zip-worker.ts).
try {
  os.setPriority(os.constants.priority.PRIORITY_LOW);
} catch {
  // not allowed here: the thread runs at the usual priority
}
const sender = startMailSender();
const webhooks = startWebhookSender({ publicBase: mailSettings().publicBase });
parentPort?.on("message", (message) => (message === "webhooks" ? webhooks.wake() : sender.wake()));
