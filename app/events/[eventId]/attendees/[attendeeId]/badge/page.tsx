import type { Metadata } from "next";
import Link from "next/link";
import { DownloadBadge } from "@/components/badges/print-badges";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { getBadgeListing } from "@/lib/attendees/attendees";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { qrSvg } from "@/lib/badges/qr-svg";
import { publicBase } from "@/lib/http/public-base";
import { idParam, orNotFound } from "@/lib/http/pages";

export const metadata: Metadata = { title: "Badge", referrer: "no-referrer" };

/**
 * One badge, front and back: the badge code for booths, and where the attendee's own page goes.
 * The personal link itself is printed on the badge only (the PDF): an organizer's screen never
 * shows or opens it, so nothing done from here can pass for the attendee's own decision.
 */
export default async function BadgePage({ params }: { params: Promise<{ eventId: string; attendeeId: string }> }) {
  const raw = await params;
  const eventId = idParam(raw.eventId);
  const attendeeId = idParam(raw.attendeeId);
  const organizer = await requireOrganizerPage(`/events/${eventId}/attendees/${attendeeId}/badge`);
  const badge = orNotFound(() => getBadgeListing(organizer, eventId, attendeeId));
  const base = await publicBase();
  const front = await qrSvg(badge.badgeCode);
  return (
    <>
      <p className="small">
        <Link href={`/events/${eventId}/attendees`}>← Attendees</Link>
      </p>
      <h1>
        Badge of {badge.firstName} {badge.lastName}
      </h1>
      <DownloadBadge eventId={eventId} attendeeId={attendeeId} personalPageBase={base} />
      <div className="row" style={{ alignItems: "flex-start" }}>
        <section className="card" style={{ width: 300 }} aria-labelledby="front">
          <h2 id="front">Front</h2>
          <p style={{ fontSize: "1.5rem", fontWeight: 700, margin: 0 }}>{badge.firstName}</p>
          <p>
            {badge.lastName}
            {badge.company ? ` · ${badge.company}` : ""}
          </p>
          <div role="img" aria-label="QR code of the badge code, for booth scanners" dangerouslySetInnerHTML={{ __html: front }} />
          <p className="code small">{formatBadgeCode(badge.badgeCode)}</p>
        </section>
        <section className="card" style={{ width: 300 }} aria-labelledby="back">
          <h2 id="back">Back</h2>
          <p>Your page: see and withdraw what you shared, and your prize-drawing status.</p>
          <p className="small muted" data-testid="personal-page-printed-only">
            The QR code of the attendee&apos;s own page is printed on the badge only (download it above). It is theirs:
            it is not shown here.
          </p>
        </section>
      </div>
    </>
  );
}
