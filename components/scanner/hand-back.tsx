"use client";
// The hand-back screen: what the phone shows after the attendee decided, until the booth staff
// take it back. Identical after a share and after a decline (issue 12 §4, docs/decisions/029):
// it gets no choice and no consent id, so it cannot differ. Rating and notes are reached from
// the booth's lead list (app/booth/leads), never from here: one tap here once showed the
// attendee the partner's private rating and notes.
import type { Ref } from "react";
import type { Language } from "@/lib/consent/notice-text";
import { AutoReturn } from "./auto-return";
import { HAND_BACK_COPY } from "@/lib/i18n/hand-back-copy";
import styles from "./scanner.module.css";

type Props = {
  firstName: string | null;
  /** The decision waits in the phone's queue (offline), whichever it was. */
  queued: boolean;
  /** The language the attendee read the consent screen in. */
  language: Language;
  onNext: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
};

export function HandBack({ firstName, queued, language, onNext, headingRef }: Props) {
  const t = HAND_BACK_COPY[language];
  return (
    <main className={styles.handback} lang={language} data-testid="hand-back">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.thanks(firstName)}
      </h1>
      <p>{queued ? t.savedOnPhone : t.saved}</p>
      <button className="button block" type="button" onClick={onNext}>
        {t.next}
      </button>
      <AutoReturn onReturn={onNext} copy={t.autoReturn} />
    </main>
  );
}
