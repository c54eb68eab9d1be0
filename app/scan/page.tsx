import type { Metadata } from "next";
import Link from "next/link";
import { BoothScanner } from "@/components/scanner/booth-scanner";
import { ScanDocumentGuard } from "@/components/scanner/scan-document-guard";
import { getDevice } from "@/lib/auth/guards";
import { offlinePack } from "@/lib/sync/offline-pack";
import { openScanAction, readEarlierChoiceAction, recordDecisionAction, unpairPhoneAction } from "./actions";

export const metadata: Metadata = { title: "Scan badges" };

export default async function ScanPage({ searchParams }: { searchParams: Promise<{ paired?: string }> }) {
  const device = await getDevice();
  if (!device) {
    return (
      <main className="narrow stack">
        <h1>This phone is not paired with a booth</h1>
        <p>To scan badges, this phone must first be paired with your booth by the event organizer.</p>
        <ol>
          <li>Ask the organizer for a pairing link or QR code for your booth.</li>
          <li>Open it on this phone and tap “Pair this phone”.</li>
          <li>The scanner opens here, ready to read badges.</li>
        </ol>
        <p className="muted small">If this phone was paired before, it may have been unpaired by the organizer.</p>
        <Link href="/">Fairlead home</Link>
      </main>
    );
  }
  const { paired } = await searchParams;
  return (
    <>
      <ScanDocumentGuard />
      <BoothScanner
        partnerName={device.partnerName}
        deviceName={device.deviceName}
        justPaired={paired === "1"}
        openScan={openScanAction}
        recordDecision={recordDecisionAction}
        readEarlierChoice={readEarlierChoiceAction}
        offlinePack={offlinePack(device)}
        unpair={unpairPhoneAction}
      />
    </>
  );
}
