// The mail thread (mail-thread.ts starts it, with the database file in its environment): the
// sender runs here on a connection of its own; the server's thread wakes it after a decision.
import { parentPort } from "node:worker_threads";
import { startMailSender } from "./mail-sender";

const sender = startMailSender();
parentPort?.on("message", () => sender.wake());
