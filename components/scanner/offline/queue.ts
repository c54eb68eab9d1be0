// The phone's queue of scans and decisions waiting for the server, in IndexedDB so that it
// survives a reload, a crash or a flat battery. An item leaves the queue only when the server
// recorded it, or when booth staff dismiss it after the server refused it (with its reason).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { OfflinePack } from "@/lib/sync/offline-pack";

export type QueuedDecision = {
  choice: "share" | "decline";
  drawing: boolean;
  /** The drawings ticked by id (decision 041), on an online or an offline screen; absent on items an older page queued. */
  drawingIds?: number[];
  noticeId: number;
  noticeSha256: string;
  language: string;
  decidedAt: string;
};

/** How the badge code was entered on this phone (lib/booth/booth-item.ts). */
export type ReadSource = "camera" | "typed";

export type QueuedItem = {
  scanId: string;
  code: string;
  scannedAt: string;
  /** Absent on items queued by an older page: sent without it, recorded as not said. */
  source?: ReadSource;
  decision?: QueuedDecision;
  /** The pairing that made it: another pairing of this browser must not send it. */
  deviceId: number;
  /** open: the consent screen is up; waiting: to be sent; rejected: the server refused it. */
  state: "open" | "waiting" | "rejected";
  reason?: string;
  queuedAt: number;
};

interface BoothDb extends DBSchema {
  items: { key: string; value: QueuedItem };
  pack: { key: "current"; value: OfflinePack };
}

let db: Promise<IDBPDatabase<BoothDb>> | undefined;
const open = () => (db ??= openDB<BoothDb>("fairlead-booth", 1, {
  upgrade(d) {
    d.createObjectStore("items", { keyPath: "scanId" });
    d.createObjectStore("pack");
  },
}));

/** Fired after every change, so the status line and the sync loop can react. */
export const queueEvents = new EventTarget();
const changed = () => queueEvents.dispatchEvent(new Event("change"));

export async function listItems(): Promise<QueuedItem[]> {
  return (await (await open()).getAll("items")).sort((a, b) => a.queuedAt - b.queuedAt);
}

export async function putItem(item: QueuedItem): Promise<void> {
  await (await open()).put("items", item);
  changed();
}

/** Changes an item if it is still there (it may have been sent or dismissed meanwhile). */
export async function updateItem(scanId: string, change: (item: QueuedItem) => QueuedItem): Promise<void> {
  const tx = (await open()).transaction("items", "readwrite");
  const item = await tx.store.get(scanId);
  if (item) await tx.store.put(change(item));
  await tx.done;
  changed();
}

export async function deleteItems(scanIds: string[]): Promise<void> {
  const tx = (await open()).transaction("items", "readwrite");
  await Promise.all([...scanIds.map((id) => tx.store.delete(id)), tx.done]);
  changed();
}

/** Consent screens that were open when the page went away: the visits stand, without a decision. */
export async function closeOpenItems(before: number): Promise<void> {
  const open = (await listItems()).filter((i) => i.state === "open" && i.queuedAt < before);
  for (const item of open) await updateItem(item.scanId, (i) => ({ ...i, state: "waiting" }));
}

export async function savePack(pack: OfflinePack): Promise<void> {
  const d = await open();
  const stored = await d.get("pack", "current");
  if (!stored || stored.deviceId !== pack.deviceId || stored.madeAt < pack.madeAt) await d.put("pack", pack, "current");
}

export async function loadPack(): Promise<OfflinePack | undefined> {
  return (await open()).get("pack", "current");
}
