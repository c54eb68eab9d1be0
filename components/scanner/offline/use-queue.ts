"use client";
// The queue as the status line shows it, kept current through the queue's change events.
import { useEffect, useState } from "react";
import { listItems, queueEvents, type QueuedItem } from "./queue";

export type QueueView = { waiting: number; rejected: QueuedItem[]; otherPairing: number };

export function useQueue(deviceId: number | undefined): QueueView {
  const [view, setView] = useState<QueueView>({ waiting: 0, rejected: [], otherPairing: 0 });
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void listItems().then((items) => {
        if (!live) return;
        const mine = items.filter((i) => i.deviceId === deviceId);
        setView({
          waiting: mine.filter((i) => i.state === "waiting").length,
          rejected: mine.filter((i) => i.state === "rejected"),
          otherPairing: items.length - mine.length,
        });
      });
    refresh();
    queueEvents.addEventListener("change", refresh);
    return () => {
      live = false;
      queueEvents.removeEventListener("change", refresh);
    };
  }, [deviceId]);
  return view;
}
