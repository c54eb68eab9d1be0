// How often attendees share, per partner: shares / attendees who decided, from each attendee's
// standing decision (a share later withdrawn counts as not shared).
import { TOP_PARTNERS, shareRows } from "@/lib/dashboard/chart-rows";
import type { PartnerFigures } from "@/lib/dashboard/event-figures";
import { ChartCard } from "./chart-card";
import { count, percent, percentValue } from "./format";
import { BAR } from "./palette";

export function ShareRatePerPartner({ partners }: { partners: PartnerFigures[] }) {
  const rows = shareRows(partners);
  const withDecisions = partners.filter((p) => p.decided > 0).length;
  return (
    <ChartCard
      id="chart-share-rate"
      title="Share rate per partner"
      intro={`Of the attendees who decided at a partner's booth or on their own page, the share whose decision stands at “share” now${
        withDecisions > TOP_PARTNERS ? `: the ${TOP_PARTNERS} partners with the most decisions, the others pooled` : ""
      }. Partners without decisions are not shown.`}
      empty={
        rows.length === 0
          ? "No decisions yet. When attendees choose Share or Don't share at a booth, each partner's share rate appears here."
          : undefined
      }
      chart={{
        labels: rows.map((r) => r.label),
        series: [{ label: "Share rate", values: rows.map((r) => percentValue(r.rate)), color: BAR }],
        horizontal: true,
        unit: "percent",
      }}
      table={{
        caption: "Share rate per partner",
        columns: ["Partner", "Shared", "Decided", "Share rate"],
        rows: rows.map((r) => ({ key: r.label, cells: [r.label, count(r.shared), count(r.decided), percent(r.rate)] })),
      }}
    />
  );
}
