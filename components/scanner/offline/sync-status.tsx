"use client";
// The booth staff's view of the queue: how many scans wait for the server, whether this phone
// can work offline, and every scan the server refused, with its reason, until someone sends
// it again or dismisses it. Nothing leaves the queue without a trace on this screen.
import { staffClock } from "../../staff-time";
import { deleteItems, updateItem } from "./queue";
import type { OfflineStatus } from "./use-offline-booth";
import { useQueue } from "./use-queue";
import styles from "./sync-status.module.css";

export function SyncStatus({ status }: { status: OfflineStatus }) {
  const { waiting, rejected, otherPairing } = useQueue(status.deviceId);
  const { online, pageCache, sync } = status;
  // A phone with refused items had a pack; UTC, named as such, only if it has lost it since.
  const when = (iso: string) => staffClock(new Date(iso), status.timeZone ?? "UTC");
  return (
    <section className={styles.sync} aria-label="Offline and sync">
      <p role="status" className="small" data-testid="sync-status">
        {!online && <strong className={styles.offline}>Offline. </strong>}
        {waiting > 0 ? <strong>{waiting} waiting to sync</strong> : <span>All scans are synced</span>}
        {sync.sending && " · sending…"}
        {pageCache === "ready" && <span className="muted"> · this phone can scan offline</span>}
        {pageCache === "unsupported" && <span className="muted"> · reopening this page offline needs HTTPS</span>}
        {pageCache === "failed" && <span className="muted"> · this page is not yet kept for offline use: reload it while online</span>}
      </p>
      {sync.problem && waiting > 0 && <p className="small muted">{sync.problem}</p>}
      {rejected.length > 0 && (
        <div className="alert error" role="alert" data-testid="sync-rejected">
          <p>
            <strong>
              {rejected.length === 1
                ? "1 scan was refused by Fairlead and is not recorded:"
                : `${rejected.length} scans were refused by Fairlead and are not recorded:`}
            </strong>
          </p>
          <ul className={styles.rejected}>
            {rejected.map((item) => (
              <li key={item.scanId}>
                <span className="nowrap">
                  {item.code} · {when(item.scannedAt)}
                  {item.decision && ` · ${item.decision.choice === "share" ? "shared" : "did not share"}`}
                </span>
                <br />
                {item.reason}
                <span className="row">
                  <button type="button" className="button secondary" onClick={() => void updateItem(item.scanId, (i) => ({ ...i, state: "waiting", reason: undefined }))}>
                    Try again
                  </button>
                  <button type="button" className="button danger" onClick={() => void deleteItems([item.scanId])}>
                    Dismiss
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {otherPairing > 0 && (
        <p className="small muted">
          {otherPairing} queued {otherPairing === 1 ? "scan belongs" : "scans belong"} to an earlier pairing of this phone and cannot be sent by this one.
        </p>
      )}
    </section>
  );
}
