"use client";
// The attendee's screen. Two equally prominent choices and nothing preselected (consent rules
// 1 and 3); the notice names the partner, the fields, the purpose, the privacy policy and how
// to withdraw (rule 2); the drawing is a separate choice that never depends on sharing (rule 4).
// On a repeated visit the screen looks like a first one; the attendee may ask to see the
// earlier decision (./earlier-choice.tsx), and tapping it again changes nothing.
// Offline (components/scanner/offline/) the phone knows no name, no standing decision and no
// drawing entry: it offers every open drawing it knows, unticked.
// On a phone the notice scrolls and the two choices stay in a bar at the bottom, visible from
// the first screen (issue 15 §2); "Not you? Cancel", or no tap for a stated time, goes back to
// the camera and records nothing.
import { useEffect, useRef, useState } from "react";
import { LANGUAGE_NAMES, type Language } from "@/lib/consent/notice-text";
import type { ActionResult } from "@/lib/errors";
import type { EarlierChoice as Earlier } from "@/lib/scans/earlier-choice";
import type { ConsentScreen as Screen } from "@/lib/scans/open-scan";
import { CONSENT_COPY } from "@/lib/i18n/consent-copy";
import { BOOTH_PHONE_COPY } from "@/lib/i18n/booth-phone-copy";
import { DrawingChoices } from "./drawing-choices";
import { EarlierChoice } from "./earlier-choice";
import { CONSENT_IDLE_SECONDS, useIdleReturn } from "./use-idle-return";
import { NoticeText } from "./notice-text";
import { RetentionLine } from "./retention-line";
import { PersonalCodeEntry } from "./personal-code-entry";
import styles from "./scanner.module.css";
import { attendeeError } from "@/lib/i18n/attendee-error";

type Props = {
  screen: Omit<Screen, "firstName"> & { firstName: string | null; offline?: true };
  /** personalCode: the attendee's code from the back of the badge, after a refusal that asks for it. */
  /** drawingIds: the open drawings ticked; drawing: whether any was. */
  decide: (choice: "share" | "decline", drawing: boolean, language: Language, personalCode?: string, drawingIds?: number[]) => Promise<ActionResult<unknown>>;
  /** With the language the attendee read, for the hand-back screen. */
  onDone: (language: Language) => void;
  /** The attendee asked to see their earlier decision (only on a repeat visit, online). */
  showEarlier?: () => Promise<ActionResult<Earlier>>;
  /** Staff's way out (wrong badge, attendee gone), and the idle return: back to the camera, nothing recorded. */
  onCancel: () => void;
};

export function ConsentScreen({ screen, decide, onDone, showEarlier, onCancel }: Props) {
  const [language, setLanguage] = useState<Language>(screen.notice.language);
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A share refused because the attendee withdrew it earlier (lib/booth/reshare-rule.ts).
  const [needsCode, setNeedsCode] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useIdleReturn(onCancel, saving);

  const t = CONSENT_COPY[language];
  const b = BOOTH_PHONE_COPY[language];
  const notice = screen.notices.find((n) => n.language === language) ?? screen.notice;
  const { partner } = screen;

  async function choose(choice: "share" | "decline", personalCode?: string) {
    setSaving(true);
    setError(null);
    // A phone that can neither reach the server nor keep the choice rejects: ask for another tap.
    const ids = [...ticked];
    const result = await decide(choice, ids.length > 0, notice.language, personalCode, ids).catch(() => null);
    setSaving(false);
    if (result?.ok) return onDone(language);
    const askForCode = result?.fields?.personalCode;
    if (askForCode) setNeedsCode(attendeeError({ code: "forbidden", error: askForCode }, language));
    else setError(result?.ok === false ? `${attendeeError(result, language)} ${t.notSaved}` : t.notSaved);
  }

  if (needsCode) {
    return (
      <main className={styles.consent} aria-labelledby="personal-code-heading">
        <PersonalCodeEntry language={language} message={needsCode} busy={saving} onCode={(code) => void choose("share", code)} onCancel={() => setNeedsCode(null)} />
        {saving && (
          <p role="status" className="small muted">
            {t.saving}
          </p>
        )}
      </main>
    );
  }

  const tick = (id: number, on: boolean) =>
    setTicked((was) => {
      const next = new Set(was);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <main className={`${styles.consent} ${styles.withBar}`} aria-labelledby="consent-heading" lang={language}>
      <div className={styles.topRow}>
        <button type="button" className={styles.cancel} onClick={onCancel} disabled={saving}>
          {b.cancel}
        </button>
        {screen.notices.length > 1 && (
          <div className={styles.languages} role="group" aria-label={t.language}>
            {screen.notices.map((n) => (
              <button key={n.language} type="button" lang={n.language} aria-pressed={n.language === language} onClick={() => setLanguage(n.language)}>
                {LANGUAGE_NAMES[n.language]}
              </button>
            ))}
          </div>
        )}
      </div>
      <h1 id="consent-heading" ref={heading} tabIndex={-1}>
        {screen.firstName ? t.hello(screen.firstName) : t.scanned}
      </h1>
      {screen.offline && <p className="small muted">{t.offline}</p>}
      {screen.earlier && showEarlier && <EarlierChoice partnerName={partner.name} language={language} show={showEarlier} />}
      <p className={styles.lead}>{t.question(partner.name)}</p>
      <NoticeText text={notice.text} links={[partner.privacyUrl]} />
      <RetentionLine days={screen.retentionDays} language={language} />
      <DrawingChoices drawings={screen.drawings} ticked={ticked} onTick={tick} language={language} />
      <p className="small muted">{t.notice(notice.version)}</p>
      <p className="small muted" data-testid="idle-return">
        {b.idle(CONSENT_IDLE_SECONDS)}
      </p>

      <div className={styles.decisionBar} data-testid="decision-bar">
        {error && (
          <p className="alert error" role="alert">
            {error}
          </p>
        )}
        <div className={styles.choices} role="group" aria-label={t.decisionGroup(partner.name)}>
          <button type="button" className={styles.choice} disabled={saving} onClick={() => void choose("share")}>
            {t.share(partner.name)}
          </button>
          <button type="button" className={styles.choice} disabled={saving} onClick={() => void choose("decline")}>
            {t.decline}
          </button>
        </div>
        {saving && (
          <p role="status" className="small muted">
            {t.saving}
          </p>
        )}
      </div>
    </main>
  );
}
