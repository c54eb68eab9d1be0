import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import Link from "next/link";
import { dashboardFigures } from "@/lib/dashboard/dashboard-figures";
import { ScansPerHour, VisitsPerBooth } from "@/components/dashboard/activity-charts";
import { ShareRatePerPartner } from "@/components/dashboard/consent-charts";
import { DrawingEntries } from "@/components/dashboard/drawing-chart";
import { FigureCards } from "@/components/dashboard/figure-cards";
import { PhoneFlagsPanel } from "@/components/dashboard/phone-flags";
import { PhoneMissesPanel } from "@/components/dashboard/phone-misses";
import { SetupGuide } from "@/components/dashboard/setup-guide";
import styles from "@/components/dashboard/dashboard.module.css";
import { AutoRefresh } from "@/components/leads/auto-refresh";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/dashboard");
  const figures = dashboardFigures(organizer, eventId);
  return (
    <>
      <p className="small">
        <Link href={`/events/${eventId}`}>← {event.name}</Link>
      </p>
      <h1>Dashboard</h1>
      <AutoRefresh seconds={10} />
      <SetupGuide eventId={eventId} slug={event.slug} totals={figures.totals} firstPartnerId={figures.partners[0]?.id ?? null} />
      <FigureCards totals={figures.totals} at={figures.at} />
      <div className={styles.charts}>
        <ScansPerHour hours={figures.hours} />
        <VisitsPerBooth partners={figures.partners} scans={figures.totals.scans} />
        <ShareRatePerPartner partners={figures.partners} />
        <DrawingEntries eventId={eventId} drawings={figures.drawings} />
      </div>
      <PhoneFlagsPanel eventId={eventId} phones={figures.phones} />
      <PhoneMissesPanel eventId={eventId} phones={figures.misses} />
    </>
  );
}
