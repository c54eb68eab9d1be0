// The event's time zone: an IANA name (Europe/Berlin) the runtime knows, or UTC, the default that
// keeps events created before zones existed as they were (docs/decisions/044-event-time-zone.md).
import { z } from "zod";

/** Every zone this runtime's ICU knows, plus "UTC" (Node 20 lists only canonical names, not UTC). */
export const TIME_ZONES: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((name) => name !== "UTC")];
const known = new Set(TIME_ZONES);

export const DEFAULT_TIME_ZONE = "UTC";

export const TimeZoneName = z
  .string()
  .trim()
  .refine((v) => known.has(v), "Pick a time zone from the list, e.g. Europe/Berlin (an IANA name).");
