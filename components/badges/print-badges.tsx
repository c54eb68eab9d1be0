// Buttons that download badges as PDF (app/events/[eventId]/badges/route.ts). Each is a form
// that POSTs: a print is audited, so it is never a GET a prefetch or a crawler could start.
// The answer is an attachment, so the browser downloads it and stays on this page.
import type { ReactNode } from "react";
import { BADGE_FORMAT_NAMES, BADGE_FORMATS, type BadgeFormatName } from "@/lib/badges/badge-layouts";

const badgesHref = (eventId: number, format: BadgeFormatName, attendeeId?: number) =>
  `/events/${eventId}/badges?format=${format}${attendeeId === undefined ? "" : `&attendee=${attendeeId}`}`;

/**
 * Every badge of the event, in each format. `personalPageBase` is where the backs' QR codes
 * will point; shown so a print from a laptop's localhost is caught before it is printed.
 */
export function PrintBadges({ eventId, personalPageBase }: { eventId: number; personalPageBase?: string }) {
  return (
    <section className="card stack" aria-labelledby="print-badges">
      <h2 id="print-badges">Print badges</h2>
      <ul className="stack" style={{ paddingLeft: "1.2rem", margin: 0 }}>
        {BADGE_FORMAT_NAMES.map((format) => (
          <li key={format}>
            <PdfButton href={badgesHref(eventId, format)} testId={`print-badges-${format}`}>
              {BADGE_FORMATS[format].label} (PDF)
            </PdfButton>{" "}
            <span className="small muted">{BADGE_FORMATS[format].description}</span>
          </li>
        ))}
      </ul>
      <p className="small">
        Print at actual size (100 %, not “fit to page”). Sheets: print double-sided and flip on the long edge; each page of
        fronts is followed by its backs, mirrored so that every back lands behind its own front. Cut along the marks.
      </p>
      <PersonalPageNote base={personalPageBase} />
    </section>
  );
}

/** One attendee's badge, in the one-badge-per-page formats. */
export function DownloadBadge({ eventId, attendeeId, personalPageBase }: { eventId: number; attendeeId: number; personalPageBase?: string }) {
  const link = (format: "a6" | "4x3") => (
    <PdfButton href={badgesHref(eventId, format, attendeeId)} label={`Download this badge, ${BADGE_FORMATS[format].label}`}>
      {BADGE_FORMATS[format].label}
    </PdfButton>
  );
  return (
    <div className="stack">
      <p>
        Download this badge (PDF, front then back): {link("a6")} / {link("4x3")}
      </p>
      <PersonalPageNote base={personalPageBase} />
    </div>
  );
}

function PdfButton({ href, label, testId, children }: { href: string; label?: string; testId?: string; children: ReactNode }) {
  return (
    <form method="post" action={href} style={{ display: "inline" }}>
      <button type="submit" className="button secondary" aria-label={label} data-testid={testId}>
        {children}
      </button>
    </form>
  );
}

function PersonalPageNote({ base }: { base?: string }) {
  if (!base) return null;
  const local = /^https?:\/\/(localhost|127\.|\[::1\]|0\.0\.0\.0)/i.test(base);
  return (
    <p className={local ? "alert small" : "small muted"} role={local ? "note" : undefined}>
      The back of each badge opens <code>{base}/me/…</code>.
      {local ? " Attendees' phones cannot reach that address: set FAIRLEAD_PUBLIC_URL to the address they use before printing." : ""}
    </p>
  );
}
