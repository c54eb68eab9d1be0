import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DrawingStatusList } from "@/components/drawing/drawing-status";
import { LanguageChoice } from "@/components/me/language-choice";
import { PartnerCard } from "@/components/me/partner-card";
import { attendeeLanguage } from "@/lib/attendees/attendee-language";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { openAttendeePage } from "@/lib/auth/attendee-page";
import { SlowDown } from "@/components/me/slow-down";
import { listMyPartners } from "@/lib/consent/my-decisions";
import { attendeeDrawingStatus } from "@/lib/drawing/attendee-drawing-status";
import { getEvent } from "@/lib/events/events";
import { languageOr } from "@/lib/i18n/language";
import { ME_COPY } from "@/lib/i18n/me-copy";
import { readRetention } from "@/lib/retention/read-retention";
import { DeleteMyData } from "@/components/me/delete-my-data";
import { chooseLanguageAction, enterDrawingAction, eraseMyDataAction, pageDecisionAction } from "./actions";


type Params = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> };

/** The page's language: ?lang= once, else the attendee's kept choice. */
async function pageLanguage(token: string, searchParams: Params["searchParams"]) {
  const actor = attendeeFromToken(token);
  return languageOr((await searchParams).lang, actor ? attendeeLanguage(actor.attendeeId) : undefined);
}

export async function generateMetadata({ params, searchParams }: Params): Promise<Metadata> {
  const language = await pageLanguage((await params).token, searchParams);
  // The token in the address is the attendee's key: never send it on as a referrer, never index it.
  return { title: ME_COPY[language].title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function MePage({ params, searchParams }: Params) {
  const { token } = await params;
  const opened = await openAttendeePage(token);
  if ("retryAfter" in opened) return <SlowDown retryAfter={opened.retryAfter} />;
  const actor = opened.actor;
  if (!actor) notFound();
  const event = getEvent(actor, actor.eventId);
  const partners = listMyPartners(actor);
  const drawings = attendeeDrawingStatus(actor);
  const timeZone = actor.timeZone;
  // ?lang= shows the page in a language once; the buttons keep the choice (attendee-language.ts).
  const language = await pageLanguage(token, searchParams);
  const t = ME_COPY[language];
  const base = `/me/${token}`;

  return (
    <main className="narrow stack" lang={language}>
      <h1>{t.hello(actor.firstName)}</h1>
      <p>{t.intro(event.name)}</p>
      <LanguageChoice token={token} language={language} choose={chooseLanguageAction} />

      <h2>{t.partnersHeading}</h2>
      {partners.length === 0 ? (
        <p className="muted">{t.noPartners}</p>
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
            language={language}
            timeZone={timeZone}
          />
        ))
      )}

      <h2>{t.drawingHeading}</h2>
      <p className="small muted">{t.drawingNote}</p>
      <DrawingStatusList statuses={drawings} token={token} enter={enterDrawingAction} language={language} timeZone={timeZone} />
      <DeleteMyData token={token} language={language} retentionDays={readRetention(actor, actor.eventId).retentionDays} action={eraseMyDataAction} />
    </main>
  );
}
