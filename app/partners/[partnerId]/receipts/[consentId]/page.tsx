import type { Metadata } from "next";
import Link from "next/link";
import { ReceiptView } from "@/components/receipts/receipt-view";
import { requirePartnerPage } from "@/lib/auth/guards";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { idParam, orNotFound } from "@/lib/http/pages";

export const metadata: Metadata = { title: "Consent receipt" };

/** The receipt of one of the partner's shares or withdrawals (never a decline: that never reaches a partner). */
export default async function WorkspaceReceiptPage({ params }: { params: Promise<{ partnerId: string; consentId: string }> }) {
  const raw = await params;
  const partnerId = idParam(raw.partnerId);
  const consentId = idParam(raw.consentId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/receipts/${consentId}`);
  const { receipt, timeZone } = orNotFound(() => getReceipt(actor, consentId, actor.eventId));
  return (
    <div className="stack">
      <p className="small">
        <Link href={`/partners/${partnerId}`}>← Leads</Link>
      </p>
      <ReceiptView receipt={receipt} jsonHref={`/partners/${partnerId}/receipts/${consentId}/json`} timeZone={timeZone} />
    </div>
  );
}
