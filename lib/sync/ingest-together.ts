// Group commit for the sync endpoint, off the request thread. Requests that arrive while a group
// is being written wait and go together as the next group: one transaction and one fsync for
// all of them (docs/decisions/002-durable-commits.md), and each request is answered only after
// the commit that holds its items (an answer is a promise of durability).
//
// The writing happens on a worker thread (ingest-writer.ts) so that the fsync and the SQL of a
// group (about 2 ms and 0.3 ms an item here) do not stall the thread that parses and answers
// requests; the second core does them meanwhile (docs/decisions/010-offline-sync.md). If the
// thread cannot be started, groups are written on this thread instead: slower, same answers.
import { Worker } from "node:worker_threads";
import { databasePath } from "@/db/client";
import { runsFromSource, sourceWorker } from "../threads/app-worker";
import type { DeviceActor } from "../auth/actor";
import { ingestGroup } from "./ingest-batch";
import type { ItemResult } from "./sync-result";

type Request = { actor: DeviceActor; items: readonly unknown[] };
/** `file`: the database the request thread uses (it can change between tests, the thread follows). */
export type WriterRequest = { id: number; file: string; group: Request[]; now: number };
export type WriterReply = { id: number; answers: ItemResult[][] } | { id: number; error: string };
type Waiting = Request & { done: (r: ItemResult[]) => void; failed: (e: unknown) => void };

let waiting: Waiting[] = [];
let inFlight: { id: number; group: Waiting[] } | null = null;
let writer: Worker | null = null;
let writerFailed = false;
let writerAnswered = false;
let nextId = 0;

/** The items of one request, written with those of every request that arrives meanwhile. */
export function ingestTogether(actor: DeviceActor, items: readonly unknown[]): Promise<ItemResult[]> {
  return new Promise((done, failed) => {
    if (waiting.push({ actor, items, done, failed }) === 1 && !inFlight) setImmediate(sendWaiting);
  });
}

function sendWaiting() {
  if (inFlight || waiting.length === 0) return;
  const group = waiting;
  waiting = [];
  const thread = writerThread();
  if (!thread) return writeHere(group);
  inFlight = { id: ++nextId, group };
  thread.ref(); // a group in flight keeps the process alive until it is answered
  const request: WriterRequest = { id: inFlight.id, file: databasePath(), group: group.map(({ actor, items }) => ({ actor, items })), now: Date.now() };
  try {
    thread.postMessage(request);
  } catch (error) {
    inFlight = null; // not sent (an item that cannot be copied): nothing was written
    answer(group, { error });
    setImmediate(sendWaiting);
  }
}

function writeHere(group: Waiting[]) {
  let outcome: Outcome;
  try {
    outcome = { answers: ingestGroup(group) };
  } catch (error) {
    outcome = { error };
  }
  answer(group, outcome);
}

type Outcome = { answers: ItemResult[][] } | { error: unknown };

/** Each request of a group gets its own answers once they are committed, or all get the failure. */
function answer(group: Waiting[], outcome: Outcome) {
  if ("answers" in outcome) group.forEach((w, i) => w.done(outcome.answers[i]!));
  else for (const w of group) w.failed(outcome.error);
}

function settle(reply: WriterReply) {
  const flight = inFlight;
  if (!flight || flight.id !== reply.id) return;
  inFlight = null;
  writer?.unref(); // idle, it never keeps the process alive by itself
  answer(flight.group, "error" in reply ? { error: new Error(`The items were not recorded: ${reply.error}`) } : reply);
  sendWaiting();
}

/** For tests: the writer thread stops as if it had crashed, with whatever group it holds. */
export async function killSyncWriter(): Promise<void> {
  await writer?.terminate();
}

// In the Next.js server the literal `new Worker(new URL(…))` makes the build bundle the writer;
// under tsx it runs from source (lib/threads/app-worker.ts).
function startWriter(): Worker {
  if (runsFromSource(import.meta.url)) return sourceWorker(import.meta.url, "ingest-writer.ts");
  return new Worker(new URL("./ingest-writer.ts", import.meta.url));
}

function writerThread(): Worker | null {
  if (writer || writerFailed) return writer;
  try {
    writer = startWriter();
  } catch (error) {
    console.error("The sync writer thread could not start; writing on the request thread.", error);
    writerFailed = true;
    return null;
  }
  writerAnswered = false;
  writer.on("message", (reply: WriterReply) => {
    writerAnswered = true;
    settle(reply);
  });
  writer.on("error", (error) => console.error("The sync writer thread failed", error));
  writer.on("exit", () => {
    // A group in flight when the thread died has no answer: refuse it, so the phones keep and resend it.
    writer = null;
    if (!writerAnswered) {
      console.error("The sync writer thread stopped before its first answer; writing on the request thread from now on.");
      writerFailed = true;
    }
    const flight = inFlight;
    inFlight = null;
    if (flight) answer(flight.group, { error: new Error("The sync writer thread stopped before the commit; nothing was acknowledged.") });
    sendWaiting();
  });
  return writer;
}
