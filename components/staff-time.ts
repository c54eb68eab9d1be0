// Times on staff screens (lead lists, withdrawals, exports, devices, an attendee's history):
// English, in the event's zone and naming it ("5 Dec 2026, 15:05 CET"), so an organizer and a
// booth phone read the same text. UTC for events left at UTC, as before (decision 044).
import { zoneName } from "@/lib/i18n/format-date";

type Style = { date?: "short" | "medium"; time?: "short" | "medium" };

/** "15:05:09 CET": a moment of today, on the event's clock (the dashboard's count, a page's last refresh). */
export function staffClock(d: Date, timeZone: string): string {
  return `${d.toLocaleTimeString("en-GB", { timeStyle: "medium", hourCycle: "h23", timeZone })} ${zoneName(d, timeZone, "en")}`;
}

export function staffTime(d: Date, timeZone: string, { date = "medium", time = "short" }: Style = {}): string {
  return `${d.toLocaleString("en-GB", { dateStyle: date, timeStyle: time, timeZone })} ${zoneName(d, timeZone, "en")}`;
}
