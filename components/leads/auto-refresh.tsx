"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { staffClock } from "../staff-time";

/** Re-renders the server page every few seconds so new leads appear without a reload; the last refresh on the event's clock. */
export function AutoRefresh({ seconds = 5, timeZone }: { seconds?: number; timeZone: string }) {
  const router = useRouter();
  // The time of the last refresh: none yet on the page the server just rendered.
  const [at, setAt] = useState<string | null>(null);
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === "visible") router.refresh();
      setAt(staffClock(new Date(), timeZone));
    };
    const timer = setInterval(tick, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds, timeZone]);
  return (
    <p className="muted small" aria-live="off">
      Live: updates every {seconds} s{at ? ` · last ${at}` : ""}
    </p>
  );
}
