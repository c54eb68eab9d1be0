// The sync endpoint's writer thread (ingest-together.ts starts it): receives a group of requests'
// items, writes them in one transaction on a connection of its own (ingest-batch.ts) and answers
// after the commit. Runs the same domain code as the request thread, so every rule and refusal
// is the same; only where the fsync waits differs.
import { parentPort } from "node:worker_threads";
import { ingestGroup } from "./ingest-batch";
import type { WriterReply, WriterRequest } from "./ingest-together";

parentPort?.on("message", ({ id, file, group, now }: WriterRequest) => {
  let reply: WriterReply;
  try {
    process.env.FAIRLEAD_DB = file; // this thread's own copy of the environment
    reply = { id, answers: ingestGroup(group, new Date(now)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
