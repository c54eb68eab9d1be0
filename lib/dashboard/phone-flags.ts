// Patterns worth a look, per booth phone (issue 11 §2, docs/decisions/025): shares whose badge
// code was typed rather than read by the camera, shares decided faster than a person can read
// the screen and tap, and runs of shares closer together than a person can manage. Hints, not
// proof: the source and the device times are the phone's own claims (times clamped to
// [pairing, receipt], decision 018), so a phone that lies is flagged only as far as it lies badly.
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { consentEvents, devices, partners, scans } from "@/db/schema";
import { FAST_DECISION_MS, FAST_MIN_SHARES, RUN_GAP_MS, RUN_MIN_SHARES, TYPED_FRACTION } from "./phone-flag-thresholds";

export type PhoneFlags = {
  deviceId: number;
  deviceName: string;
  partnerId: number;
  partnerName: string;
  /** Shares this phone recorded (grants, whatever stands now). */
  shares: number;
  /** Of them, shares whose badge code the phone says was typed. */
  typed: number;
  /** Shares decided less than FAST_DECISION_MS after their scan. */
  fast: number;
  /** Runs of at least RUN_MIN_SHARES shares, each within RUN_GAP_MS of the previous… */
  runs: number;
  /** …and the shares in them. */
  inRuns: number;
};

const ce = consentEvents;

/**
 * The share's time on the phone's clock, or the server's receipt where that clock cannot be
 * used (the claim was outside [pairing, receipt] and was clamped: the bound says nothing).
 */
const shareAt = sql<number>`case when ${ce.deviceClaim} is null then ${ce.deviceTime} else ${ce.recordedAt} end`;
/** Read to tap, on the phone's clock; on the server's (scan received to decision received) if either was clamped. */
const thinkMs = sql`case when ${ce.deviceClaim} is null and ${scans.scannedClaim} is null
  then ${ce.deviceTime} - ${scans.scannedAt} else ${ce.recordedAt} - ${scans.receivedAt} end`;

/** Runs of RUN_MIN_SHARES or more among one phone's share times, each within RUN_GAP_MS of the one before. */
export function countRuns(times: number[]): { runs: number; inRuns: number } {
  const sorted = times.toSorted((a, b) => a - b);
  let runs = 0;
  let inRuns = 0;
  let length = 0;
  const close = () => {
    if (length < RUN_MIN_SHARES) return;
    runs++;
    inRuns += length;
  };
  sorted.forEach((at, i) => {
    if (i > 0 && at - sorted[i - 1]! < RUN_GAP_MS) return void length++;
    close();
    length = 1;
  });
  close();
  return { runs, inRuns };
}

const sharesOf = prepared((db) =>
  db
    .select({
      id: ce.id,
      deviceId: sql<number>`${ce.deviceId}`,
      at: shareAt,
      typed: sql<number | null>`${scans.source} = 'typed'`,
      fast: sql<number>`${thinkMs} < ${sql.raw(String(FAST_DECISION_MS))}`,
    })
    .from(ce)
    .innerJoin(scans, eq(scans.id, ce.scanId))
    .where(and(eq(ce.eventId, sql.placeholder("eventId")), gt(ce.id, sql.placeholder("after")), eq(ce.action, "grant"), eq(ce.method, "booth_device")))
    .prepare(),
);

type Phone = { times: number[]; typed: number; fast: number };
type Tally = { after: number; phones: Map<number, Phone> };

/**
 * What each dashboard refresh has read so far, per database and event: the ledger only grows
 * and a share's scan never changes, so a refresh reads just the shares after the last one it
 * saw (the index seeks to them) instead of every share of the show again.
 */
const tallies = new WeakMap<object, Map<number, Tally>>();

function tallyOf(eventId: number): Tally {
  const db = getDb();
  let events = tallies.get(db);
  if (!events) tallies.set(db, (events = new Map<number, Tally>()));
  let tally = events.get(eventId);
  if (!tally) events.set(eventId, (tally = { after: 0, phones: new Map() }));
  // As arrays, not objects: a big event has hundreds of thousands of shares.
  const rows = sharesOf(db).values({ eventId, after: tally.after }) as [id: number, deviceId: number, at: number, typed: number | null, fast: number][];
  for (const [id, deviceId, at, typed, fast] of rows) {
    let phone = tally.phones.get(deviceId);
    if (!phone) tally.phones.set(deviceId, (phone = { times: [], typed: 0, fast: 0 }));
    phone.times.push(at);
    phone.typed += typed ?? 0;
    phone.fast += fast;
    tally.after = Math.max(tally.after, id);
  }
  return tally;
}

/**
 * Every phone of the event that recorded a share, with its counts. The shares since the last
 * call, each joined to its scan by primary key; the runs are found here rather than with SQL
 * window functions, which took twice the CPU on the bench event (docs/benchmarks/dashboard.md).
 * The caller has checked the actor.
 */
export function phoneShareCounts(eventId: number): Omit<PhoneFlags, "deviceName" | "partnerId" | "partnerName">[] {
  return [...tallyOf(eventId).phones].map(([deviceId, { times, typed, fast }]) => ({ deviceId, shares: times.length, typed, fast, ...countRuns(times) }));
}

/** Whether a phone's counts are worth a look. */
export function worthALook(p: Pick<PhoneFlags, "shares" | "typed" | "fast" | "runs">): boolean {
  return p.fast >= FAST_MIN_SHARES || p.runs > 0 || (p.typed > 0 && p.typed >= p.shares * TYPED_FRACTION);
}

/** The event's phones with something to look at, by partner and phone name. The caller has checked the actor. */
export function phoneFlags(eventId: number): PhoneFlags[] {
  const flagged = new Map(phoneShareCounts(eventId).filter(worthALook).map((p) => [p.deviceId, p]));
  if (flagged.size === 0) return [];
  const phones = getDb()
    .select({ deviceId: devices.id, deviceName: devices.name, partnerId: partners.id, partnerName: partners.name })
    .from(devices)
    .innerJoin(partners, eq(partners.id, devices.partnerId))
    .where(eq(devices.eventId, eventId))
    .orderBy(asc(partners.name), asc(devices.name), asc(devices.id))
    .all();
  return phones.flatMap((phone) => {
    const counts = flagged.get(phone.deviceId);
    return counts ? [{ ...phone, ...counts }] : [];
  });
}
