// The badge-lookup limit of one phone (issue 13 finding 3, docs/decisions/032): a leaky bucket
// per device in rate_limits, read once and written once for a request's items, in the items'
// transaction (on the writer thread for the sync endpoint, on the request thread for the scan
// screen: a row both see, unlike memory). Only a new scan looks a badge up and pays: the same
// item again, or its decision after the scan, costs nothing. A miss costs more than a hit, a
// typed code more than a camera read. A refused item is not looked up and leaves no trace.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { devices } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { EMPTY, levelAt, waitFor } from "../rate-limit/bucket";
import { limitKey, readLimit, writeLimit } from "../rate-limit/limit-store";
import { rateLimited } from "../rate-limit/rate-limited";
import type { ScanInput } from "./booth-item";
import { BADGE_LOOKUPS, LOOKUP_COST } from "./lookup-limits";

export { BADGE_LOOKUPS, LOOKUP_COST };

type Source = ScanInput["source"];

const costOf = (source: Source, found: boolean) => LOOKUP_COST[source ?? "camera"][found ? "hit" : "miss"];

const noteDevice = prepared((db) =>
  db
    .update(devices)
    .set({
      badgeMisses: sql`${devices.badgeMisses} + ${sql.placeholder("misses")}`,
      lookupsLimitedAt: sql`coalesce(${sql.placeholder("limitedAt")}, ${devices.lookupsLimitedAt})`,
    })
    .where(eq(devices.id, sql.placeholder("deviceId")))
    .prepare(),
);

export type LookupMeter = {
  /** Before a new scan's lookup: throws rate_limited when a hit would not fit now. */
  admit(source: Source): void;
  /** After it: the hit's or the miss's cost. */
  charge(source: Source, found: boolean): void;
  /** Once, after the items, in their transaction: the bucket, and the device's misses and refusals. */
  save(): void;
};

export function lookupMeter(db: Db, actor: DeviceActor, now: Date): LookupMeter {
  const key = limitKey(BADGE_LOOKUPS, `device:${actor.deviceId}`);
  const t = now.getTime();
  let level: number | null = null; // read at the first new scan: a batch of repeats reads nothing
  let charged = false;
  let misses = 0;
  let limited = false;
  const current = () => (level ??= levelAt(readLimit(db, key) ?? EMPTY, BADGE_LOOKUPS, t));

  return {
    admit(source) {
      const wait = waitFor(current(), costOf(source, true), BADGE_LOOKUPS);
      if (wait === 0) return;
      limited = true;
      throw rateLimited(BADGE_LOOKUPS.name, wait);
    },
    charge(source, found) {
      level = current() + costOf(source, found);
      charged = true;
      if (!found) misses++;
    },
    save() {
      if (charged) writeLimit(db, key, { level: level!, at: t, blockedUntil: null });
      if (misses > 0 || limited) noteDevice(db).run({ deviceId: actor.deviceId, misses, limitedAt: limited ? t : null });
    },
  };
}
