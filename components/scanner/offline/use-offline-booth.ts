"use client";
// The booth's offline fallback. Online, the scanner works as before (server actions give the
// attendee's name and standing decision). With no connection, or when the server does not
// answer, the read and the decision go into the phone's queue and the consent screen comes
// from the offline pack; the sync loop delivers them later.
import { useCallback, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/errors";
import type { ConsentScreen } from "@/lib/scans/open-scan";
import type { OfflinePack } from "@/lib/sync/offline-pack";
import { offlineScreen, type OfflineScreen } from "./offline-screen";
import { closeOpenItems, loadPack, putItem, savePack, updateItem, type QueuedDecision, type ReadSource } from "./queue";
import { enableOfflinePage, type PageCache } from "./service-worker";
import { startSync, type SyncState } from "./sync";

type Read = { scanId: string; code: string; scannedAt: string; source: ReadSource };
type Answer = Read & QueuedDecision;
export type BoothScreen = ConsentScreen | OfflineScreen;
export type Decided = ActionResult<{ queued: boolean }>;
/** timeZone: the event's, from the pack (decision 044); undefined before the phone has one. */
export type OfflineStatus = { online: boolean; pageCache: PageCache | null; sync: SyncState; deviceId: number | undefined; timeZone: string | undefined };

const NO_PACK = "Fairlead cannot be reached, and this phone has no copy of the consent notice yet. Open this page once while online.";

export function useOfflineBooth(initialPack: OfflinePack | null) {
  const [pack, setPack] = useState(initialPack);
  const [online, setOnline] = useState(true);
  const [pageCache, setPageCache] = useState<PageCache | null>(null);
  const [sync, setSync] = useState<SyncState>({ sending: false, problem: null });
  const deviceId = pack?.deviceId;

  useEffect(() => {
    const mountedAt = Date.now();
    let stop: (() => void) | undefined;
    let live = true;
    (async () => {
      if (initialPack) await savePack(initialPack);
      const newest = await loadPack();
      if (!live) return;
      if (newest && newest.deviceId === initialPack?.deviceId) setPack(newest);
      await closeOpenItems(mountedAt);
      if (live && initialPack) stop = startSync(initialPack.deviceId, setSync);
    })().catch((error: unknown) => setSync({ sending: false, problem: `This phone cannot keep scans offline (${String(error)}).` }));
    enableOfflinePage().then(setPageCache, () => setPageCache("failed"));
    const onNetwork = () => setOnline(navigator.onLine);
    onNetwork();
    window.addEventListener("online", onNetwork);
    window.addEventListener("offline", onNetwork);
    return () => {
      live = false;
      stop?.();
      window.removeEventListener("online", onNetwork);
      window.removeEventListener("offline", onNetwork);
    };
  }, [initialPack]);

  /** The server's consent screen, or the offline one when the server cannot be reached. */
  const openScan = useCallback(
    async (read: Read, online: (read: Read) => Promise<ActionResult<ConsentScreen>>): Promise<ActionResult<BoothScreen>> => {
      if (navigator.onLine) {
        try {
          return await online(read);
        } catch {
          // The request never got an answer: fall through to the queue.
        }
      }
      if (!pack) return { ok: false, error: NO_PACK, code: "internal" };
      // Queued at once, so the visit survives a reload while the attendee reads the notice.
      await putItem({ ...read, deviceId: pack.deviceId, state: "open", queuedAt: Date.now() });
      return { ok: true, value: offlineScreen(pack, read.scanId) };
    },
    [pack],
  );

  /** Records the decision online when the screen came from the server; otherwise queues it. */
  const recordDecision = useCallback(
    async (input: Answer, screen: BoothScreen, online: (input: Answer) => Promise<ActionResult<unknown>>): Promise<Decided> => {
      if (!("offline" in screen)) {
        try {
          const result = await online(input);
          return result.ok ? { ok: true, value: { queued: false } } : result;
        } catch {
          // No answer: the scan may or may not be recorded; the queue's item settles both.
        }
      }
      const { scanId, code, scannedAt, source, choice, drawing, drawingIds, noticeId, noticeSha256, language, decidedAt } = input;
      // The same content as the online try (drawingIds too): if that one was recorded, this is its retry, not a conflict.
      const decision: QueuedDecision = { choice, drawing, ...(drawingIds && { drawingIds }), noticeId, noticeSha256, language, decidedAt };
      if (!pack) return { ok: false, error: NO_PACK, code: "internal" };
      if ("offline" in screen) await updateItem(scanId, (item) => ({ ...item, decision, state: "waiting" }));
      else await putItem({ scanId, code, scannedAt, source, decision, deviceId: pack.deviceId, state: "waiting", queuedAt: Date.now() });
      return { ok: true, value: { queued: true } };
    },
    [pack],
  );

  const status: OfflineStatus = { online, pageCache, sync, deviceId, timeZone: pack?.timeZone };
  return { openScan, recordDecision, status };
}
