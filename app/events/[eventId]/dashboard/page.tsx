import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
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
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/dashboard");
  const figures = dashboardFigures(organizer, eventId);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Dashboard" />
      <AutoRefresh seconds={10} timeZone={figures.timeZone} />
      <SetupGuide eventId={eventId} slug={event.slug} totals={figures.totals} firstPartnerId={figures.partners[0]?.id ?? null} />
      <FigureCards totals={figures.totals} at={figures.at} timeZone={figures.timeZone} />
      <div className={styles.charts}>
        <ScansPerHour hours={figures.hours} timeZone={figures.timeZone} />
        <VisitsPerBooth partners={figures.partners} scans={figures.totals.scans} />
        <ShareRatePerPartner partners={figures.partners} />
        <DrawingEntries eventId={eventId} drawings={figures.drawings} />
      </div>
      <PhoneFlagsPanel eventId={eventId} phones={figures.phones} />
      <PhoneMissesPanel eventId={eventId} phones={figures.misses} timeZone={figures.timeZone} />
    </>
  );
}
