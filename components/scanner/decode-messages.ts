// What the page and the decode worker (./decode-worker.ts) say to each other.
import type { FrameRead } from "@/lib/scanner/wasm-decoder";

export type ToWorker = { id: number; bitmap: ImageBitmap };
export type FromWorker =
  /** `assets`: the worker's script and everything it fetched (its chunks, the .wasm), for the service worker to keep. */
  | { type: "ready"; assets: string[] }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; read: FrameRead | null; ms: number };
