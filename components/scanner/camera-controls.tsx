"use client";
// The buttons under the viewfinder, within a thumb's reach: another camera (when the phone has
// more than one), the torch (when this camera has one) and the read sound.
import styles from "./camera.module.css";

type Props = {
  cameraCount: number;
  onSwitch: () => void;
  torch: { supported: boolean; on: boolean };
  onTorch: () => void;
  sound: boolean;
  onSound: () => void;
};

export function CameraControls({ cameraCount, onSwitch, torch, onTorch, sound, onSound }: Props) {
  return (
    <div className={styles.controls} role="group" aria-label="Camera controls">
      {cameraCount > 1 && (
        <button type="button" className={styles.control} onClick={onSwitch}>
          <span aria-hidden="true">⟲</span> Switch camera
        </button>
      )}
      {torch.supported && (
        <button type="button" className={styles.control} aria-pressed={torch.on} onClick={onTorch}>
          <span aria-hidden="true">☀</span> Light
        </button>
      )}
      <button type="button" className={styles.control} aria-pressed={sound} onClick={onSound}>
        <span aria-hidden="true">♪</span> Sound
      </button>
    </div>
  );
}
