import type { Metadata } from "next";
import Link from "next/link";
import { formatTime } from "@/components/leads/format-time";
import { TeamPanel } from "@/components/partner/team-panel";
import { agreementStanding } from "@/lib/auth/agreement-gate";
import { listTeam } from "@/lib/partners/team";
import { listEndpoints } from "@/lib/webhooks/endpoints";
import { mailSetUp } from "@/lib/mail/mail-settings";
import { cancelTeamInviteAction, inviteTeamMemberAction, removeTeamMemberAction, setTeamRoleAction } from "./team-actions";
import { AutoRefresh } from "@/components/leads/auto-refresh";
import { PartnerExportButtons } from "@/components/exports/partner-export-buttons";
import { sinceLastExport } from "@/lib/exports/since-last-export";
import { LeadTable } from "@/components/leads/lead-table";
import { WithdrawalList } from "@/components/leads/withdrawal-list";
import { DeviceList } from "@/components/organizer/device-list";
import { LeadFormEditor } from "@/components/organizer/lead-form-editor";
import { PairingPanel } from "@/components/organizer/pairing-panel";
import { SettingsForm } from "@/components/organizer/settings-form";
import { PartnerForm } from "@/components/organizer/partner-form";
import { requirePartnerAccess } from "@/lib/auth/access";
import { listLeads } from "@/lib/consent/current-consent";
import { listWithdrawals } from "@/lib/consent/withdrawals";
import { listDevices } from "@/lib/devices/devices";
import { organizerEventPage } from "@/lib/http/event-page";
import { idParam, orNotFound } from "@/lib/http/pages";
import { readCurrentQualifications } from "@/lib/leads/current-qualifications";
import { readLeadForm } from "@/lib/leads/read-lead-form";
import { RATING_LABEL } from "@/lib/leads/types";
import { PARTY_FIELDS } from "@/lib/parties/legal-fields";
import { readPartnerLegal } from "@/lib/parties/set-legal-details";
import { updatePartnerAction } from "../actions";
import { createPairingLinkAction, revokeDeviceAction } from "./actions";
import { savePartnerLegalAction } from "./legal-actions";
import { updateLeadFormAction } from "./lead-form-actions";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Partner leads" };

export default async function PartnerPage({
  params,
  searchParams,
}: {
  params: Promise<{ eventId: string; partnerId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const raw = await params;
  const { created } = await searchParams;
  const partnerId = idParam(raw.partnerId);
  const { eventId, organizer, event } = await organizerEventPage(raw.eventId, `/partners/${partnerId}`);
  const { timeZone } = event;
  const partner = orNotFound(() => requirePartnerAccess(organizer, eventId, partnerId));
  const leads = listLeads(organizer, eventId, partnerId);
  const qualified = readCurrentQualifications(organizer, eventId, partnerId);
  const rating = (attendeeId: number) => {
    const q = qualified.get(attendeeId)?.rating;
    return q ? RATING_LABEL[q] : null;
  };
  const devices = listDevices(organizer, eventId, partnerId);
  const standing = agreementStanding(eventId, partnerId);
  // Read-only for organizers (no secrets): the partner's admins manage their own delivery.
  const endpoints = listEndpoints(organizer, eventId, partnerId);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel="All partners" title={partner.name} />
      {created === "1" && (
        <p className="alert ok" role="status">
          {partner.name} was added. Pair a booth phone below so its staff can start scanning.
        </p>
      )}
      <p className="muted">
        Booth {partner.booth} · Purpose: {partner.purpose} · <a href={partner.privacyUrl}>Privacy policy</a>
      </p>
      <section className="card stack">
        <h2 style={{ margin: 0 }}>
          Leads <span className="muted">({leads.length})</span>
        </h2>
        <PartnerExportButtons route={`/events/${eventId}/partners/${partnerId}/export`} crmNote="For the partner’s CRM, values as they are:" since={sinceLastExport(organizer, eventId, partnerId)} timeZone={timeZone} />
        <AutoRefresh seconds={5} timeZone={timeZone} />
        <WithdrawalList withdrawals={listWithdrawals(organizer, eventId, partnerId)} timeZone={timeZone} />
        <LeadTable leads={leads} receiptHref={(id) => `/events/${eventId}/receipts/${id}`} rating={rating} timeZone={timeZone} />
      </section>
      <section className="card stack" aria-labelledby="team-heading">
        <h2 id="team-heading">The partner&rsquo;s team</h2>
        <p className="small muted" data-testid="partner-agreement-standing">
          {standing.state === "accepted"
            ? `Data-use agreement version ${standing.version} accepted by ${standing.acceptedBy} on ${formatTime(standing.acceptedAt, timeZone)}.`
            : standing.state === "pending"
              ? `Data-use agreement version ${standing.version} is not accepted yet: the team sees no lead until one of its admins accepts it.`
              : "No data-use agreement is published yet: the team sees no lead until one is published and accepted."}{" "}
          <Link href={`/events/${eventId}/agreement`}>The agreement</Link>
        </p>
        <TeamPanel
          fields={{ eventId, partnerId }}
          mailReady={mailSetUp()}
          team={listTeam(organizer, eventId, partnerId)}
          timeZone={timeZone}
          actions={{ invite: inviteTeamMemberAction, setRole: setTeamRoleAction, remove: removeTeamMemberAction, cancel: cancelTeamInviteAction }}
        />
      </section>
      <section className="card stack" aria-labelledby="delivery-heading">
        <h2 id="delivery-heading">Delivery to the partner&rsquo;s systems</h2>
        {endpoints.length === 0 ? (
          <p className="muted small" data-testid="organizer-no-endpoints">
            The partner&rsquo;s admins have set up no webhook. They do it on their workspace&rsquo;s Delivery page, once the agreement is accepted.
          </p>
        ) : (
          <ul data-testid="organizer-endpoints">
            {endpoints.map((e) => (
              <li key={e.id}>
                <code>{e.url}</code>:{" "}
                {e.status === "disabled"
                  ? (e.disabledReason ?? "disabled")
                  : e.failingSince
                    ? `failing since ${formatTime(e.failingSince, timeZone)} (${e.attempts} attempts)`
                    : `active, last delivery ${e.lastDeliveredAt ? formatTime(e.lastDeliveredAt, timeZone) : "none yet"}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <details>
          <summary>Edit the partner (what attendees are told)</summary>
          <PartnerForm eventId={eventId} partner={partner} submitLabel="Save the partner" action={updatePartnerAction} />
        </details>
      </section>
      <section className="card">
        <details>
          <summary>Legal details (named on consent receipts)</summary>
          <p className="small muted">
            The partner receives the shared details as their controller. Receipts name it by these details; empty ones read
            “not stated”. Attendees are not shown them before deciding, so changing them lapses no consent.
          </p>
          <SettingsForm
            ids={{ eventId, partnerId }}
            fields={PARTY_FIELDS("The partner")}
            values={readPartnerLegal(organizer, eventId, partnerId)}
            submitLabel="Save the legal details"
            action={savePartnerLegalAction}
            testId="partner-legal"
          />
        </details>
      </section>
      <section className="card">
        <details>
          <summary>Lead qualification: tags and questions for the booth phones</summary>
          <p className="small muted">Booth staff rate each shared lead cold, warm or hot and add notes; here you set the tags they can pick and the questions they answer.</p>
          <LeadFormEditor eventId={eventId} partnerId={partnerId} form={readLeadForm(organizer, eventId, partnerId)} action={updateLeadFormAction} />
        </details>
      </section>
      <section className="card stack">
        <h2>Booth devices</h2>
        <DeviceList eventId={eventId} partnerId={partnerId} devices={devices} revoke={revokeDeviceAction} timeZone={timeZone} />
        <PairingPanel eventId={eventId} partnerId={partnerId} timeZone={timeZone} action={createPairingLinkAction} />
      </section>
    </>
  );
}
