// How long the attendee's details are kept, under the notice (consent rule 11). Offline, the
// phone may not know the period: then the line is left out rather than guessed.
import type { Language } from "@/lib/consent/notice-text";
import { RETENTION_COPY } from "@/lib/i18n/retention-copy";

export function RetentionLine({ days, language }: { days: number | undefined; language: Language }) {
  if (days === undefined) return null;
  return (
    <p className="small" data-testid="retention-line">
      {RETENTION_COPY[language](days)}
    </p>
  );
}
