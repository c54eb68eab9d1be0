import type { Metadata } from "next";
import { AutoRefresh } from "@/components/leads/auto-refresh";
import { LeadCards } from "@/components/leads/lead-cards";
import cards from "@/components/leads/lead-cards.module.css";
import { LeadTable } from "@/components/leads/lead-table";
import { WithdrawalList } from "@/components/leads/withdrawal-list";
import { getDevice } from "@/lib/auth/guards";
import { listLeads } from "@/lib/consent/current-consent";
import { listWithdrawals } from "@/lib/consent/withdrawals";
import { readCurrentQualifications } from "@/lib/leads/current-qualifications";
import { RATING_LABEL } from "@/lib/leads/types";

export const metadata: Metadata = { title: "Booth leads" };

/** The partner's own view on a paired booth phone: its current leads, live. */
export default async function BoothLeadsPage() {
  const device = await getDevice();
  if (!device) {
    return (
      <main className="narrow">
        <h1>This phone is not paired with a booth</h1>
        <p>
          Ask the organizer for a pairing link. <a href="/scan">Back to the scanner</a>
        </p>
      </main>
    );
  }
  const leads = listLeads(device, device.eventId, device.partnerId);
  const qualified = readCurrentQualifications(device, device.eventId, device.partnerId);
  const rating = (attendeeId: number) => {
    const q = qualified.get(attendeeId);
    return q ? (q.rating ? RATING_LABEL[q.rating] : "Notes") : null;
  };
  const receiptHref = (id: number) => `/booth/receipts/${id}`;
  const qualify = { href: (id: number) => `/booth/leads/${id}`, rating };
  const timeZone = device.timeZone;
  return (
    <main className="page stack">
      <p className="small">
        {/* Plain links to /scan: the camera is allowed only in a document loaded as /scan (decision 033). */}
        <a href="/scan">← Scanner</a>
      </p>
      <h1>Leads of {device.partnerName}</h1>
      <AutoRefresh seconds={5} timeZone={timeZone} />
      <WithdrawalList withdrawals={listWithdrawals(device, device.eventId, device.partnerId)} timeZone={timeZone} />
      {/* Cards on a phone, the table on a wide screen: CSS shows one (components/leads/lead-cards.module.css). */}
      {leads.length === 0 ? (
        <LeadTable leads={leads} timeZone={timeZone} />
      ) : (
        <>
          <div className={cards.onPhone}>
            <LeadCards leads={leads} receiptHref={receiptHref} qualify={qualify} timeZone={timeZone} />
          </div>
          <div className={cards.onWide}>
            <LeadTable leads={leads} receiptHref={receiptHref} qualify={qualify} timeZone={timeZone} />
          </div>
        </>
      )}
    </main>
  );
}
