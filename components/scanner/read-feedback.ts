// Telling the staff a badge was read without making them look: a short beep (made with
// WebAudio, so there is no sound file to download) and a buzz. Browsers start audio only after
// a tap on the page, so the context is created, or resumed, on the first tap.

let audio: AudioContext | undefined;

function context(): AudioContext | undefined {
  if (typeof window === "undefined" || !("AudioContext" in window)) return undefined;
  audio ??= new AudioContext();
  return audio;
}

/** Call once on mount; the first tap anywhere on the page unlocks sound for the session. */
export function unlockAudioOnFirstTap(): () => void {
  const unlock = () => void context()?.resume().catch(() => undefined);
  window.addEventListener("pointerdown", unlock, { once: true });
  return () => window.removeEventListener("pointerdown", unlock);
}

function beep(frequency: number, ms: number) {
  const ctx = context();
  if (!ctx || ctx.state !== "running") return;
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = frequency;
  // A quick fade in and out: a hard start and stop clicks.
  const t = ctx.currentTime;
  gain.gain.setValueAtTime(0, t);
  gain.gain.linearRampToValueAtTime(0.2, t + 0.01);
  gain.gain.linearRampToValueAtTime(0, t + ms / 1000);
  osc.connect(gain).connect(ctx.destination);
  osc.start(t);
  osc.stop(t + ms / 1000 + 0.02);
}

/** A badge was read: high beep, one short buzz. */
export function signalRead(sound: boolean) {
  if (sound) beep(1760, 90);
  navigator.vibrate?.(60);
}

/** Something was read that is not a badge: low double beep, two buzzes. */
export function signalNotABadge(sound: boolean) {
  if (sound) {
    beep(330, 120);
    setTimeout(() => beep(330, 120), 180);
  }
  navigator.vibrate?.([40, 60, 40]);
}
