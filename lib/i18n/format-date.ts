// Dates and times an attendee reads: one unambiguous format per language, in the event's time
// zone and saying which (docs/decisions/044). Never the browser's or the server's locale:
// "12/5/2026" read as 12 May in Berlin and 5 December in Boston (issue 12 §3). The month is
// spelled out in each language; the zone is its short name where the language has one ("CET",
// "MEZ", "EST"), else its offset ("GMT+9"). Events left at UTC read as before: "14:05 UTC".
import type { Language } from "./language";

const MONTHS: Record<Language, readonly string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
};

export type ZoneOption = {
  /** The event's IANA zone (events.time_zone). Required: a caller that forgets it would state UTC as if it were the event's time. */
  timeZone: string;
};

const two = (n: number) => String(n).padStart(2, "0");
const asDate = (d: Date | string) => (typeof d === "string" ? new Date(d) : d);

// ICU's numbers in the zone, formatters cached per zone: building one is the slow part.
const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsIn(d: Date, timeZone: string) {
  let format = partsFormats.get(timeZone);
  if (!format) {
    const options = { timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hourCycle: "h23" } as const;
    format = new Intl.DateTimeFormat("en-GB", options);
    partsFormats.set(timeZone, format);
  }
  const n: Record<string, number> = {};
  for (const p of format.formatToParts(d)) if (p.type !== "literal") n[p.type] = Number(p.value);
  return { year: n.year!, month: n.month!, day: n.day!, hour: n.hour!, minute: n.minute!, second: n.second! };
}

// British English names Europe's zones (CET, BST), American English America's (EST, PST);
// whichever gives a name, not an offset. German: MEZ, MESZ, else the offset.
const NAME_LOCALES: Record<Language, readonly string[]> = { en: ["en-GB", "en-US"], de: ["de"] };
const nameFormats = new Map<string, Intl.DateTimeFormat>();
/** "CET", "MEZ", "EST", else "GMT+9": the zone as its language names it at that moment. */
export function zoneName(d: Date, timeZone: string, language: Language): string {
  let fallback = "";
  for (const locale of NAME_LOCALES[language]) {
    const key = `${locale} ${timeZone}`;
    let format = nameFormats.get(key);
    if (!format) nameFormats.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })));
    const name = format.formatToParts(d).find((p) => p.type === "timeZoneName")?.value ?? "";
    if (!/^GMT[+-]/.test(name)) return name || timeZone;
    fallback ||= name;
  }
  return fallback;
}

function day(p: { year: number; month: number; day: number }, language: Language): string {
  const month = MONTHS[language][p.month - 1]!;
  return language === "de" ? `${p.day}. ${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
}

/** "5 December 2026" / "5. Dezember 2026": the calendar day in the event's zone. */
export function formatDate(value: Date | string, language: Language, { timeZone }: ZoneOption): string {
  return day(partsIn(asDate(value), timeZone), language);
}

/** "5 December 2026, 15:05 CET" / "5. Dezember 2026, 15:05 Uhr MEZ"; "14:05 UTC" for an event in UTC. */
export function formatDateTime(value: Date | string, language: Language, { seconds = false, timeZone }: ZoneOption & { seconds?: boolean }): string {
  const d = asDate(value);
  const p = partsIn(d, timeZone);
  const time = `${two(p.hour)}:${two(p.minute)}${seconds ? `:${two(p.second)}` : ""}`;
  const zone = zoneName(d, timeZone, language);
  return language === "de" ? `${day(p, language)}, ${time} Uhr ${zone}` : `${day(p, language)}, ${time} ${zone}`;
}
