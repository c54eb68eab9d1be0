import type { Metadata } from "next";
import Link from "next/link";
import { QualificationHistory } from "@/components/leads/qualification-history";
import { QualificationSummary } from "@/components/leads/qualification-summary";
import { requirePartnerPage } from "@/lib/auth/guards";
import { idParam, orNotFound } from "@/lib/http/pages";
import { readQualification } from "@/lib/leads/read-qualification";

export const metadata: Metadata = { title: "Lead" };

/** One lead in the workspace: who, what the booth recorded now, and every save before it. */
export default async function WorkspaceLeadPage({ params }: { params: Promise<{ partnerId: string; consentId: string }> }) {
  const raw = await params;
  const partnerId = idParam(raw.partnerId);
  const consentId = idParam(raw.consentId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/leads/${consentId}`);
  // Not a current lead of this partner (withdrawn, replaced, a decline, another partner's): the same 404.
  const { lead, current, history, labels } = orNotFound(() => readQualification(actor, consentId));
  return (
    <section className="card stack" aria-labelledby="lead-heading">
      <p className="small">
        <Link href={`/partners/${partnerId}`}>← Leads</Link> · <Link href={`/partners/${partnerId}/receipts/${consentId}`}>Consent receipt</Link>
      </p>
      <h2 id="lead-heading">
        {lead.firstName} {lead.lastName}
      </h2>
      {(lead.company || lead.jobTitle) && <p className="muted">{[lead.jobTitle, lead.company].filter(Boolean).join(", ")}</p>}
      <h3>Now</h3>
      {current ? <QualificationSummary values={current} labels={labels} /> : <p className="muted">Nobody has rated this lead yet.</p>}
      <h3>History</h3>
      <QualificationHistory history={history} labels={labels} timeZone={actor.timeZone} />
    </section>
  );
}
