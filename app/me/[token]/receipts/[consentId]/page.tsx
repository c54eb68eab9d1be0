import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptView } from "@/components/receipts/receipt-view";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { idParam, orNotFound } from "@/lib/http/pages";

// The personal token is in this address: no referrer may carry it to a partner's site.
export const metadata: Metadata = { title: "Your consent receipt", referrer: "no-referrer", robots: { index: false } };

/** The attendee's proof of one decision, reached from their own page. */
export default async function AttendeeReceiptPage({ params }: { params: Promise<{ token: string; consentId: string }> }) {
  const { token, consentId: raw } = await params;
  const consentId = idParam(raw);
  const attendee = attendeeFromToken(token);
  if (!attendee) notFound();
  const { receipt } = orNotFound(() => getReceipt(attendee, consentId));
  return (
    <main className="narrow stack">
      <p className="small">
        <Link href={`/me/${token}`}>← Your page</Link>
      </p>
      <ReceiptView receipt={receipt} jsonHref={`/me/${token}/receipts/${consentId}/json`} />
    </main>
  );
}
