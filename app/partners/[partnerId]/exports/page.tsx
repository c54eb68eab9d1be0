import type { Metadata } from "next";
import { ExportHistory } from "@/components/exports/export-history";
import { PartnerExportButtons } from "@/components/exports/partner-export-buttons";
import { AdminsOnly } from "@/components/partner/admins-only";
import { AgreementRequired } from "@/components/partner/agreement-required";
import { agreementStanding } from "@/lib/auth/agreement-gate";
import { requirePartnerPage } from "@/lib/auth/guards";
import { listPartnerExports } from "@/lib/exports/list-exports";
import { sinceLastExport } from "@/lib/exports/since-last-export";
import { idParam } from "@/lib/http/pages";

export const metadata: Metadata = { title: "Exports" };

const LIMIT = 200;

/** The partner admin's downloads and the partner's export history (its own and the organizer's). */
export default async function WorkspaceExportsPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/exports`);
  if (actor.role !== "admin") return <AdminsOnly what="export leads" />;
  const standing = agreementStanding(actor.eventId, partnerId);
  if (standing.state !== "accepted") return <AgreementRequired partnerId={partnerId} standing={standing} admin />;
  return (
    <section className="card stack" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Exports</h2>
      <p className="small muted">
        Leads are the contacts whose share stands now. The suppression list names everyone who withdrew after their contact had been exported: remove them from
        your systems. “New since the last export” holds only the contacts shared after the last leads file of your partner, whoever exported it. Every file is
        recorded with the sha256 of its bytes.
      </p>
      <PartnerExportButtons route={`/partners/${partnerId}/export`} crmNote="For your CRM, values as they are:" since={sinceLastExport(actor, actor.eventId, partnerId)} timeZone={actor.timeZone} />
      <h3>Export history</h3>
      <ExportHistory entries={listPartnerExports(actor, actor.eventId, partnerId, LIMIT)} limit={LIMIT} timeZone={actor.timeZone} />
    </section>
  );
}
