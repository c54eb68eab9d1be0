// ISO 8601 UTC times for export cells, like Date#toISOString but without a Date per cell: a big
// show's ZIP writes over a million of them, and building each from a cached day prefix plus
// arithmetic takes a fraction of the time (docs/decisions/012).
const DAY_MS = 86_400_000;
const days = new Map<number, string>();

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** "2026-03-14T09:05:07.042Z" for epoch milliseconds; null stays null. */
export function isoTime(ms: number | null): string | null {
  if (ms === null) return null;
  const day = Math.floor(ms / DAY_MS);
  let prefix = days.get(day);
  if (prefix === undefined) {
    if (days.size > 4096) days.clear(); // a show spans days, not thousands of them
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    days.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return `${prefix}${two(h)}:${two(m)}:${two(s)}.${three(rest - s * 1000)}Z`;
}
