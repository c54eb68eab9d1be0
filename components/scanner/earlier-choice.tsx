"use client";
// On a repeat visit the consent screen looks like a first one, with one neutral line that an
// earlier choice exists and a button for the attendee to see it (issue 12 §4,
// docs/decisions/029). Until that tap the phone holds nothing of the decision: it is fetched
// then (lib/scans/earlier-choice.ts), and shown as the consent screen showed it before.
import { useState } from "react";
import type { Language } from "@/lib/consent/notice-text";
import type { ActionResult } from "@/lib/errors";
import type { EarlierChoice as Choice } from "@/lib/scans/earlier-choice";
import { CONSENT_COPY } from "@/lib/i18n/consent-copy";
import { EARLIER_CHOICE_COPY } from "@/lib/i18n/earlier-choice-copy";
import { formatDate } from "@/lib/i18n/format-date";
import { attendeeError } from "@/lib/i18n/attendee-error";

type Props = { partnerName: string; language: Language; show: () => Promise<ActionResult<Choice>> };

export function EarlierChoice({ partnerName, language, show }: Props) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = EARLIER_CHOICE_COPY[language];
  const c = CONSENT_COPY[language];

  async function reveal() {
    setBusy(true);
    setError(null);
    const result = await show().catch(() => null);
    setBusy(false);
    if (result?.ok) setChoice(result.value);
    else setError(result?.ok === false ? attendeeError(result, language) : c.notSaved);
  }

  if (choice) {
    return (
      <p className="alert ok" data-testid="current-decision" role="status">
        {c.current(choice.action, partnerName, formatDate(choice.at, language, { timeZone: choice.timeZone }))} {c.change}
      </p>
    );
  }
  return (
    <div className="stack" data-testid="earlier-choice">
      <p className="small">{t.exists(partnerName)}</p>
      <button type="button" className="button secondary" disabled={busy} onClick={() => void reveal()}>
        {busy ? t.loading : t.show}
      </button>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
