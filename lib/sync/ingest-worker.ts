// The sync endpoint's writer thread (writer-thread.ts starts it, with the database file in its
// environment): receives a group of requests' items, writes them in one transaction on a
// connection of its own through the booth's one write path, and answers after the commit.
import { parentPort } from "node:worker_threads";
import { recordBoothGroup } from "../booth/record-booth-items";
import type { WriterReply, WriterRequest } from "./writer-thread";

parentPort?.on("message", ({ id, group, now }: WriterRequest) => {
  let reply: WriterReply;
  try {
    reply = { id, answers: recordBoothGroup(group, new Date(now)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
