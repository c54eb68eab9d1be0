// The event's time zone: an IANA name (Europe/Berlin) the runtime knows, or UTC, the default that
// keeps events created before zones existed as they were (docs/decisions/044-event-time-zone.md).
import { z } from "zod";

/** Every zone this runtime's ICU knows, plus "UTC" (Node 20 lists only canonical names, not UTC). */
export const TIME_ZONES: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((name) => name !== "UTC")];
const known = new Set(TIME_ZONES);

export const DEFAULT_TIME_ZONE = "UTC";

const PICK = "Pick a time zone from the list, e.g. Europe/Berlin (an IANA name).";
/** How IANA writes a zone's name: each part starts with a capital (never an offset like "+01:00"). */
const IANA_SPELLING = /^[A-Z][A-Za-z_]*(?:\/[A-Z][A-Za-z0-9_+-]*)+$/;

/**
 * The listed name for `name`: itself, or for a current IANA name that this runtime's ICU lists
 * under its older spelling (Node 20 lists Asia/Calcutta, Europe/Kiev; people type Asia/Kolkata,
 * Europe/Kyiv), that older one, so the settings form always finds the stored name in its list.
 * A name that differs from the listed one only in case is refused, as before.
 */
function listedSpelling(name: string): string | null {
  if (known.has(name)) return name;
  if (!IANA_SPELLING.test(name)) return null;
  let listed: string;
  try {
    listed = new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null; // no zone of that name
  }
  return known.has(listed) && listed.toLowerCase() !== name.toLowerCase() ? listed : null;
}

export const TimeZoneName = z
  .string()
  .trim()
  .transform((name, ctx) => listedSpelling(name) ?? (ctx.addIssue({ code: "custom", message: PICK }), z.NEVER));

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at that instant, in ms: Kolkata +5:30 is 19,800,000, New York in winter −18,000,000. */
export function utcOffsetMs(d: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })));
  const name = format.formatToParts(d).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name); // "GMT+05:30"; "GMT" alone in some runtimes for UTC
  if (!m) throw new Error(`No UTC offset for ${timeZone} in "${name}".`);
  const sign = m[1] === "-" ? -1 : 1;
  return sign * ((Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 1000;
}
