import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptView } from "@/components/receipts/receipt-view";
import { getDevice } from "@/lib/auth/guards";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { idParam, orNotFound } from "@/lib/http/pages";

export const metadata: Metadata = { title: "Consent receipt" };

/** The partner's proof for one of its current leads, on a paired booth phone. */
export default async function BoothReceiptPage({ params }: { params: Promise<{ consentId: string }> }) {
  const consentId = idParam((await params).consentId);
  const device = await getDevice();
  if (!device) notFound();
  const { receipt, timeZone } = orNotFound(() => getReceipt(device, consentId));
  return (
    <main className="page stack">
      <p className="small">
        <Link href="/booth/leads">← Leads</Link>
      </p>
      <ReceiptView receipt={receipt} jsonHref={`/booth/receipts/${consentId}/json`} timeZone={timeZone} />
    </main>
  );
}
