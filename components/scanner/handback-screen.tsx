"use client";
// The hand-back screen after a decision, in the language the attendee chose on the consent
// screen: they may still be holding the phone when it shows.
import Link from "next/link";
import { forwardRef } from "react";
import { HANDBACK_COPY } from "@/lib/i18n/handback-copy";
import type { Language } from "@/lib/i18n/language";
import { AutoReturn } from "./auto-return";
import styles from "./scanner.module.css";

type Props = { firstName: string | null; queued: boolean; lead: number | null; language: Language; onNext: () => void };

export const HandbackScreen = forwardRef<HTMLHeadingElement, Props>(function HandbackScreen({ firstName, queued, lead, language, onNext }, heading) {
  const t = HANDBACK_COPY[language];
  return (
    <main className={styles.handback} lang={language}>
      <h1 ref={heading} tabIndex={-1}>
        {t.thanks(firstName)}
      </h1>
      <p>{queued ? t.savedQueued : t.saved}</p>
      <button className="button block" type="button" onClick={onNext}>
        {t.scanNext}
      </button>
      <AutoReturn onReturn={onNext} language={language} />
      {/* Staff-facing (issue 12 §4 moves it to the lead list): left in English on purpose. */}
      {lead && (
        <Link className="button secondary block" href={`/booth/leads/${lead}`} style={{ marginTop: "0.75rem" }} lang="en">
          Add rating and notes
        </Link>
      )}
    </main>
  );
});
