// Times on drawing pages: in UTC, said so, so an organizer and a verifier anywhere read the same.
export function utc(date: Date | string | null, fallback = "—"): string {
  if (date === null) return fallback;
  const d = typeof date === "string" ? new Date(date) : date;
  return `${d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}

export const STATUS_LABEL = {
  open: "Open for entries",
  closed: "Closed, waiting for the freeze",
  frozen: "Entries frozen, waiting for the beacon round and the draw",
  drawn: "Drawn",
} as const;

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
