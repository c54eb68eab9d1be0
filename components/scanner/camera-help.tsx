"use client";
// What to do when the camera does not start, in the staff's words: why, and the taps that fix
// it on the phones booths use (Chrome on Android, Safari on iPhone). Typing the code below
// always works meanwhile.
import { useBrowserValue } from "../use-browser-value";
import type { CameraProblem } from "./use-camera";
import styles from "./camera.module.css";

// The HTTPS sentence is checked by e2e/https-phone.spec.ts.
const INSECURE =
  "The camera only works over a secure connection (HTTPS). Type the badge code below, or ask the organizer for the HTTPS address of Fairlead.";
const MESSAGES: Record<CameraProblem, string> = {
  insecure: INSECURE,
  denied: "Camera access was refused, so badges cannot be scanned yet. Type the badge code below, or allow the camera:",
  "no-camera": "No camera was found on this device. Type the badge code below.",
  "in-use": "The camera is busy: another app or tab is using it. Close that, then try again, or type the badge code below.",
  failed: "The camera could not start. Try again, or type the badge code below.",
};

type Platform = "android" | "ios" | "other";

export function CameraHelp({ problem, detail, onRetry }: { problem: CameraProblem; detail?: string; onRetry: () => void }) {
  const platform = useBrowserValue<Platform>(platformOf, "other");

  return (
    <div className={`alert error ${styles.help}`} role="alert" data-testid="camera-unavailable">
      <p>
        {MESSAGES[problem]}
        {detail && <span className="small"> ({detail})</span>}
      </p>
      {problem === "denied" && (
        <>
          <details open={platform !== "ios"}>
            <summary>Android phone (Chrome)</summary>
            <ol>
              <li>Tap the icon left of the address (a lock or two sliders).</li>
              <li>Tap Permissions (or Site settings), then Camera, and choose Allow.</li>
              <li>Come back here and tap Try the camera again; if nothing happens, reload the page.</li>
            </ol>
          </details>
          <details open={platform === "ios"}>
            <summary>iPhone (Safari)</summary>
            <ol>
              <li>Tap “aA” (or the page icon) in the address bar, then Website Settings.</li>
              <li>Set Camera to Allow, and tap Done.</li>
              <li>Not listed there? In the Settings app: Safari (on newer iPhones Apps → Safari) → Camera → Allow.</li>
              <li>Come back here and tap Try the camera again; if nothing happens, reload the page.</li>
            </ol>
          </details>
        </>
      )}
      {problem !== "insecure" && problem !== "no-camera" && (
        <button type="button" className="button secondary" onClick={onRetry}>
          Try the camera again
        </button>
      )}
    </div>
  );
}

function platformOf(): Platform {
  const ua = navigator.userAgent;
  if (/Android/i.test(ua)) return "android";
  return /iPhone|iPad|iPod/i.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1) ? "ios" : "other";
}
