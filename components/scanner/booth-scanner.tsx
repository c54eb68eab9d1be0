"use client";
// The booth phone's flow: scan (camera or typed code) → the attendee's consent screen →
// a neutral hand-back screen → scan again. Each read gets its own client-made scan id, and a
// retried decision reuses it, so nothing is recorded twice.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DecisionInput, DecisionResult } from "@/lib/consent/record-decision";
import type { ActionResult } from "@/lib/errors";
import type { ConsentScreen as Screen } from "@/lib/scans/open-scan";
import { newClientId } from "@/lib/client-id";
import { CameraView } from "./camera-view";
import { ConsentScreen } from "./consent-screen";
import { ManualEntry } from "./manual-entry";
import styles from "./scanner.module.css";

type Read = { scanId: string; code: string; scannedAt: string };
type Stage =
  | { name: "scanning"; error?: string }
  | { name: "looking-up"; read: Read }
  | { name: "consent"; read: Read; screen: Screen }
  | { name: "done"; firstName: string };

export type BoothScannerProps = {
  partnerName: string;
  deviceName: string;
  justPaired: boolean;
  openScan: (input: Read) => Promise<ActionResult<Screen>>;
  recordDecision: (input: DecisionInput) => Promise<ActionResult<DecisionResult>>;
};

export function BoothScanner({ partnerName, deviceName, justPaired, openScan, recordDecision }: BoothScannerProps) {
  const [stage, setStage] = useState<Stage>({ name: "scanning" });
  const heading = useRef<HTMLHeadingElement>(null);

  const onCode = useCallback(
    async (code: string) => {
      const read: Read = { scanId: newClientId(), code, scannedAt: new Date().toISOString() };
      setStage({ name: "looking-up", read });
      const result = await openScan(read);
      setStage(result.ok ? { name: "consent", read, screen: result.value } : { name: "scanning", error: result.error });
    },
    [openScan],
  );

  // Move focus to each stage's heading so screen readers announce the change.
  useEffect(() => {
    if (stage.name !== "consent") heading.current?.focus();
  }, [stage.name]);

  if (stage.name === "consent") {
    return (
      <ConsentScreen
        screen={stage.screen}
        decide={(choice, drawing, language) => {
          const notice = stage.screen.notices.find((n) => n.language === language) ?? stage.screen.notice;
          return recordDecision({
            ...stage.read,
            choice,
            drawing,
            noticeId: notice.noticeId,
            noticeSha256: notice.sha256,
            language: notice.language,
            decidedAt: new Date().toISOString(),
          });
        }}
        onDone={() => setStage({ name: "done", firstName: stage.screen.firstName })}
      />
    );
  }

  if (stage.name === "done") {
    return (
      <main className={styles.handback}>
        <h1 ref={heading} tabIndex={-1}>
          Thank you, {stage.firstName}
        </h1>
        <p>Your choice is saved. Please hand the phone back.</p>
        <button className="button block" type="button" onClick={() => setStage({ name: "scanning" })}>
          Scan the next badge
        </button>
      </main>
    );
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
      {stage.name === "looking-up" ? (
        <p role="status" className={styles.status}>
          Looking up the badge…
        </p>
      ) : (
        <CameraView onCode={onCode} />
      )}
      <ManualEntry onCode={onCode} busy={stage.name === "looking-up"} />
    </main>
  );
}
