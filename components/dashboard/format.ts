// How the dashboard writes numbers and times: the same text in the cards, the tables and the
// charts' labels. Times are the event's wall clock and name its zone (decision 044), as the
// hours are counted in it (lib/dashboard/scans-per-hour.ts).
import { zoneName } from "@/lib/i18n/format-date";
import { staffClock } from "../staff-time";

const counts = new Intl.NumberFormat("en-GB");
const percents = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });

// Building a formatter is the slow part: one per zone and kind.
const formats = new Map<string, Intl.DateTimeFormat>();
function inZone(kind: "day" | "time", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = kind === "day" ? { day: "numeric", month: "short" } : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    formats.set(key, (format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone })));
  }
  return format;
}

const zone = (d: Date, timeZone: string) => zoneName(d, timeZone, "en");

export const count = (n: number) => counts.format(n);

/** "14 Mar 16:20:05 CET": a moment in the event. */
export const dayAndClock = (d: Date, timeZone: string) => `${inZone("day", timeZone).format(d)} ${staffClock(d, timeZone)}`;

/** 0.4 → "40%"; null (nothing decided yet) → "—". */
export const percent = (rate: number | null) => (rate === null ? "—" : percents.format(rate));

/** The rate as a chart value, 0–100 with one decimal. */
export const percentValue = (rate: number) => Math.round(rate * 1000) / 10;

/**
 * "14 Mar 23:00" for the first hour and each midnight, "01:00" otherwise, on the event's clock.
 * Where the zone's name changes (daylight saving) the label names it, so the night clocks go back
 * reads "02:00", then "02:00 CET".
 */
export function hourLabels(starts: Date[], timeZone: string): string[] {
  return starts.map((d, i) => {
    const time = inZone("time", timeZone).format(d);
    const label = i === 0 || time === "00:00" ? `${inZone("day", timeZone).format(d)} ${time}` : time;
    const before = starts[i - 1];
    return before && zone(before, timeZone) !== zone(d, timeZone) ? `${label} ${zone(d, timeZone)}` : label;
  });
}

export const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
