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

const SOURCE = `
const { parentPort } = require("node:worker_threads");
const { constants, deflateRawSync } = require("node:zlib");
parentPort.on("message", ({ id, chunk, last, level }) => {
  const packed = new Uint8Array(deflateRawSync(chunk, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
  // Both moved, not copied: the chunk goes back to be freed by the busier thread's collector.
  parentPort.postMessage({ id, packed, chunk }, [packed.buffer, chunk.buffer]);
});`;

/** Deflates one chunk of an entry: at once (inline) or later (worker), in the order asked. */
export type Deflater = {
  deflate(chunk: Buffer, last: boolean): Buffer | Promise<Buffer>;
  close(): void;
};

export function inlineDeflater(level: number): Deflater {
  return {
    deflate: (chunk, last) => deflateRawSync(chunk, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
    close: () => {},
  };
}

type Waiting = { resolve: (packed: Buffer) => void; reject: (error: Error) => void };

/** One worker for one ZIP, ended by close() (the ZIP's end, failure or cancellation). */
export function workerDeflater(level: number): Deflater {
  // execArgv: [] so the worker does not load what the parent was started with (tsx's loader).
  // Its chunks are garbage once deflated: a small young generation collects them every few
  // chunks, where the default let ~60 MB of them pile up before the worker collected.
  const worker = new Worker(SOURCE, { eval: true, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 1 } });
  worker.unref(); // an export never keeps the process alive by itself
  const waiting = new Map<number, Waiting>();
  let next = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.on("message", ({ id, packed }: { id: number; packed: Uint8Array }) => {
    const w = waiting.get(id);
    waiting.delete(id);
    w?.resolve(Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength));
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The ZIP's deflate worker stopped (exit code ${code}).`)));
  return {
    deflate(chunk, last) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      // Moved to the worker in a copy of its own: a Buffer may share its memory with others
      // (Node's allocation pool, the rest of a chunk's buffer), which must not be taken away.
      const own = new Uint8Array(chunk);
      worker.postMessage({ id, chunk: own, last, level }, [own.buffer]);
      return new Promise<Buffer>((resolve, reject) => waiting.set(id, { resolve, reject }));
    },
    close() {
      failure ??= new Error("The ZIP's deflate worker was closed.");
      waiting.clear();
      void worker.terminate();
    },
  };
}
