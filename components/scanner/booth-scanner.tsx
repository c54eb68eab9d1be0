"use client";
// The booth phone's flow: scan (camera or typed code) → the attendee's consent screen →
// a hand-back screen that is the same whatever they chose (./hand-back.tsx) → scan again. Each read gets its own client-made scan id, and a
// retried decision reuses it, so nothing is recorded twice. Without a connection the same flow
// runs from the phone's queue and offline pack (./offline/use-offline-booth.ts).
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DecisionInput } from "@/lib/consent/record-decision";
import type { Language } from "@/lib/consent/notice-text";
import type { ActionResult, FormAction } from "@/lib/errors";
import type { EarlierChoice } from "@/lib/scans/earlier-choice";
import type { ConsentScreen as Screen } from "@/lib/scans/open-scan";
import type { OfflinePack } from "@/lib/sync/offline-pack";
import { newClientId } from "@/lib/client-id";
import { CameraView } from "./camera-view";
import { ConsentScreen } from "./consent-screen";
import { HandBack } from "./hand-back";
import { ManualEntry, type TypedRefusal } from "./manual-entry";
import { SyncStatus } from "./offline/sync-status";
import type { ReadSource } from "./offline/queue";
import { useOfflineBooth, type BoothScreen } from "./offline/use-offline-booth";
import { UnpairPhone } from "./unpair-phone";
import styles from "./scanner.module.css";

// How the code was entered travels with the read, online and through the queue: the dashboard
// flags phones whose shares come from typed codes (docs/decisions/025).
type Read = { scanId: string; code: string; scannedAt: string; source: ReadSource };
type Stage =
  // A refused typed code is shown beside the box that still holds it (./manual-entry.tsx).
  | { name: "scanning"; error?: string; typed?: TypedRefusal }
  | { name: "looking-up"; read: Read }
  | { name: "consent"; read: Read; screen: BoothScreen }
  | { name: "done"; firstName: string | null; queued: boolean; language: Language };

export type BoothScannerProps = {
  partnerName: string;
  deviceName: string;
  justPaired: boolean;
  openScan: (input: Read) => Promise<ActionResult<Screen>>;
  recordDecision: (input: DecisionInput) => Promise<ActionResult<{ saved: true }>>;
  /** The attendee asked to see their earlier decision for this partner (lib/scans/earlier-choice.ts). */
  readEarlierChoice: (input: { scanId: string }) => Promise<ActionResult<EarlierChoice>>;
  /** What the phone keeps to ask for consent offline (null while the event has no notice). */
  offlinePack: OfflinePack | null;
  /** The phone unpairs itself (then the page says it is not paired). */
  unpair: FormAction<never>;
};

export function BoothScanner({ partnerName, deviceName, justPaired, openScan, recordDecision, readEarlierChoice, offlinePack, unpair }: BoothScannerProps) {
  const [stage, setStage] = useState<Stage>({ name: "scanning" });
  const heading = useRef<HTMLHeadingElement>(null);
  const offline = useOfflineBooth(offlinePack);
  // Whether the last decision went to the phone's queue (ConsentScreen calls onDone after it).
  const queued = useRef(false);

  const openOnlineOrQueued = offline.openScan;
  const onCode = useCallback(
    (code: string, source: ReadSource) => {
      const read: Read = { scanId: newClientId(), code, scannedAt: new Date().toISOString(), source };
      setStage({ name: "looking-up", read });
      openOnlineOrQueued(read, openScan).then(
        (result) => {
          if (result.ok) return setStage({ name: "consent", read, screen: result.value });
          if (source === "camera") return setStage({ name: "scanning", error: result.error });
          setStage({ name: "scanning", typed: { message: result.error, suggestion: result.fields?.suggestion } });
        },
        // Neither the server nor the phone's own storage took the scan: back to the camera.
        () => setStage({ name: "scanning", error: "This scan could not be opened. Please scan the badge again." }),
      );
    },
    [openScan, openOnlineOrQueued],
  );

  // Move focus to each stage's heading so screen readers announce the change.
  useEffect(() => {
    if (stage.name !== "consent") heading.current?.focus();
  }, [stage.name]);

  if (stage.name === "consent") {
    return (
      <ConsentScreen
        screen={stage.screen}
        showEarlier={() => readEarlierChoice({ scanId: stage.read.scanId })}
        onCancel={() => setStage({ name: "scanning" })}
        decide={(choice, drawing, language, personalCode, drawingIds) => {
          const notice = stage.screen.notices.find((n) => n.language === language) ?? stage.screen.notice;
          const answer = {
            ...stage.read,
            choice,
            drawing,
            ...(drawingIds && { drawingIds }),
            noticeId: notice.noticeId,
            noticeSha256: notice.sha256,
            language: notice.language,
            decidedAt: new Date().toISOString(),
            ...(personalCode && { personalCode }),
          };
          return offline.recordDecision(answer, stage.screen, recordDecision).then((result) => {
            if (result.ok) queued.current = result.value.queued;
            return result;
          });
        }}
        onDone={(language) => setStage({ name: "done", firstName: stage.screen.firstName, queued: queued.current, language })}
      />
    );
  }

  if (stage.name === "done") {
    const next = () => setStage({ name: "scanning" });
    return <HandBack firstName={stage.firstName} queued={stage.queued} language={stage.language} onNext={next} headingRef={heading} />;
  }

  return (
    <main className={styles.scanner}>
      <header className={styles.header}>
        <h1 ref={heading} tabIndex={-1}>
          Scan a badge
        </h1>
        <p className="small">
          {partnerName} · {deviceName} · <Link href="/booth/leads">Leads</Link>
        </p>
      </header>
      <SyncStatus status={offline.status} />
      {justPaired && stage.name === "scanning" && !stage.error && (
        <p className="alert ok" role="status">
          This phone is now paired with {partnerName}.
        </p>
      )}
      {stage.name === "scanning" && stage.error && (
        <p className="alert error" role="alert">
          {stage.error}
        </p>
      )}
      {/* Above the camera: a phone's keyboard, once open, covers the bottom of the screen. */}
      <ManualEntry
        onCode={(code) => onCode(code, "typed")}
        busy={stage.name === "looking-up"}
        refusal={stage.name === "scanning" ? stage.typed : undefined}
        onEdit={() => setStage({ name: "scanning" })}
      />
      {stage.name === "looking-up" ? (
        <p role="status" className={styles.status}>
          Looking up the badge…
        </p>
      ) : (
        <CameraView onCode={(code) => onCode(code, "camera")} />
      )}
      <UnpairPhone partnerName={partnerName} status={offline.status} unpair={unpair} />
    </main>
  );
}
