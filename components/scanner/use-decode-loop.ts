"use client";
// Feeds the live video to the decode worker (./decode-client.ts): what the viewfinder shows is
// taken as an ImageBitmap and transferred, so the page's main thread does no decoding at all.
// One frame is in flight at a time and at most ten a second: a slow phone decodes less often
// rather than queue frames. Nothing is sent while the page is hidden.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { FrameRead } from "@/lib/scanner/wasm-decoder";
import { viewfinderRoi } from "@/lib/scanner/viewfinder-roi";
import { loadDecoder } from "./decode-client";

const MIN_INTERVAL_MS = 100; // ≤ 10 decodes a second

export type DecoderState = "loading" | "ready" | "failed";

export function useDecodeLoop(video: RefObject<HTMLVideoElement | null>, running: boolean, onRead: (read: FrameRead) => void): DecoderState {
  const onReadRef = useRef(onRead);
  useLayoutEffect(() => {
    onReadRef.current = onRead;
  });
  const [state, setState] = useState<DecoderState>("loading");

  // Started as the camera view appears, alongside the camera's own start; failure is reported below.
  useEffect(() => void loadDecoder().catch(() => undefined), []);

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let pending = false; // one scheduled tick at a time, however often visibility flips
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cleanups: Array<() => void> = [];
    let last = 0;

    (async () => {
      const decoder = await loadDecoder();
      if (stopped) return;
      setState("ready");

      const tick = async () => {
        pending = false;
        if (stopped || document.hidden) return; // resumed by visibilitychange
        const el = video.current;
        const now = performance.now();
        if (el && el.readyState >= el.HAVE_CURRENT_DATA && now - last >= MIN_INTERVAL_MS) {
          last = now;
          // Everything the viewfinder shows (object-fit: cover crops the camera image): a Code 128
          // or PDF417 wider than the aiming frame, or turned across it, is still whole.
          const roi = viewfinderRoi({ videoWidth: el.videoWidth, videoHeight: el.videoHeight, boxWidth: el.clientWidth, boxHeight: el.clientHeight, insetX: 0, insetY: 0, margin: 0 });
          if (roi.width > 0 && roi.height > 0) {
            try {
              const bitmap = await createImageBitmap(el, roi.x, roi.y, roi.width, roi.height);
              const { read } = await decoder.decode(bitmap);
              if (read && !stopped) onReadRef.current(read);
            } catch {
              // A frame the browser could not take (the stream just stopped): the next one is a tenth of a second away.
            }
          }
        }
        schedule();
      };
      const schedule = () => {
        if (stopped || pending || document.hidden) return;
        pending = true;
        const el = video.current;
        // One callback per new video frame where supported; a timer elsewhere.
        if (el?.requestVideoFrameCallback) el.requestVideoFrameCallback(() => void tick());
        else timer = setTimeout(() => void tick(), MIN_INTERVAL_MS);
      };
      const onVisibility = () => !document.hidden && schedule();
      document.addEventListener("visibilitychange", onVisibility);
      cleanups.push(() => document.removeEventListener("visibilitychange", onVisibility));
      schedule();
    })().catch(() => !stopped && setState("failed")); // no worker or .wasm: manual entry still works

    return () => {
      stopped = true;
      clearTimeout(timer);
      cleanups.forEach((c) => c());
    };
  }, [video, running]);
  return state;
}
