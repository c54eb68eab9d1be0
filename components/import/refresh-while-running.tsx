"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Polls the import's progress: re-renders the server page every second until it is finished. */
export function RefreshWhileRunning({ running, seconds = 1 }: { running: boolean; seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, running, seconds]);
  return null;
}
