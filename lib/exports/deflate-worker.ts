// Deflates the ZIP's chunks on a worker thread while the export's own thread reads and formats
// the next rows: deflate was a fifth of that thread's time on the biggest show (docs/decisions/012).
// zlib's own asynchronous calls were tried first and were slower than deflating inline: each one
// sets up a compressor and crosses to the thread pool and back, ~0.25 ms a chunk.
//
// The worker's code is this string, run with `eval`, and uses Node's zlib only: there is no file
// to locate at run time, so it works the same under tsx and inside the bundled Next.js server,
// and it runs none of the app's code (the rows never leave the export's thread as anything but bytes).
// Each chunk is deflated on its own, as zip-stream.ts explains: a sync flush after every chunk
// but the last of an entry, which ends with Z_FINISH.
import { Worker } from "node:worker_threads";
import { constants, deflateRawSync } from "node:zlib";

// Chunks travel through shared memory: a ring of slots that both threads see, so a message
// carries only slot numbers, and one message carries a batch of chunks. Posting each 64 KB
// chunk itself (copied or moved), one message per chunk, cost ~0.1–0.3 ms a message on this
// 2-core VM, more than deflating it. A chunk too big for a slot (a row of several 64 KB cells)
// is posted as it is.
const SLOTS = 20; // more than zip-stream.ts keeps in flight, so a slot is free when one is needed
const SLOT_BYTES = 256 * 1024;
const OUT_BYTES = SLOT_BYTES + SLOT_BYTES / 8; // deflate can make incompressible bytes a little longer
// A batch goes once it has this many chunks or bytes: small enough that the worker is busy
// while this thread fills the next one, big enough to save most messages.
const BATCH_JOBS = 4;
const BATCH_BYTES = 256 * 1024;

const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { constants, deflateRawSync } = require("node:zlib");
const { input, output, slotBytes, outBytes } = workerData;
parentPort.on("message", ({ level, jobs }) => {
  const replies = [];
  const moved = [];
  for (const { id, slot, length, chunk, last } of jobs) {
    const data = chunk ?? new Uint8Array(input, slot * slotBytes, length);
    const packed = deflateRawSync(data, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    if (slot >= 0 && packed.length <= outBytes) {
      new Uint8Array(output, slot * outBytes, packed.length).set(packed);
      replies.push({ id, slot, length: packed.length });
    } else {
      const own = new Uint8Array(packed);
      moved.push(own.buffer);
      replies.push({ id, slot, packed: own });
    }
  }
  parentPort.postMessage(replies, moved);
});`;

/** Deflates one chunk of an entry: at once (inline) or later (worker), in the order asked. */
export type Deflater = {
  deflate(chunk: Buffer, last: boolean): Buffer | Promise<Buffer>;
  /** Sends the chunks asked for so far on their way: called before waiting for any of them. */
  flush(): void;
  close(): void;
};

export function inlineDeflater(level: number): Deflater {
  return {
    deflate: (chunk, last) => deflateRawSync(chunk, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
    flush: () => {},
    close: () => {},
  };
}

let running = 0;

/** Deflate workers started and not yet exited, in this process (each ZIP ends its own). */
export function runningDeflateWorkers(): number {
  return running;
}

type Waiting = { slot: number; resolve: (packed: Buffer) => void; reject: (error: Error) => void };
type Reply = { id: number; slot: number; length?: number; packed?: Uint8Array };
type Job = { id: number; slot: number; length?: number; chunk?: Buffer; last: boolean };

/** One worker for one ZIP, ended by close() (the ZIP's end, failure or cancellation). */
export function workerDeflater(level: number): Deflater {
  const input = new SharedArrayBuffer(SLOTS * SLOT_BYTES);
  const output = new SharedArrayBuffer(SLOTS * OUT_BYTES);
  const free = Array.from({ length: SLOTS }, (_, i) => i);
  // execArgv: [] so the worker does not load what the parent was started with (tsx's loader).
  // A small young generation: the worker's garbage (zlib's buffers) is collected every few
  // chunks; with the default, ~60 MB of it piled up before the worker collected.
  const worker = new Worker(SOURCE, {
    eval: true,
    execArgv: [],
    workerData: { input, output, slotBytes: SLOT_BYTES, outBytes: OUT_BYTES },
    resourceLimits: { maxYoungGenerationSizeMb: 1 },
  });
  const waiting = new Map<number, Waiting>();
  let next = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.on("message", (replies: Reply[]) => {
    for (const { id, slot, length, packed } of replies) {
      const w = waiting.get(id);
      waiting.delete(id);
      // Copied out of the slot before the slot is handed out again.
      const bytes = packed ? Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength) : Buffer.from(new Uint8Array(output, slot * OUT_BYTES, length));
      if (slot >= 0) free.push(slot);
      w?.resolve(bytes);
    }
    if (waiting.size === 0) worker.unref();
  });
  let jobs: Job[] = [];
  let batched = 0;
  const flush = () => {
    if (jobs.length === 0 || failure) return;
    worker.postMessage({ level, jobs });
    [jobs, batched] = [[], 0];
  };
  worker.on("error", fail);
  running++;
  worker.on("exit", (code) => {
    running--;
    fail(new Error(`The ZIP's deflate worker stopped (exit code ${code}).`));
  });
  // Kept alive only while chunks are out: an idle worker never keeps the process running, but a
  // reply that is awaited must (with nothing else pending, an unref'd worker's reply would be lost
  // when the process exits). `.on("message")` refs the worker, so this comes after it.
  worker.unref();
  return {
    deflate(chunk, last) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      const slot = chunk.length <= SLOT_BYTES && free.length > 0 ? free.pop()! : -1;
      if (slot >= 0) {
        new Uint8Array(input, slot * SLOT_BYTES, chunk.length).set(chunk);
        jobs.push({ id, slot, length: chunk.length, last });
      } else {
        jobs.push({ id, slot, chunk, last }); // copied when posted: a Buffer may share its memory with others
      }
      if (waiting.size === 0) worker.ref();
      const packed = new Promise<Buffer>((resolve, reject) => waiting.set(id, { slot, resolve, reject }));
      if ((batched += chunk.length) >= BATCH_BYTES || jobs.length >= BATCH_JOBS) flush();
      return packed;
    },
    flush,
    close() {
      failure ??= new Error("The ZIP's deflate worker was closed.");
      waiting.clear();
      void worker.terminate();
    },
  };
}
