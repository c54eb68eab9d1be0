// The all-partners ZIP, read and packed on two worker threads (zip-parts-worker.ts). Each reader
// has a snapshot of the database of its own, all of them taken at one instant, and turns whole
// partners into packed ZIP entries: the rows read, the CSV written, its CRC-32 and sha256, the
// deflate. This thread only hands out partners, puts the packed entries back in order and
// records them; it stays free for other requests while the biggest show exports, and the two
// cores share the work (docs/decisions/012).
//
// One instant for every snapshot: this thread takes the write lock (BEGIN IMMEDIATE on a
// connection of its own), opens its own snapshot, has each reader open its one, and waits for
// them with Atomics.wait before it lets the lock go: a few milliseconds (4 s at the very worst).
// No commit can happen in between, so all the snapshots see the same database. The wait blocks this thread, never
// across turns of its event loop: a write on this thread cannot start while the lock is held.
// Writers on other threads (the sync writer) wait on their busy timeout meanwhile.
import os from "node:os";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { runsFromSource, sourceWorker } from "../threads/app-worker";
import type { ContactSlice } from "./lead-cells";
import type { PackedFile } from "./pack-partner";
import type { FileKind } from "./partner-files";
import type { ExportPartner } from "./read-partner-rows";
import { ReadSnapshot } from "./read-snapshot";

/** `taken`: [snapshots answered, of them failed], shared with this thread; `part` of `parts`: which slice of the contact cells this reader formats. */
export type PartsSetup = { file: string; eventId: number; level: number; kinds: readonly FileKind[]; cacheKiB: number; taken: Int32Array; part: number; parts: number };
export type PartsJob = { index: number; partnerId: number };
/** `hang`: for tests, a reader that stops answering (as a thread stuck in a system call would). */
export type PartsMessage = { type: "snapshot" } | { type: "cells"; slice: ContactSlice } | { type: "pack"; jobs: PartsJob[] } | { type: "close" } | { type: "hang" };
export type PackedPartner = { index: number; files: PackedFile[] };
export type PartsReply =
  | { type: "ready" }
  | { type: "cells"; slice: ContactSlice | null }
  | { type: "packed"; results: PackedPartner[] }
  | { type: "failed"; message: string };

const READERS = 2;
// Tight enough that a reader that hangs does not hold up the export for long, loose enough for a
// reader that boots from source (tsx) on a busy machine.
const READY_MS = 15_000;
const SNAPSHOT_MS = 3_000;
const LOCK_MS = 1_000;
// The longest the ZIP waits for a reader's next packed partners before it fails as if the reader
// had died: a message is two partners, well under a second even for a partner with 50,000 leads.
let stallMs = 30_000;
const JOBS_PER_MESSAGE = 2; // partners per message: fewer hand-offs, still fine-grained sharing
const MESSAGES_AHEAD = 2; // per reader, so the next message waits when one is done
const PACKED_AHEAD = 32; // partners packed but not yet written out: bounds memory if the client is slow
// Each reader's page cache: the partner ranges are read once each, so a small cache costs little
// (the operating system's cache holds the file) and keeps the export's memory down.
const READER_CACHE_KIB = 8 * 1024;

type Reader = { worker: Worker; inFlight: number };

const counts = { started: 0, running: 0 };
const live = new Set<Worker>();

/** Readers started in this process so far, and those whose thread has not ended yet (for tests). */
export function zipReaderCounts(): { started: number; running: number } {
  return { ...counts };
}

/** Stops every reader thread at once, as a crash would (for tests of what an export does then). */
export async function killZipReaders(): Promise<void> {
  await Promise.all([...live].map((worker) => worker.terminate()));
}

/**
 * Every reader stops answering once it has done the work it holds, and a ZIP fails after `ms`
 * without an answer (for tests). Returns what puts the usual limit back.
 */
export function hangZipReaders(ms: number): () => void {
  const usual = stallMs;
  stallMs = ms;
  for (const worker of live) worker.postMessage({ type: "hang" } satisfies PartsMessage);
  return () => (stallMs = usual);
}

export class ZipReaders {
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private readonly results = new Map<number, PackedFile[]>();
  private closed = false;

  private constructor(
    private readonly file: string,
    private readonly readers: Reader[],
    private readonly taken: Int32Array,
  ) {
    for (const reader of readers) {
      reader.worker.on("message", (reply: PartsReply) => this.receive(reader, reply));
      reader.worker.on("error", (error) => this.fail(error));
      reader.worker.on("exit", (code) => this.fail(new Error(`An export reader stopped (exit code ${code}).`)));
    }
  }

  /**
   * Readers started and ready for their snapshots, or null where they cannot be had (one core,
   * a thread that does not start): the ZIP is then written on this thread alone, more slowly.
   */
  static async start(file: string, eventId: number, level: number, kinds: readonly FileKind[]): Promise<ZipReaders | null> {
    if (os.availableParallelism() < 2) return null;
    const taken = new Int32Array(new SharedArrayBuffer(8)); // [answered, failed]
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < READERS; i++) workers.push(startReader({ file, eventId, level, kinds, cacheKiB: READER_CACHE_KIB, taken, part: i, parts: READERS }));
      await Promise.all(workers.map(ready));
    } catch (error) {
      console.warn("Writing the ZIP on this thread: its readers could not be started.", error);
      for (const worker of workers) void worker.terminate();
      return null;
    }
    return new ZipReaders(
      file,
      workers.map((worker) => ({ worker, inFlight: 0 })),
      taken,
    );
  }

  /**
   * Opens every reader's snapshot and one for this thread, at one instant: `readers` is this, or
   * null if a reader failed to (the readers are then closed, and `snapshot`, taken in the same
   * window or alone without the lock, is whole on its own). Blocks this thread for as long as the
   * window lasts: milliseconds, at worst the lock's and the readers' time limits (1 s + 3 s).
   */
  snapshots(): { snapshot: ReadSnapshot; readers: ZipReaders | null } {
    // A reader that failed since it said it was ready (its exit event cannot arrive while this
    // thread waits below) would only cost the whole wait.
    if (this.failure || this.readers.some(({ worker }) => worker.threadId < 0)) return this.alone("a reader stopped before its snapshot");
    const lock = new Database(this.file, { fileMustExist: true });
    let snapshot: ReadSnapshot | null = null;
    let ok = false;
    try {
      // This thread waits for the lock without its event loop, so not for long: other threads'
      // transactions take milliseconds.
      lock.pragma(`busy_timeout = ${LOCK_MS}`);
      try {
        lock.exec("begin immediate");
      } catch (error) {
        return this.alone(`the write lock could not be had (${error instanceof Error ? error.message : String(error)})`);
      }
      snapshot = new ReadSnapshot(this.file);
      for (const { worker } of this.readers) worker.postMessage({ type: "snapshot" } satisfies PartsMessage);
      const deadline = performance.now() + SNAPSHOT_MS;
      let answered: number;
      while ((answered = Atomics.load(this.taken, 0)) < this.readers.length) {
        const left = deadline - performance.now();
        if (left <= 0 || Atomics.wait(this.taken, 0, answered, left) === "timed-out") break;
      }
      // Decided before the lock goes: a reader that answers after it may have seen a later commit.
      ok = Atomics.load(this.taken, 0) === this.readers.length && Atomics.load(this.taken, 1) === 0;
    } catch (error) {
      snapshot?.close();
      this.close();
      throw error;
    } finally {
      try {
        if (lock.inTransaction) lock.exec("rollback");
      } finally {
        lock.close();
      }
    }
    if (!ok) {
      console.warn("Writing the ZIP on this thread: its readers could not open their snapshots in time.");
      this.close();
    }
    return { snapshot, readers: ok ? this : null };
  }

  /** The fallback: this thread's snapshot alone, the readers closed. */
  private alone(why: string): { snapshot: ReadSnapshot; readers: null } {
    console.warn(`Writing the ZIP on this thread: ${why}.`);
    this.close();
    return { snapshot: new ReadSnapshot(this.file), readers: null };
  }

  /** The partners' packed files, in the partners' order, packed ahead by the readers. */
  async *packed(partners: readonly ExportPartner[]): AsyncGenerator<{ partner: ExportPartner; files: PackedFile[] }> {
    let nextJob = 0;
    let nextOut = 0;
    // One message to each reader in turn, to the readers with room, as far as the window allows.
    const assign = () => {
      for (let sent = true; sent; ) {
        sent = false;
        for (const reader of this.readers) {
          if (reader.inFlight >= MESSAGES_AHEAD || nextJob >= partners.length || nextJob >= nextOut + PACKED_AHEAD) continue;
          const jobs: PartsJob[] = [];
          for (; jobs.length < JOBS_PER_MESSAGE && nextJob < partners.length; nextJob++) jobs.push({ index: nextJob, partnerId: partners[nextJob]!.id });
          reader.inFlight++;
          reader.worker.ref(); // work out keeps the process alive until it is back
          reader.worker.postMessage({ type: "pack", jobs } satisfies PartsMessage);
          sent = true;
        }
      }
    };
    this.assign = assign;
    try {
      assign();
      for (; nextOut < partners.length; nextOut++) {
        let files: PackedFile[] | undefined;
        while (!(files = this.results.get(nextOut))) {
          if (this.failure) throw this.failure;
          await this.nextReply();
        }
        this.results.delete(nextOut);
        assign();
        yield { partner: partners[nextOut]!, files };
      }
    } finally {
      this.close();
    }
  }

  /** Ends the readers (their snapshots with them); called when the ZIP ends, fails or is cancelled. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.failure ??= new Error("The ZIP's readers were closed.");
    for (const { worker } of this.readers) {
      worker.postMessage({ type: "close" } satisfies PartsMessage);
      worker.unref();
      setTimeout(() => void worker.terminate(), 2_000).unref(); // in case it does not end by itself
    }
    this.wakeUp();
  }

  private assign: () => void = () => {};

  private receive(reader: Reader, reply: PartsReply) {
    if (this.closed) return; // a late reply: nothing more is handed out
    if (reply.type === "failed") return this.fail(new Error(`An export reader failed: ${reply.message}`));
    if (reply.type === "cells") {
      // A slice of the contact cells, in shared memory: every other reader adopts it.
      const { slice } = reply;
      if (slice) for (const other of this.readers) if (other !== reader) other.worker.postMessage({ type: "cells", slice } satisfies PartsMessage);
      return;
    }
    if (reply.type !== "packed") return;
    reader.inFlight--;
    if (reader.inFlight === 0) reader.worker.unref();
    for (const { index, files } of reply.results) this.results.set(index, files);
    this.assign();
    this.wakeUp();
  }

  private fail(error: Error) {
    if (this.closed) return;
    this.failure ??= error;
    this.wakeUp();
  }

  /** Until a reader answers or fails; a reader silent for too long fails the ZIP (close() ends it). */
  private async nextReply(): Promise<void> {
    let stalled: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        stalled = setTimeout(() => this.fail(new Error(`An export reader did not answer for ${stallMs / 1000} s.`)), stallMs);
      });
    } finally {
      clearTimeout(stalled);
    }
  }

  private wakeUp() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

// In the Next.js server the literal `new Worker(new URL(…))` makes the build bundle the reader;
// under tsx it runs from source (lib/threads/app-worker.ts).
function startReader(workerData: PartsSetup): Worker {
  // A small young generation: a reader's garbage is a partner's rows at a time, and with the
  // default each reader's heap grew by tens of MB before it collected (peak RSS 375 → 225 MB).
  const options = { workerData, resourceLimits: { maxYoungGenerationSizeMb: 2 } };
  const worker = runsFromSource(import.meta.url)
    ? sourceWorker(import.meta.url, "zip-parts-worker.ts", options)
    : new Worker(new URL("./zip-parts-worker.ts", import.meta.url), options);
  // Listened to from the start: an error event with no listener would end the process. The
  // export that owns the reader hears of it through its own listeners (or `ready`).
  worker.on("error", (error) => console.error("An export reader failed", error));
  counts.started++;
  counts.running++;
  live.add(worker);
  worker.once("exit", () => {
    counts.running--;
    live.delete(worker);
  });
  return worker;
}

function ready(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("An export reader did not start in time.")), READY_MS);
    const done = (error?: Error) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", done).off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = (reply: PartsReply) => reply.type === "ready" && done();
    const onExit = (code: number) => done(new Error(`An export reader stopped before it was ready (exit code ${code}).`));
    worker.on("message", onMessage).on("error", done).on("exit", onExit);
  });
}
