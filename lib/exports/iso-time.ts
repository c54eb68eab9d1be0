// ISO 8601 UTC times for export cells, like Date#toISOString but without a Date per cell: a big
// show's ZIP writes over a million of them, and building each from a cached day prefix plus
// arithmetic takes a fraction of the time (docs/decisions/012). csv-buffer.ts writes the same
// time as bytes from the same two pieces.
const DAY_MS = 86_400_000;
const days = new Map<number, string>();

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** "2026-03-14T" for a day number since the epoch (a show spans days, not thousands of them). */
export function dayPrefix(day: number): string {
  let prefix = days.get(day);
  if (prefix === undefined) {
    if (days.size > 4096) days.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    days.set(day, prefix);
  }
  return prefix;
}

/**
 * Epoch milliseconds as their day number (returned) and, in `clock`, the hours, minutes, seconds
 * and milliseconds of that day (UTC): into an array the caller keeps, so nothing is allocated.
 */
export function splitTime(ms: number, clock: Int32Array): number {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  clock[0] = h;
  clock[1] = m;
  clock[2] = s;
  clock[3] = rest - s * 1000;
  return day;
}

const clock = new Int32Array(4);

/** "2026-03-14T09:05:07.042Z" for epoch milliseconds; null stays null. */
export function isoTime(ms: number | null): string | null {
  if (ms === null) return null;
  const day = splitTime(ms, clock);
  return `${dayPrefix(day)}${two(clock[0]!)}:${two(clock[1]!)}:${two(clock[2]!)}.${three(clock[3]!)}Z`;
}
