// A group writer on a worker thread of its own (ingest-worker.ts), so that a group's SQL and its
// fsync (~0.25 ms an item and ~2 ms a commit here) do not stall the thread that parses and
// answers requests: the second core does them meanwhile. Measured against writing on the
// request thread in docs/benchmarks/ingest.md; why it stays: docs/decisions/013.
//
// The thread gets its database file at start, in its environment (one copy per thread). If it
// cannot start, or stops before its first answer, groups are written on this thread instead:
// slower, same answers. If it dies with a group in flight, that group is refused (the phones
// keep the items and resend them: nothing was acknowledged) and the next group starts a new one.
import { Worker } from "node:worker_threads";
import { databasePath } from "@/db/client";
import { recordBoothGroup, type BoothRequest } from "../booth/record-booth-items";
import { runsFromSource, sourceWorker } from "../threads/app-worker";
import type { GroupWriter } from "./group-commit";
import type { ItemResult } from "./sync-result";

export type WriterRequest = { id: number; group: BoothRequest[]; now: number };
export type WriterReply = { id: number; answers: ItemResult[][] } | { id: number; error: string };

/** The writer thread on `file`. In the Next.js server the literal `new Worker(new URL(…))` makes the build bundle it. */
export function startWriterThread(file: string): Worker {
  const env = { ...process.env, FAIRLEAD_DB: file };
  if (runsFromSource(import.meta.url)) return sourceWorker(import.meta.url, "ingest-worker.ts", { env });
  return new Worker(new URL("./ingest-worker.ts", import.meta.url), { env });
}

type Options = { file?: string; start?: (file: string) => Worker };

/** A group writer on a thread writing to `file` (by default the configured database when it starts). */
export function threadWriter({ file, start = startWriterThread }: Options = {}): GroupWriter {
  let thread: Worker | null = null;
  let failed = false; // the thread could not run here: write on this thread from now on
  let nextId = 0;
  let inFlight: { id: number; settle: (reply: WriterReply | Error) => void } | null = null;

  function launch(): Worker | null {
    if (thread || failed) return thread;
    let answered = false;
    try {
      thread = start(file ?? databasePath());
    } catch (error) {
      console.error("The sync writer thread could not start; writing on the request thread.", error);
      failed = true;
      return null;
    }
    thread.unref(); // idle, it never keeps the process alive by itself
    thread.on("message", (reply: WriterReply) => {
      answered = true;
      if (inFlight?.id === reply.id) inFlight.settle(reply);
    });
    thread.on("error", (error) => console.error("The sync writer thread failed", error));
    thread.on("exit", () => {
      thread = null;
      if (!answered) {
        console.error("The sync writer thread stopped before its first answer; writing on the request thread from now on.");
        failed = true;
      }
      inFlight?.settle(new Error("The sync writer thread stopped before the commit; nothing was acknowledged."));
    });
    return thread;
  }

  return (group, now) => {
    const worker = launch();
    if (!worker) return recordBoothGroup(group, now);
    return new Promise<ItemResult[][]>((done, refuse) => {
      const id = ++nextId;
      inFlight = {
        id,
        settle: (reply) => {
          inFlight = null;
          worker.unref();
          if (reply instanceof Error) refuse(reply);
          else if ("error" in reply) refuse(new Error(`The items were not recorded: ${reply.error}`));
          else done(reply.answers);
        },
      };
      worker.ref(); // a group in flight keeps the process alive until it is answered
      const request: WriterRequest = { id, group, now: now.getTime() };
      try {
        worker.postMessage(request);
      } catch (error) {
        inFlight = null; // not sent (an item that cannot be copied): nothing was written
        worker.unref();
        refuse(error instanceof Error ? error : new Error(String(error)));
      }
    });
  };
}
