// Where and when attendees were scanned: scans per hour, and distinct visitors per booth.
// Visits count whatever the attendee decided about sharing.
import type { HourBucket } from "@/lib/dashboard/scans-per-hour";
import { TOP_PARTNERS, visitRows } from "@/lib/dashboard/chart-rows";
import type { PartnerFigures } from "@/lib/dashboard/event-figures";
import { ChartCard } from "./chart-card";
import { count, hourLabels } from "./format";
import { BAR, BAR_2 } from "./palette";

const NO_SCANS = "No scans yet. When booth staff scan badges, the bars appear here, updated every 10 seconds.";

/** timeZone: the event's, which the hours were counted in (lib/dashboard/scans-per-hour.ts). */
export function ScansPerHour({ hours, timeZone }: { hours: HourBucket[]; timeZone: string }) {
  const labels = hourLabels(hours.map((h) => h.start), timeZone);
  return (
    <ChartCard
      id="chart-scans-per-hour"
      title="Scans per hour"
      intro={`Badge reads at all booths in each hour of the event's clock (${timeZone}, by the time on the booth phone): the last 24 hours of activity. Hours without scans show as 0.`}
      empty={hours.length === 0 ? NO_SCANS : undefined}
      chart={{ labels, series: [{ label: "Scans", values: hours.map((h) => h.scans), color: BAR }] }}
      table={{
        caption: `Scans per hour (${timeZone})`,
        columns: [`Hour (${timeZone})`, "Scans"],
        rows: hours.map((h, i) => ({ key: String(h.start.getTime()), cells: [labels[i]!, count(h.scans)] })),
      }}
    />
  );
}

export function VisitsPerBooth({ partners, scans }: { partners: PartnerFigures[]; scans: number }) {
  const rows = visitRows(partners);
  return (
    <ChartCard
      id="chart-visits"
      title="Visits per booth"
      intro={`Distinct attendees scanned at each partner's booth${
        partners.length > TOP_PARTNERS ? `: the ${TOP_PARTNERS} most visited, then the average of the others` : ""
      }. A visit counts whatever the attendee decided about sharing.`}
      empty={partners.length === 0 ? "No partners yet: their booths will be listed here." : scans === 0 ? NO_SCANS : undefined}
      chart={{
        labels: rows.map((r) => r.label),
        series: [
          { label: "Distinct visitors", values: rows.map((r) => r.visitors), color: BAR },
          { label: "Scans", values: rows.map((r) => r.scans), color: BAR_2 },
        ],
        horizontal: true,
      }}
      table={{
        caption: "Visits per booth",
        columns: ["Partner", "Distinct visitors", "Scans"],
        rows: rows.map((r) => ({ key: r.label, cells: [r.label, count(r.visitors), count(r.scans)] })),
      }}
    />
  );
}
