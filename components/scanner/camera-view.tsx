"use client";
// The camera and the decoder, scanning continuously. A read is checked on the phone first
// (lib/badges/payload.ts): only a badge code is passed on; a contact card, a link or the
// attendee's own-page QR gets a sentence saying what it is. The same code is counted once
// while it stays in view (lib/scanner/recent-reads.ts). The stream and the decode loop stop
// when this view goes away, as it does for the consent screen.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { readBadgePayload, type BadgePayload } from "@/lib/badges/payload";
import type { FrameRead } from "@/lib/scanner/wasm-decoder";
import { createRecentReads } from "@/lib/scanner/recent-reads";
import { WIDE_FORMATS } from "@/lib/scanner/symbol-format";
import { CameraControls } from "./camera-controls";
import { useBrowserValue } from "../use-browser-value";
import { CameraHelp } from "./camera-help";
import { signalNotABadge, signalRead, unlockAudioOnFirstTap } from "./read-feedback";
import { useCamera } from "./use-camera";
import { useDecodeLoop } from "./use-decode-loop";
import styles from "./camera.module.css";

export const DUPLICATE_WINDOW_MS = 3000;
// Outlives each mount: the view is unmounted while the attendee decides, and the badge that was
// just handled is usually still in front of the camera when it comes back.
const recent = createRecentReads(DUPLICATE_WINDOW_MS);
const SOUND_KEY = "fairlead.scanner.sound";
// An event prints all its badges in one symbology: after a Code 128 or PDF417 badge, the phone
// shows a wide aiming frame (the decoder reads the whole view whatever the frame's shape).
const WIDE_KEY = "fairlead.scanner.wide";

type Notice = { kind: "duplicate" | "not-a-badge"; text: string } | null;

type Props = {
  onCode: (code: string) => void;
  /** What counts as a read: a badge's front by default; the personal code's screen reads the back. */
  read?: (text: string) => BadgePayload;
};

export function CameraView({ onCode, read: readPayload = readBadgePayload }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const camera = useCamera(video);
  const [notice, setNotice] = useState<Notice>(null);
  const [flash, setFlash] = useState(false);
  const storedSound = useBrowserValue(() => localStorage.getItem(SOUND_KEY) !== "off", true);
  const [chosenSound, setChosenSound] = useState<boolean | null>(null);
  const sound = chosenSound ?? storedSound;
  const storedWide = useBrowserValue(() => localStorage.getItem(WIDE_KEY) === "on", false);
  const [seenWide, setSeenWide] = useState<boolean | null>(null);
  const wide = seenWide ?? storedWide;
  // The decode loop's callback reads the latest of these without being made again.
  const soundRef = useRef(sound);
  const onCodeRef = useRef(onCode);
  const readRef = useRef(readPayload);
  useLayoutEffect(() => {
    soundRef.current = sound;
    onCodeRef.current = onCode;
    readRef.current = readPayload;
  });

  useEffect(() => unlockAudioOnFirstTap(), []);

  // Notices fade after a few seconds, so the next badge starts from a clean screen.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.kind === "duplicate" ? 2500 : 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  const onRead = useCallback((read: FrameRead) => {
    const payload = readRef.current(read.text);
    const key = payload.kind === "badge" ? payload.code : read.text;
    if (!recent.isNew(key, performance.now())) {
      if (payload.kind === "badge") setNotice((n) => n ?? { kind: "duplicate", text: "Just scanned. Hold up the next badge." });
      return;
    }
    if (payload.kind === "not-a-badge") {
      signalNotABadge(soundRef.current);
      setNotice({ kind: "not-a-badge", text: payload.message });
      return;
    }
    signalRead(soundRef.current);
    setFlash(true);
    const isWide = WIDE_FORMATS.includes(read.format);
    localStorage.setItem(WIDE_KEY, isWide ? "on" : "off");
    setSeenWide(isWide);
    onCodeRef.current(payload.code);
  }, []);

  const decoder = useDecodeLoop(video, camera.state.name === "running", onRead);
  const ready = camera.state.name === "running" && decoder === "ready";

  // The window for the badge just handled starts again when frames are decoded again, not when
  // this view mounts: a slow phone can take longer than the window to restart its camera.
  useEffect(() => {
    const last = recent.last();
    if (ready && last) recent.touch(last, performance.now());
  }, [ready]);

  if (camera.state.name === "unavailable") {
    return <CameraHelp problem={camera.state.problem} detail={camera.state.detail} onRetry={camera.retry} />;
  }
  const status =
    decoder === "failed"
      ? "The scanner did not load. Type the badge code below, or reload the page."
      : ready
        ? (notice?.kind === "duplicate" && notice.text) || "Point the camera at the code on the badge."
        : "Starting the camera…";
  return (
    <div className={styles.camera}>
      <div className={styles.viewfinder}>
        <video ref={video} muted playsInline aria-label="Camera view: hold the badge's code inside the frame" />
        <div className={`${styles.frame} ${wide ? styles.frameWide : ""} ${flash ? styles.frameRead : ""}`}
          data-shape={wide ? "wide" : "square"} aria-hidden="true" onAnimationEnd={() => setFlash(false)} />
        <p role="status" className={styles.cameraStatus} data-testid="camera-status">
          {status}
        </p>
      </div>
      {notice?.kind === "not-a-badge" && (
        <p className="alert error" role="alert" data-testid="not-a-badge">
          {notice.text}
        </p>
      )}
      <CameraControls
        cameraCount={camera.cameraCount}
        onSwitch={() => void camera.switchCamera()}
        torch={camera.torch}
        onTorch={() => void camera.toggleTorch()}
        sound={sound}
        onSound={() => {
          localStorage.setItem(SOUND_KEY, sound ? "off" : "on");
          setChosenSound(!sound);
        }}
      />
    </div>
  );
}
