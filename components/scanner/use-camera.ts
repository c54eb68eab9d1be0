"use client";
// The camera stream: the rear camera by default, another one on request, the torch where the
// camera has one. The stream stops whenever the component goes away (the consent screen
// replaces the camera, so no frame is taken while the attendee decides).
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { useBrowserValue } from "../use-browser-value";

export type CameraProblem = "insecure" | "denied" | "no-camera" | "in-use" | "failed";
export type CameraState =
  | { name: "starting" }
  | { name: "running" }
  | { name: "unavailable"; problem: CameraProblem; detail?: string };

// Not yet in TypeScript's DOM types: https://w3c.github.io/mediacapture-image/#torch
type TorchCapabilities = MediaTrackCapabilities & { torch?: boolean };
type TorchConstraint = MediaTrackConstraintSet & { torch?: boolean };

const INSECURE: CameraState = { name: "unavailable", problem: "insecure" };
/** getUserMedia exists only on https (or localhost). */
const cameraUsable = () => window.isSecureContext && !!navigator.mediaDevices?.getUserMedia;

export function useCamera(video: RefObject<HTMLVideoElement | null>) {
  const [state, setState] = useState<CameraState>({ name: "starting" });
  const [cameraCount, setCameraCount] = useState(0);
  const [torch, setTorch] = useState<{ supported: boolean; on: boolean }>({ supported: false, on: false });
  // Which camera: undefined = let facingMode pick the rear one.
  const [deviceId, setDeviceId] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const track = useRef<MediaStreamTrack | null>(null);
  const restart = useCallback(() => {
    setState({ name: "starting" });
    setAttempt((n) => n + 1);
  }, []);

  // The server render (and so the hydration render's effects) assume a camera; the effect asks again.
  const usable = useBrowserValue(cameraUsable, true);

  // Each start (first mount, another camera, a retry) shows "starting" from the event that asked
  // for it, so this effect only sets state from the camera's answers.
  useEffect(() => {
    if (!usable || !cameraUsable()) return;
    let stopped = false;
    let stream: MediaStream | undefined;
    let shown: HTMLVideoElement | undefined;
    const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
    navigator.mediaDevices
      .getUserMedia({ audio: false, video: deviceId ? { deviceId: { exact: deviceId }, ...size } : { facingMode: { ideal: "environment" }, ...size } })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return s.getTracks().forEach((t) => t.stop());
        const [videoTrack] = s.getVideoTracks();
        track.current = videoTrack ?? null;
        const caps = (videoTrack?.getCapabilities?.() ?? {}) as TorchCapabilities;
        setTorch({ supported: caps.torch === true, on: false });
        shown = video.current;
        shown.srcObject = s;
        await shown.play().catch(() => undefined); // muted + playsInline: allowed without a tap
        if (stopped) return;
        setState({ name: "running" });
        // Labels and the full list are only given once the camera is allowed.
        const devices = await navigator.mediaDevices.enumerateDevices();
        if (!stopped) setCameraCount(devices.filter((d) => d.kind === "videoinput").length);
      })
      .catch((error: unknown) => {
        if (!stopped) setState({ name: "unavailable", ...problemOf(error) });
      });
    return () => {
      stopped = true;
      stream?.getTracks().forEach((t) => t.stop());
      track.current = null;
      if (shown) shown.srcObject = null;
    };
  }, [usable, video, deviceId, attempt]);

  // Allowed later in the browser's site settings: start without a reload.
  useEffect(() => {
    if (state.name !== "unavailable" || state.problem !== "denied" || !navigator.permissions) return;
    let status: PermissionStatus | undefined;
    const onChange = () => status?.state === "granted" && restart();
    navigator.permissions
      .query({ name: "camera" })
      .then((s) => {
        status = s;
        s.addEventListener("change", onChange);
      })
      .catch(() => undefined); // Firefox and older Safari cannot query the camera
    return () => status?.removeEventListener("change", onChange);
  }, [state, restart]);

  const switchCamera = useCallback(async () => {
    // @zxing/browser lists the cameras; loaded on demand (the decoder chunk is in by now).
    // A list that cannot be read (the chunk did not load, the browser refused) keeps this camera.
    const devices = await import("@zxing/browser")
      .then(({ BrowserCodeReader }) => BrowserCodeReader.listVideoInputDevices())
      .catch(() => []);
    if (devices.length < 2) return;
    const current = track.current?.getSettings().deviceId;
    const at = devices.findIndex((d) => d.deviceId === current);
    setState({ name: "starting" });
    setDeviceId(devices[(at + 1) % devices.length]!.deviceId);
  }, []);

  const toggleTorch = useCallback(async () => {
    const on = !torch.on;
    try {
      await track.current?.applyConstraints({ advanced: [{ torch: on } as TorchConstraint] });
      setTorch({ supported: true, on });
    } catch {
      setTorch({ supported: false, on: false }); // the camera claimed a torch it cannot switch
    }
  }, [torch.on]);

  return { state: usable ? state : INSECURE, cameraCount, torch, switchCamera, toggleTorch, retry: restart };
}

function problemOf(error: unknown): { problem: CameraProblem; detail?: string } {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return { problem: "denied" };
  if (name === "NotFoundError" || name === "OverconstrainedError") return { problem: "no-camera" };
  if (name === "NotReadableError" || name === "AbortError") return { problem: "in-use" };
  return { problem: "failed", detail: error instanceof Error ? error.message : String(error) };
}
