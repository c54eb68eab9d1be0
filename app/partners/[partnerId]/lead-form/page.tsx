import type { Metadata } from "next";
import { LeadFormEditor } from "@/components/organizer/lead-form-editor";
import { AdminsOnly } from "@/components/partner/admins-only";
import { AgreementRequired } from "@/components/partner/agreement-required";
import { agreementStanding } from "@/lib/auth/agreement-gate";
import { requirePartnerPage } from "@/lib/auth/guards";
import { idParam } from "@/lib/http/pages";
import { readLeadForm } from "@/lib/leads/read-lead-form";
import { partnerLeadFormAction } from "../actions";

export const metadata: Metadata = { title: "Tags and questions" };

/** What the booth phones record about a lead: the partner admin edits it (the organizer may too). */
export default async function WorkspaceLeadFormPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/lead-form`);
  if (actor.role !== "admin") return <AdminsOnly what="edit the tags and questions" />;
  const standing = agreementStanding(actor.eventId, partnerId);
  if (standing.state !== "accepted") return <AgreementRequired partnerId={partnerId} standing={standing} admin />;
  return (
    <section className="card stack" aria-labelledby="lead-form-heading">
      <h2 id="lead-form-heading">Tags and questions for the booth phones</h2>
      <p className="small muted">Booth staff rate each shared lead cold, warm or hot and add notes; here you set the tags they can pick and the questions they answer.</p>
      <LeadFormEditor eventId={actor.eventId} partnerId={partnerId} form={readLeadForm(actor, actor.eventId, partnerId)} action={partnerLeadFormAction} />
    </section>
  );
}
