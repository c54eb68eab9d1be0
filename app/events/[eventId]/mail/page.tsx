import type { Metadata } from "next";
import { AutoRefresh } from "@/components/leads/auto-refresh";
import { RecordTable } from "@/components/organizer/record-table";
import { organizerEventPage } from "@/lib/http/event-page";
import type { MailKindName } from "@/lib/mail/kinds";
import { listMail, type MailListing } from "@/lib/mail/list-mail";
import { PageHeader } from "@/components/organizer/page-header";
import { staffTime } from "@/components/staff-time";

export const metadata: Metadata = { title: "Mail" };

// Every kind named (TypeScript checks it); a row of a kind no longer known shows its name.
const KIND_LABEL: Record<MailKindName, string> = {
  share_confirmation: "Share confirmation to the attendee",
  partner_withdrawals: "Withdrawals to the partner",
  lapse_notice: "Lapse notice to the attendee (the partner changed its words)",
  partner_invite: "Invitation to a partner's team",
  endpoint_disabled: "Webhook disabled, to the partner's admins",
};

function Status({ m, timeZone }: { m: MailListing; timeZone: string }) {
  const at = (d: Date) => staffTime(d, timeZone, { time: "medium" });
  switch (m.status) {
    case "sent":
      return <>Sent {m.sentAt ? at(m.sentAt) : ""}</>;
    case "sending":
      return <>Sending</>;
    case "waiting":
      return m.attempts === 0 ? (
        <>Waiting to send ({at(m.nextAttemptAt)})</>
      ) : (
        <>
          Waiting to retry at {at(m.nextAttemptAt)} (tried {m.attempts}×)
          <br />
          <span className="muted small">{m.lastError}</span>
        </>
      );
    case "failed":
      return (
        <>
          <strong>Failed</strong> after {m.attempts} {m.attempts === 1 ? "try" : "tries"}
          <br />
          <span className="small">{m.lastError}</span>
        </>
      );
    case "skipped":
      return (
        <>
          Not needed <span className="muted small">{m.lastError}</span>
        </>
      );
  }
}

export default async function MailPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/mail");
  const mail = listMail(organizer, eventId);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Mail" />
      <p className="muted">
        What Fairlead sends for this event, newest first: share confirmations and lapse notices to attendees, withdrawal notices to partners. A mail server that
        refuses or does not answer never stops a decision: the message is tried again (after 1, 2, 4 … minutes) and shown here as failed when it
        gives up.
      </p>
      <AutoRefresh seconds={10} timeZone={event.timeZone} />
      <RecordTable
        rows={mail}
        rowKey={(m) => m.id}
        testId="mail-log"
        caption="Mail, newest first"
        empty="No mail yet. A share at a booth sends the attendee a confirmation; a withdrawal tells the partner within a minute."
        columns={[
          { header: "Queued", cell: (m) => staffTime(m.createdAt, event.timeZone, { time: "medium" }) },
          { header: "What", cell: (m) => (KIND_LABEL as Record<string, string>)[m.kind] ?? m.kind },
          { header: "To", cell: (m) => m.to ?? <span className="muted">(when sent)</span> },
          { header: "Subject", cell: (m) => m.subject ?? "" },
          { header: "Status", cell: (m) => <Status m={m} timeZone={event.timeZone} /> },
        ]}
      />
    </>
  );
}
