import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DrawingStatusList } from "@/components/drawing/drawing-status";
import { PartnerCard } from "@/components/me/partner-card";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { listMyPartners } from "@/lib/consent/my-decisions";
import { LANGUAGE_NAMES, isLanguage } from "@/lib/consent/notice-text";
import { attendeeDrawingStatus } from "@/lib/drawing/attendee-drawing-status";
import { getEvent } from "@/lib/events/events";
import { readRetention } from "@/lib/retention/read-retention";
import { DeleteMyData } from "@/components/me/delete-my-data";
import { enterDrawingAction, eraseMyDataAction, pageDecisionAction } from "./actions";

// The token in the address is the attendee's key: never send it on as a referrer, never index it.
export const metadata: Metadata = { title: "Your page", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function MePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> }) {
  const { token } = await params;
  const { lang } = await searchParams;
  const actor = attendeeFromToken(token);
  if (!actor) notFound();
  const event = getEvent(actor, actor.eventId);
  const partners = listMyPartners(actor);
  const drawings = attendeeDrawingStatus(actor);
  const language = lang && isLanguage(lang) ? lang : "en";
  const base = `/me/${token}`;

  return (
    <main className="narrow stack">
      <h1>Hello {actor.firstName}</h1>
      <p>
        This is your own page for <strong>{event.name}</strong>. It lists every partner whose booth scanned your badge and
        what you decided for each. You can withdraw a share here at any time, with one tap; it takes effect at once.
      </p>
      <nav aria-label="Language of the notices" className="row small">
        {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
          <a key={code} href={`${base}?lang=${code}`} aria-current={code === language ? "true" : undefined} lang={code}>
            {name}
          </a>
        ))}
      </nav>

      <h2>Partners you met</h2>
      {partners.length === 0 ? (
        <p className="muted">No booth has scanned your badge yet. When one does, it appears here.</p>
      ) : (
        partners.map(({ notices, ...met }) => (
          <PartnerCard
            key={met.partner.id}
            token={token}
            met={met}
            notice={notices.find((n) => n.language === language) ?? notices[0]!}
            clientId={randomUUID()}
            receiptBase={`${base}/receipts`}
            action={pageDecisionAction}
          />
        ))
      )}

      <h2>Prize drawing</h2>
      <p className="small muted">Your visits count for the drawing whatever you decided about sharing.</p>
      <DrawingStatusList statuses={drawings} token={token} enter={enterDrawingAction} />
      <DeleteMyData token={token} language={language} retentionDays={readRetention(actor, actor.eventId).retentionDays} action={eraseMyDataAction} />
    </main>
  );
}
