// How the dashboard writes numbers and hours: the same text in the cards, the tables and the
// charts' labels. Hours are UTC and say so (as on the drawing pages): the event has no time zone.
const counts = new Intl.NumberFormat("en-GB");
const percents = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

const seconds = new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", hourCycle: "h23", timeZone: "UTC" });

export const count = (n: number) => counts.format(n);

/** "16:20:05": when the figures were counted. */
export const clockTime = (d: Date) => seconds.format(d);

/** "14 Mar 16:20:05": a moment in the event (UTC, as every dashboard time). */
export const dayAndClock = (d: Date) => `${day.format(d)} ${seconds.format(d)}`;

/** 0.4 → "40%"; null (nothing decided yet) → "—". */
export const percent = (rate: number | null) => (rate === null ? "—" : percents.format(rate));

/** The rate as a chart value, 0–100 with one decimal. */
export const percentValue = (rate: number) => Math.round(rate * 1000) / 10;

/** "14 Mar 23:00" for the first hour and each midnight, "01:00" otherwise. */
export function hourLabels(starts: Date[]): string[] {
  return starts.map((d, i) => (i === 0 || d.getUTCHours() === 0 ? `${day.format(d)} ${time.format(d)}` : time.format(d)));
}

export const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
