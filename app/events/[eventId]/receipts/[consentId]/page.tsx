import type { Metadata } from "next";
import Link from "next/link";
import { ReceiptView } from "@/components/receipts/receipt-view";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { idParam, orNotFound } from "@/lib/http/pages";

export const metadata: Metadata = { title: "Consent receipt" };

export default async function OrganizerReceiptPage({ params }: { params: Promise<{ eventId: string; consentId: string }> }) {
  const raw = await params;
  const eventId = idParam(raw.eventId);
  const consentId = idParam(raw.consentId);
  const organizer = await requireOrganizerPage(`/events/${eventId}/receipts/${consentId}`);
  const { receipt, partnerId, timeZone } = orNotFound(() => getReceipt(organizer, consentId, eventId));
  return (
    <div className="stack">
      <p className="small">
        <Link href={`/events/${eventId}/partners/${partnerId}`}>← Partner</Link>
      </p>
      <ReceiptView receipt={receipt} jsonHref={`/events/${eventId}/receipts/${consentId}/json`} timeZone={timeZone} />
    </div>
  );
}
