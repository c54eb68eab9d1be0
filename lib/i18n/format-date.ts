// Dates and times an attendee reads: one unambiguous format per language, always in UTC and
// saying so. Never the browser's or the server's locale: "12/5/2026" read as 12 May in Berlin
// and 5 December in Boston (issue 12 §3). Events carry no time zone today, so UTC is the one
// zone every screen, receipt and email can state; the month is spelled out in each language.
import type { Language } from "./language";

const MONTHS: Record<Language, readonly string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
};

const two = (n: number) => String(n).padStart(2, "0");
const asDate = (d: Date | string) => (typeof d === "string" ? new Date(d) : d);

/** "5 December 2026" / "5. Dezember 2026" (UTC). */
export function formatDate(value: Date | string, language: Language): string {
  const d = asDate(value);
  const month = MONTHS[language][d.getUTCMonth()]!;
  return language === "de" ? `${d.getUTCDate()}. ${month} ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** "5 December 2026, 14:05 UTC" / "5. Dezember 2026, 14:05 Uhr UTC". */
export function formatDateTime(value: Date | string, language: Language, { seconds = false } = {}): string {
  const d = asDate(value);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ""}`;
  return language === "de" ? `${formatDate(d, language)}, ${time} Uhr UTC` : `${formatDate(d, language)}, ${time} UTC`;
}
