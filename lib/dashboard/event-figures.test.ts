import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { getDb } from "@/db/client";
import { OPERATOR, type AttendeeActor } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { IS_LATEST } from "../consent/current-consent";
import { AppError } from "../errors";
import { setEventTimeZone } from "../events/set-time-zone";
import { openScan } from "../scans/open-scan";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { eventFigures } from "./event-figures";

before(() => useTestDatabase());

const at = (iso: string) => new Date(iso);
const NOW = at("2026-03-15T03:10:00Z");

/**
 * Three partners, six attendees (one never scanned). Seven scans from 22:10 to 02:30 UTC, across
 * midnight; A2 shares with P1 and withdraws on their page; two scans get no decision.
 */
function scenario() {
  const event = makeEvent({ partnerCount: 3, attendeeCount: 6 });
  const [p1, p2, p3] = event.partners.map((p) => makeDevice(event.eventId, p.id));
  const code = (i: number) => event.attendees[i]!.badgeCode;
  const scanOnly = (device: typeof p1, i: number, iso: string) =>
    openScan(device!, { scanId: randomUUID(), code: code(i), scannedAt: iso }, at(iso));
  decideAtBooth(p1!, code(0), "share", { at: at("2026-03-14T22:10:00Z"), drawing: true });
  decideAtBooth(p1!, code(1), "decline", { at: at("2026-03-14T22:40:00Z") });
  decideAtBooth(p1!, code(2), "share", { at: at("2026-03-14T23:05:00Z") });
  decideAtBooth(p2!, code(0), "share", { at: at("2026-03-14T23:59:59.999Z") });
  scanOnly(p2, 3, "2026-03-15T00:00:00.000Z");
  scanOnly(p1, 0, "2026-03-15T00:20:00Z");
  decideAtBooth(p3!, code(4), "decline", { at: at("2026-03-15T02:30:00Z"), drawing: true });
  const me = attendeeFromToken(event.attendees[2]!.personalToken)!;
  decideOnMyPage(me, event.partners[0]!.id, "decline", at("2026-03-15T02:45:00Z"));
  return { event, me };
}

const one = (sql: string, ...args: unknown[]) => Object.values(getDb().$client.prepare(sql).get(...args) as object)[0] as number;

test("[DASHBOARD] every figure equals a direct count in the database and the hand-computed value", () => {
  const { event } = scenario();
  const id = event.eventId;
  const f = eventFigures(OPERATOR, id, NOW);
  const direct = {
    partners: one("select count(*) from partners where event_id = ?", id),
    devices: one("select count(*) from devices where event_id = ? and revoked_at is null", id),
    attendees: one("select count(*) from attendees where event_id = ?", id),
    scans: one("select count(*) from scans where event_id = ?", id),
    visitors: one("select count(distinct attendee_id) from scans where event_id = ?", id),
    leads: one(`select count(*) from consent_events ce where ce.event_id = ? and ce.action = 'grant' and ${IS_LATEST}`, id),
    decided: one("select count(*) from (select distinct partner_id, attendee_id from consent_events where event_id = ?)", id),
    withdrawals: one(`select count(*) from consent_events ce where ce.event_id = ? and ce.action = 'withdraw' and ${IS_LATEST}`, id),
  };
  const { shareRate, ...counts } = f.totals;
  assert.deepEqual(counts, direct);
  assert.deepEqual(counts, { partners: 3, devices: 3, attendees: 6, scans: 7, visitors: 5, leads: 2, decided: 5, withdrawals: 1 });
  assert.equal(shareRate, 2 / 5);

  const mine = event.partners.map((p) => f.partners.find((x) => x.id === p.id)!);
  assert.deepEqual(mine.map((p) => [p.scans, p.visitors, p.decided, p.shared, p.withdrawn]), [
    [4, 3, 3, 1, 1], // A0 shared (and came back), A1 declined, A2 shared then withdrew
    [2, 2, 1, 1, 0], // A0 shared; A3 was scanned and walked away
    [1, 1, 1, 0, 0], // A4 declined
  ]);
  for (const p of f.partners) {
    assert.equal(p.visitors, one("select count(distinct attendee_id) from scans where partner_id = ?", p.id));
    assert.equal(p.scans, one("select count(*) from scans where partner_id = ?", p.id));
  }

  const [drawing] = f.drawings;
  assert.equal(drawing!.entries, one("select count(*) from drawing_entries where drawing_id = ?", event.drawingId));
  // Half of three partners: two booths. A0 visited P1 and P2; A4 only P3 (and declined: no matter).
  assert.deepEqual([drawing!.entries, drawing!.eligible, drawing!.required], [2, 1, 2]);
});

test("[DASHBOARD] scans are bucketed by clock hour across midnight, empty hours as 0, up to the current hour", () => {
  const { event } = scenario();
  const f = eventFigures(OPERATOR, event.eventId, NOW);
  assert.deepEqual(
    f.hours.map((h) => [h.start.toISOString().slice(11, 16), h.scans]),
    [["22:00", 2], ["23:00", 2], ["00:00", 2], ["01:00", 0], ["02:00", 1], ["03:00", 0]],
  );
  assert.equal(f.hours[2]!.start.toISOString(), "2026-03-15T00:00:00.000Z");
  for (const h of f.hours) {
    const from = h.start.getTime();
    assert.equal(h.scans, one("select count(*) from scans where event_id = ? and scanned_at >= ? and scanned_at < ?", event.eventId, from, from + 3_600_000));
  }
});

test("[DASHBOARD] an event in Kolkata (+5:30): its hours are the local hours, each one counted from the scans in it", () => {
  const { event } = scenario();
  const kolkata = setEventTimeZone(OPERATOR, event.eventId, { timeZone: "Asia/Kolkata" });
  const f = eventFigures(OPERATOR, event.eventId, NOW);
  assert.equal(f.timeZone, kolkata);
  // 22:10 and 22:40 UTC are 03:40 and 04:10 in Kolkata: two local hours, where UTC had one.
  assert.deepEqual(
    f.hours.map((h) => [h.start.toISOString().slice(11, 16), h.scans]),
    [["21:30", 1], ["22:30", 2], ["23:30", 3], ["00:30", 0], ["01:30", 0], ["02:30", 1]],
  );
  for (const h of f.hours) {
    const from = h.start.getTime();
    assert.equal(h.scans, one("select count(*) from scans where event_id = ? and scanned_at >= ? and scanned_at < ?", event.eventId, from, from + 3_600_000));
  }
});

test("[DASHBOARD] a share counts only while it stands: withdrawn, shared again, or an older share arriving late", () => {
  const { event, me } = scenario();
  const p1 = event.partners[0]!.id;
  const shared = () => eventFigures(OPERATOR, event.eventId, NOW).partners.find((p) => p.id === p1)!.shared;
  assert.equal(shared(), 1);
  decideOnMyPage(me, p1, "share", at("2026-03-15T03:00:00Z"));
  assert.equal(shared(), 2, "shared again after the withdrawal");
  decideOnMyPage(me, p1, "decline", at("2026-03-15T03:05:00Z"));
  // An offline phone delivers a share made before that withdrawal, then one made at the same
  // millisecond: the withdrawal still stands (the later time wins, and a withdrawal wins a tie).
  // (With the attendee's personal code: without it a share after a withdrawal is refused, lib/booth/reshare-rule.ts.)
  const phone = makeDevice(event.eventId, p1);
  const personalCode = event.attendees[2]!.personalToken;
  decideAtBooth(phone, event.attendees[2]!.badgeCode, "share", { at: at("2026-03-15T03:04:00Z"), personalCode });
  decideAtBooth(phone, event.attendees[2]!.badgeCode, "share", { at: at("2026-03-15T03:05:00Z"), personalCode });
  const f = eventFigures(OPERATOR, event.eventId, NOW);
  assert.equal(shared(), 1);
  assert.equal(f.totals.withdrawals, 1);
  assert.equal(f.totals.leads, one(`select count(*) from consent_events ce where ce.event_id = ? and ce.action = 'grant' and ${IS_LATEST}`, event.eventId));
});

test("[DASHBOARD] another event's scans and decisions are never counted", () => {
  const { event } = scenario();
  const before = eventFigures(OPERATOR, event.eventId, NOW);
  const other = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const device = makeDevice(other.eventId, other.partners[0]!.id);
  decideAtBooth(device, other.attendees[0]!.badgeCode, "share", { at: at("2026-03-15T01:30:00Z"), drawing: true });
  decideAtBooth(device, other.attendees[1]!.badgeCode, "decline", { at: at("2026-03-15T01:40:00Z") });
  const after = eventFigures(OPERATOR, event.eventId, NOW);
  assert.deepEqual(after, before);
  const theirs = eventFigures(OPERATOR, other.eventId, NOW);
  assert.deepEqual([theirs.totals.scans, theirs.totals.leads, theirs.totals.decided, theirs.partners.length], [2, 1, 2, 1]);
});

test("[DASHBOARD] booth devices, attendees and organizers of other events are refused", async () => {
  const { event } = scenario();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const attendee: AttendeeActor = { kind: "attendee", attendeeId: event.attendees[0]!.id, eventId: event.eventId, firstName: "Ada0", timeZone: "UTC" };
  assert.throws(() => eventFigures(device, event.eventId), (e: AppError) => e.code === "forbidden");
  assert.throws(() => eventFigures(attendee, event.eventId), (e: AppError) => e.code === "forbidden");
  const stranger = await makeOrganizer();
  assert.throws(() => eventFigures(stranger, event.eventId), (e: AppError) => e.code === "not_found");
  const organizer = await makeOrganizer();
  const own = makeEvent({ organizer });
  assert.equal(eventFigures(organizer, own.eventId).totals.attendees, 3);
});
