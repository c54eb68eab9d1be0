"use client";
// The hand-back screen goes back to the camera by itself, so the staff can take the phone and
// scan the next badge without a tap. Any tap or key on the screen (other than the button that
// goes back at once) stops the countdown: someone is still reading.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { AutoReturnCopy } from "@/lib/i18n/hand-back-copy";

export const AUTO_RETURN_SECONDS = 8;

export function AutoReturn({ onReturn, copy, seconds = AUTO_RETURN_SECONDS }: { onReturn: () => void; copy: AutoReturnCopy; seconds?: number }) {
  const [left, setLeft] = useState(seconds);
  const [held, setHeld] = useState(false);
  const returnRef = useRef(onReturn);
  useLayoutEffect(() => {
    returnRef.current = onReturn;
  });

  useEffect(() => {
    if (held) return;
    if (left <= 0) return returnRef.current();
    const timer = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, held]);

  useEffect(() => {
    const hold = () => setHeld(true);
    document.addEventListener("pointerdown", hold);
    document.addEventListener("keydown", hold);
    return () => {
      document.removeEventListener("pointerdown", hold);
      document.removeEventListener("keydown", hold);
    };
  }, []);

  // Held, the line stays in place with other words: removing it on pointerdown would move the
  // links below it between press and release, and the tap would land on nothing.
  if (held) {
    return (
      <p className="small muted" data-testid="auto-return">
        {copy.held}
      </p>
    );
  }
  // Announced once, not every second: a ticking live region would talk over everything.
  return (
    <p className="small muted" data-testid="auto-return">
      {copy.before} <span aria-hidden="true">{left}</span>
      <span className="visually-hidden">{copy.aFew}</span> {copy.after}
    </p>
  );
}
