"use client";
// Decodes the live video at most ten times a second: the part of each frame behind the aiming
// frame is drawn to a small canvas and handed to the decoder (lib/scanner/frame-decoder),
// which is loaded after the page has shown, with zxing, so neither weighs on the page's first
// load. Nothing is decoded while the page is hidden, and a slow phone decodes less often rather
// than stutter.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { FrameRead } from "@/lib/scanner/frame-decoder";
import { lumaFromRgba } from "@/lib/scanner/luma-frame";
import { viewfinderRoi } from "@/lib/scanner/viewfinder-roi";

const MIN_INTERVAL_MS = 100; // ≤ 10 decodes a second
/** Keep decoding below about a third of the main thread on slow phones. */
const MAX_SHARE = 1 / 3;
/** Must match .frame's inset in camera.module.css. */
export const AIM_INSET = { insetX: 0.12, insetY: 0.18 };

type DecoderModule = typeof import("@/lib/scanner/frame-decoder");
let decoderModule: Promise<DecoderModule> | null = null;

/**
 * Loads the decoder once per page, starting as soon as the camera view appears (alongside the
 * camera's own start, not after it), then decodes one throwaway frame: the first decode compiles
 * zxing's code paths and took 170–390 ms in Chromium, time better spent before the badge is up.
 */
export function loadDecoder(): Promise<DecoderModule> {
  decoderModule ??= import("@/lib/scanner/frame-decoder").then(
    (module) => {
      const size = 160;
      const data = new Uint8ClampedArray(size * size);
      for (let i = 0; i < data.length; i++) data[i] = ((i % size >> 3) + ((i / size) >> 3)) % 3 ? 235 : 16; // bars and blocks
      try {
        module.createFrameDecoder().decode({ data, width: size, height: size });
      } catch {
        // a warm-up only
      }
      return module;
    },
    (error: unknown) => {
      decoderModule = null; // a chunk that failed to load may load on the next try
      throw error;
    },
  );
  return decoderModule;
}

export type DecoderState = "loading" | "ready" | "failed";

export function useDecodeLoop(video: RefObject<HTMLVideoElement | null>, running: boolean, onRead: (read: FrameRead) => void): DecoderState {
  const onReadRef = useRef(onRead);
  useLayoutEffect(() => {
    onReadRef.current = onRead;
  });
  const [state, setState] = useState<DecoderState>("loading");

  useEffect(() => void loadDecoder().catch(() => undefined), []); // failure is reported below

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    let pending = false; // one scheduled tick at a time, however often visibility flips
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cleanups: Array<() => void> = [];
    let last = 0;
    let interval = MIN_INTERVAL_MS;
    let decodes = 0;
    const canvas = document.createElement("canvas");
    const ctx = canvas.getContext("2d", { willReadFrequently: true });

    (async () => {
      const { createFrameDecoder } = await loadDecoder();
      if (stopped) return;
      const decoder = createFrameDecoder();
      setState("ready");

      const tick = () => {
        pending = false;
        if (stopped || document.hidden) return; // resumed by visibilitychange
        const el = video.current;
        const now = performance.now();
        if (el && ctx && el.readyState >= el.HAVE_CURRENT_DATA && now - last >= interval) {
          last = now;
          const roi = viewfinderRoi({
            videoWidth: el.videoWidth,
            videoHeight: el.videoHeight,
            boxWidth: el.clientWidth,
            boxHeight: el.clientHeight,
            ...AIM_INSET,
            margin: 0.15,
          });
          if (roi.width > 0 && roi.height > 0) {
            if (canvas.width !== roi.width || canvas.height !== roi.height) [canvas.width, canvas.height] = [roi.width, roi.height];
            ctx.drawImage(el, roi.x, roi.y, roi.width, roi.height, 0, 0, roi.width, roi.height);
            const pixels = ctx.getImageData(0, 0, roi.width, roi.height);
            let read: FrameRead | null = null;
            try {
              read = decoder.decode(lumaFromRgba(pixels.data, roi.width, roi.height));
            } catch {
              // One odd frame must not end the loop: the next one is a tenth of a second away.
            }
            // The first decodes still compile code paths: they must not slow the loop for good.
            if (++decodes > 2) interval = Math.max(MIN_INTERVAL_MS, (performance.now() - now) / MAX_SHARE);
            if (read && !stopped) onReadRef.current(read);
          }
        }
        schedule();
      };
      const schedule = () => {
        if (stopped || pending || document.hidden) return;
        pending = true;
        const el = video.current;
        // One callback per new video frame where supported; a timer elsewhere.
        if (el?.requestVideoFrameCallback) el.requestVideoFrameCallback(tick);
        else timer = setTimeout(tick, interval);
      };
      const onVisibility = () => !document.hidden && schedule();
      document.addEventListener("visibilitychange", onVisibility);
      cleanups.push(() => document.removeEventListener("visibilitychange", onVisibility));
      schedule();
    })().catch(() => !stopped && setState("failed")); // a chunk that did not load: manual entry still works

    return () => {
      stopped = true;
      clearTimeout(timer);
      cleanups.forEach((c) => c());
    };
  }, [video, running]);
  return state;
}
