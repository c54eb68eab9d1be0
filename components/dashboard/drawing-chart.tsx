// The prize drawings: entries, and how many of them are eligible now (enough distinct booths
// visited, whatever the attendee decided about sharing), from lib/drawing.
import Link from "next/link";
import type { DrawingSummary } from "@/lib/drawing/drawing-summary";
import { ChartCard } from "./chart-card";
import { count } from "./format";
import { BAR, BAR_2 } from "./palette";

export function DrawingEntries({ eventId, drawings }: { eventId: number; drawings: DrawingSummary[] }) {
  return (
    <ChartCard
      id="chart-drawings"
      title="Prize drawing entries"
      intro={
        <>
          Entries, and the entries eligible if the draw happened now. <Link href={`/events/${eventId}/drawings`}>Manage prize drawings</Link>
        </>
      }
      empty={drawings.length === 0 ? "This event has no prize drawing. Create one on Manage prize drawings (event overview)." : undefined}
      chart={{
        labels: drawings.map((d) => d.name),
        series: [
          { label: "Entries", values: drawings.map((d) => d.entries), color: BAR },
          { label: "Eligible", values: drawings.map((d) => d.eligible), color: BAR_2 },
        ],
        horizontal: true,
      }}
      tableOpen
      table={{
        caption: "Prize drawing entries",
        columns: ["Drawing", "Entries", "Eligible", "Booths to visit"],
        rows: drawings.map((d) => ({
          key: String(d.id),
          cells: [d.name, count(d.entries), count(d.eligible), count(d.required)],
        })),
      }}
    />
  );
}
