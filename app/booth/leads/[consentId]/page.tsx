import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QualificationHistory } from "@/components/leads/qualification-history";
import { QualifyLead } from "@/components/leads/qualify-lead";
import { getDevice } from "@/lib/auth/guards";
import { idParam, orNotFound } from "@/lib/http/pages";
import { readQualification } from "@/lib/leads/read-qualification";
import { saveQualificationAction } from "./actions";

export const metadata: Metadata = { title: "Rate a lead" };

/** One lead on a paired booth phone: the qualification form and who saved what, when. */
export default async function BoothLeadPage({ params }: { params: Promise<{ consentId: string }> }) {
  const consentId = idParam((await params).consentId);
  const device = await getDevice();
  if (!device) notFound();
  // Anything that is not a current lead of this partner (a decline, a withdrawn or replaced
  // share, another partner's) is the same 404: walking ids teaches a phone nothing (decision 029).
  const { lead, form, current, history, labels } = orNotFound(() => readQualification(device, consentId));
  return (
    <main className="narrow stack">
      <p className="small">
        <Link href="/booth/leads">← Leads</Link> · <a href="/scan">Scanner</a>
      </p>
      <h1>
        {lead.firstName} {lead.lastName}
      </h1>
      {(lead.company || lead.jobTitle) && <p className="muted">{[lead.jobTitle, lead.company].filter(Boolean).join(", ")}</p>}
      <QualifyLead key={consentId} consentId={consentId} form={form} current={current} labels={labels} timeZone={device.timeZone} save={saveQualificationAction} />
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <QualificationHistory history={history} labels={labels} thisDeviceId={device.deviceId} timeZone={device.timeZone} />
      </section>
    </main>
  );
}
