// What the page and the decode worker (./decode-worker.ts) say to each other.
import type { FrameRead } from "@/lib/scanner/wasm-decoder";

export type ToWorker = { id: number; bitmap: ImageBitmap };
export type FromWorker =
  | { type: "ready" }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; read: FrameRead | null; ms: number };
