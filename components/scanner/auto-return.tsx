"use client";
// The hand-back screen goes back to the camera by itself, so the staff can take the phone and
// scan the next badge without a tap. Any tap or key on the screen (other than the button that
// goes back at once) stops the countdown: someone is still reading or wants the other link.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { HANDBACK_COPY } from "@/lib/i18n/handback-copy";
import type { Language } from "@/lib/i18n/language";

export const AUTO_RETURN_SECONDS = 8;

export function AutoReturn({ onReturn, seconds = AUTO_RETURN_SECONDS, language = "en" }: { onReturn: () => void; seconds?: number; language?: Language }) {
  const t = HANDBACK_COPY[language];
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
        {t.staying}
      </p>
    );
  }
  // Announced once, not every second: a ticking live region would talk over everything.
  return (
    <p className="small muted" data-testid="auto-return">
      {t.backIn} <span aria-hidden="true">{left}</span>
      <span className="visually-hidden">{t.fewSeconds}</span> {t.seconds}
    </p>
  );
}
