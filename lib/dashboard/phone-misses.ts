// Phones that sent badge codes no attendee has, again and again, and when their badge lookups
// were last refused (issue 13 finding 3, docs/decisions/032): guessing shows here. A phone counts
// its misses in lib/booth/lookup-meter.ts, in the transaction of the items. A few misses are a
// normal day (another event's badge, a mistyped code); the panel lists a phone from MISSES_WORTH_A_LOOK.
import { and, asc, eq, gte, isNotNull, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, partners } from "@/db/schema";

import { MISSES_WORTH_A_LOOK } from "./phone-flag-thresholds";

export type PhoneMisses = { deviceId: number; deviceName: string; partnerId: number; partnerName: string; misses: number; limitedAt: Date | null };

/** The event's phones with repeated misses or a refused lookup, by partner and phone name. The caller has checked the actor. */
export function phoneMisses(eventId: number): PhoneMisses[] {
  return getDb()
    .select({
      deviceId: devices.id,
      deviceName: devices.name,
      partnerId: partners.id,
      partnerName: partners.name,
      misses: devices.badgeMisses,
      limitedAt: devices.lookupsLimitedAt,
    })
    .from(devices)
    .innerJoin(partners, eq(partners.id, devices.partnerId))
    .where(and(eq(devices.eventId, eventId), or(gte(devices.badgeMisses, MISSES_WORTH_A_LOOK), isNotNull(devices.lookupsLimitedAt))))
    .orderBy(asc(partners.name), asc(devices.name), asc(devices.id))
    .all();
}
