import type { Metadata } from "next";
import { DeviceList } from "@/components/organizer/device-list";
import { PairingPanel } from "@/components/organizer/pairing-panel";
import { AdminsOnly } from "@/components/partner/admins-only";
import { AgreementRequired } from "@/components/partner/agreement-required";
import { agreementStanding } from "@/lib/auth/agreement-gate";
import { requirePartnerPage } from "@/lib/auth/guards";
import { listDevices } from "@/lib/devices/devices";
import { idParam } from "@/lib/http/pages";
import { partnerPairingLinkAction, partnerRevokeDeviceAction } from "../actions";

export const metadata: Metadata = { title: "Booth phones" };

/** The partner admin's booth phones: pair new ones, revoke lost ones, see which are in use. */
export default async function WorkspaceDevicesPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/devices`);
  if (actor.role !== "admin") return <AdminsOnly what="pair and revoke booth phones" />;
  const standing = agreementStanding(actor.eventId, partnerId);
  if (standing.state !== "accepted") return <AgreementRequired partnerId={partnerId} standing={standing} admin />;
  return (
    <section className="card stack" aria-labelledby="devices-heading">
      <h2 id="devices-heading">Booth phones</h2>
      <p className="small muted">
        Pair each phone your booth staff scan with: open the link (or its QR code) on the phone. A revoked phone stops at once; what it sent stays.
      </p>
      <DeviceList eventId={actor.eventId} partnerId={partnerId} devices={listDevices(actor, actor.eventId, partnerId)} revoke={partnerRevokeDeviceAction} timeZone={actor.timeZone} />
      <PairingPanel eventId={actor.eventId} partnerId={partnerId} timeZone={actor.timeZone} action={partnerPairingLinkAction} />
    </section>
  );
}
