import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptView } from "@/components/receipts/receipt-view";
import { attendeeLanguage } from "@/lib/attendees/attendee-language";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { openAttendeePage } from "@/lib/auth/attendee-page";
import { SlowDown } from "@/components/me/slow-down";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { idParam, orNotFound } from "@/lib/http/pages";
import { RECEIPT_COPY } from "@/lib/i18n/receipt-copy";

// The personal token is in this address: no referrer may carry it to a partner's site.
export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const attendee = attendeeFromToken((await params).token);
  const title = RECEIPT_COPY[attendee ? attendeeLanguage(attendee.attendeeId) : "en"].title;
  return { title, referrer: "no-referrer", robots: { index: false } };
}

/** The attendee's proof of one decision, reached from their own page. */
export default async function AttendeeReceiptPage({ params }: { params: Promise<{ token: string; consentId: string }> }) {
  const { token, consentId: raw } = await params;
  const consentId = idParam(raw);
  const opened = await openAttendeePage(token);
  if ("retryAfter" in opened) return <SlowDown retryAfter={opened.retryAfter} />;
  const attendee = opened.actor;
  if (!attendee) notFound();
  const { receipt, timeZone } = orNotFound(() => getReceipt(attendee, consentId));
  // In the language the attendee chose (lib/attendees/attendee-language.ts).
  const language = attendeeLanguage(attendee.attendeeId);
  const t = RECEIPT_COPY[language];
  return (
    <main className="narrow stack" lang={language}>
      <p className="small">
        <Link href={`/me/${token}`}>{t.back}</Link>
      </p>
      <ReceiptView receipt={receipt} jsonHref={`/me/${token}/receipts/${consentId}/json`} timeZone={timeZone} language={language} />
    </main>
  );
}
