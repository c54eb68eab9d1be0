"use client";
// The page's side of the decode worker (./decode-worker.ts): one worker per page, started when
// the camera view first appears (never in the page's first load), kept across the consent screen
// (the camera view unmounts and comes back), and one frame in flight at a time.
import type { FrameRead } from "@/lib/scanner/wasm-decoder";
import type { FromWorker, ToWorker } from "./decode-messages";

export type DecodeClient = { decode: (bitmap: ImageBitmap) => Promise<{ read: FrameRead | null; ms: number }> };

let client: Promise<DecodeClient> | null = null;

/**
 * Asks the service worker (public/sw.js) to keep the worker's script and what it fetched (its
 * chunks, the .wasm): the page's own list of loaded assets (offline/service-worker.ts) has only
 * the page's fetches, and the worker may have started before the service worker took over.
 */
function keepOffline(assets: string[]) {
  if (!("serviceWorker" in navigator)) return;
  const urls = assets.map((a) => new URL(a, location.href)).filter((u) => u.origin === location.origin).map((u) => u.pathname + u.search);
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: "cache", urls })).catch(() => undefined);
}

export function loadDecoder(): Promise<DecodeClient> {
  client ??= new Promise<DecodeClient>((resolve, reject) => {
    const worker = new Worker(new URL("./decode-worker.ts", import.meta.url), { type: "module", name: "badge-decoder" });
    const waiting = new Map<number, (result: { read: FrameRead | null; ms: number }) => void>();
    let next = 0;
    const fail = (why: string) => {
      client = null; // a worker or .wasm that did not load may load on the next try
      worker.terminate();
      for (const done of waiting.values()) done({ read: null, ms: 0 });
      reject(new Error(why));
    };
    worker.onerror = (e) => fail(e.message || "the decode worker did not start");
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === "ready") {
        keepOffline(message.assets);
        resolve({ decode });
      }
      else if (message.type === "failed") fail(message.message);
      else {
        waiting.get(message.id)?.({ read: message.read, ms: message.ms });
        waiting.delete(message.id);
      }
    };
    function decode(bitmap: ImageBitmap) {
      const id = ++next;
      return new Promise<{ read: FrameRead | null; ms: number }>((done) => {
        waiting.set(id, done);
        const message: ToWorker = { id, bitmap };
        worker.postMessage(message, [bitmap]); // transferred: the page keeps no copy
      });
    }
  });
  return client;
}
