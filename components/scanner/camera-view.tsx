"use client";
// The camera and the decoder. zxing is loaded only here, on demand, so it stays out of the
// page's first load; the camera stops as soon as a badge is read or the view goes away.
import { useEffect, useRef, useState } from "react";
import { quietZxingWarnings } from "./quiet-zxing";
import styles from "./scanner.module.css";

type CameraState =
  | { name: "starting" }
  | { name: "running" }
  | { name: "unavailable"; message: string };

const INSECURE =
  "The camera only works over a secure connection (HTTPS). Type the badge code below, or ask the organizer for the HTTPS address of Fairlead.";
const DENIED =
  "Camera access was refused. Allow the camera for this site in the browser's settings and reload, or type the badge code below.";
const NO_CAMERA = "No camera was found on this device. Type the badge code below.";

export function CameraView({ onCode }: { onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ name: "starting" });
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      setState({ name: "unavailable", message: INSECURE });
      return;
    }
    let stopped = false;
    let stop: (() => void) | undefined;
    const restoreConsole = quietZxingWarnings();
    (async () => {
      const { BrowserQRCodeReader } = await import("@zxing/browser");
      if (stopped || !video.current) return;
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 100, delayBetweenScanSuccess: 100 });
      const controls = await reader.decodeFromConstraints(
        { video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false },
        video.current,
        (result, _error, ctl) => {
          if (!result || stopped) return;
          stopped = true;
          ctl.stop();
          onCodeRef.current(result.getText());
        },
      );
      stop = () => controls.stop();
      if (stopped) stop();
      else setState({ name: "running" });
    })().catch((error: unknown) => {
      if (stopped) return;
      const name = error instanceof Error ? error.name : "";
      const message =
        name === "NotAllowedError" || name === "SecurityError"
          ? DENIED
          : name === "NotFoundError" || name === "OverconstrainedError"
            ? NO_CAMERA
            : `The camera could not start (${error instanceof Error ? error.message : String(error)}). Type the badge code below.`;
      setState({ name: "unavailable", message });
    });
    return () => {
      stopped = true;
      stop?.();
      restoreConsole();
    };
  }, []);

  if (state.name === "unavailable") {
    return (
      <p className="alert error" role="alert" data-testid="camera-unavailable">
        {state.message}
      </p>
    );
  }
  return (
    <div className={styles.viewfinder}>
      <video ref={video} muted playsInline aria-label="Camera view: hold the badge's QR code inside the frame" />
      <div className={styles.frame} aria-hidden="true" />
      <p role="status" className={styles.cameraStatus}>
        {state.name === "starting" ? "Starting the camera…" : "Point the camera at the QR code on the badge."}
      </p>
    </div>
  );
}
