"use client";
// The consent screen goes back to the camera by itself when nobody touches it (the attendee
// walked away, the wrong badge was read): after `seconds` without a tap, a key or a scroll. The
// screen states the time (BOOTH_PHONE_COPY.idle). Paused while a choice is being saved.
import { useEffect, useLayoutEffect, useRef } from "react";

export const CONSENT_IDLE_SECONDS = 90;

const ACTIVITY = ["pointerdown", "keydown", "scroll", "touchmove", "input"] as const;

export function useIdleReturn(onReturn: () => void, paused: boolean, seconds = CONSENT_IDLE_SECONDS) {
  const returnRef = useRef(onReturn);
  useLayoutEffect(() => {
    returnRef.current = onReturn;
  });

  useEffect(() => {
    if (paused) return;
    let timer = setTimeout(() => returnRef.current(), seconds * 1000);
    const again = () => {
      clearTimeout(timer);
      timer = setTimeout(() => returnRef.current(), seconds * 1000);
    };
    for (const name of ACTIVITY) document.addEventListener(name, again, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) document.removeEventListener(name, again, { capture: true });
    };
  }, [paused, seconds]);
}
