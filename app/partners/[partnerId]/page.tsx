import type { Metadata } from "next";
import { AutoRefresh } from "@/components/leads/auto-refresh";
import { WithdrawalList } from "@/components/leads/withdrawal-list";
import { AgreementRequired } from "@/components/partner/agreement-required";
import { LeadFilters } from "@/components/partner/lead-filters";
import { WorkspaceLeadTable } from "@/components/partner/workspace-lead-table";
import { agreementStanding } from "@/lib/auth/agreement-gate";
import { requirePartnerPage } from "@/lib/auth/guards";
import { listWithdrawals } from "@/lib/consent/withdrawals";
import { idParam } from "@/lib/http/pages";
import { readLeadFilter, workspaceLeads } from "@/lib/leads/workspace-leads";

export const metadata: Metadata = { title: "Leads" };

/** Live leads: withdrawals on top, then the current leads, searched and filtered. */
export default async function WorkspaceLeadsPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}`);
  const standing = agreementStanding(actor.eventId, partnerId);
  if (standing.state !== "accepted") return <AgreementRequired partnerId={partnerId} standing={standing} admin={actor.role === "admin"} />;
  const filter = readLeadFilter(await searchParams);
  const { leads, total, tags, devices } = workspaceLeads(actor, actor.eventId, partnerId, filter);
  return (
    <section className="card stack" aria-labelledby="leads-heading">
      <h2 id="leads-heading">
        Leads{" "}
        <span className="muted">
          ({leads.length === total ? total : `${leads.length} of ${total}`})
        </span>
      </h2>
      <AutoRefresh seconds={5} timeZone={actor.timeZone} />
      <WithdrawalList withdrawals={listWithdrawals(actor, actor.eventId, partnerId)} timeZone={actor.timeZone} />
      <LeadFilters action={`/partners/${partnerId}`} filter={filter} tags={tags} devices={devices} />
      <WorkspaceLeadTable partnerId={partnerId} leads={leads} total={total} timeZone={actor.timeZone} />
    </section>
  );
}
