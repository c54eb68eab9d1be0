// An event's time zone changed later: only a zone the runtime knows, organizers only, one audit
// row naming the field; a refusal changes nothing.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { getEvent } from "./events";
import { setEventTimeZone } from "./set-time-zone";
import { TIME_ZONES, utcOffsetMs } from "./time-zone";

before(() => useTestDatabase());

const audits = (eventId: number) =>
  getDb().select().from(auditLog).where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "events.update"))).all();

test("[EVENTS] the zone list has UTC first and the IANA names the runtime knows", () => {
  assert.equal(TIME_ZONES[0], "UTC");
  assert.ok(TIME_ZONES.includes("Europe/Berlin"));
  assert.ok(TIME_ZONES.includes("America/New_York"));
  assert.equal(new Set(TIME_ZONES).size, TIME_ZONES.length);
});

test("[EVENTS] an organizer changes an event's time zone; the audit names the field, from and to", async () => {
  const organizer = await makeOrganizer();
  const { eventId } = makeEvent({ partnerCount: 0, attendeeCount: 0, organizer });
  assert.equal(getEvent(organizer, eventId).timeZone, "UTC", "events start in UTC");
  assert.equal(setEventTimeZone(organizer, eventId, { timeZone: " Europe/Berlin " }), "Europe/Berlin");
  assert.equal(getEvent(organizer, eventId).timeZone, "Europe/Berlin");
  const rows = audits(eventId);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.userId, organizer.userId);
  assert.deepEqual(rows[0]!.details, { changed: ["timeZone"], timeZone: { from: "UTC", to: "Europe/Berlin" } });
  // The same zone again changes nothing and writes no second row.
  setEventTimeZone(organizer, eventId, { timeZone: "Europe/Berlin" });
  assert.equal(audits(eventId).length, 1);
});

test("[EVENTS] an unknown zone is refused with a clear message; nothing changes", async () => {
  const organizer = await makeOrganizer();
  const { eventId } = makeEvent({ partnerCount: 0, attendeeCount: 0, organizer });
  for (const timeZone of ["Europe/Atlantis", "", "+01:00", "europe/berlin"]) {
    assert.throws(
      () => setEventTimeZone(organizer, eventId, { timeZone }),
      (e: unknown) => e instanceof AppError && e.code === "invalid" && /Pick a time zone from the list/.test(e.fields?.timeZone ?? ""),
      timeZone,
    );
  }
  assert.equal(getEvent(organizer, eventId).timeZone, "UTC");
  assert.equal(audits(eventId).length, 0);
});

test("[EVENTS] neither a booth phone nor another event's organizer changes the zone", async () => {
  const mine = makeEvent({ partnerCount: 1, attendeeCount: 0 });
  const stranger = await makeOrganizer();
  makeEvent({ partnerCount: 0, attendeeCount: 0, organizer: stranger });
  const phone = makeDevice(mine.eventId, mine.partners[0]!.id);
  assert.throws(() => setEventTimeZone(phone, mine.eventId, { timeZone: "Asia/Tokyo" }), (e: unknown) => e instanceof AppError);
  assert.throws(() => setEventTimeZone(stranger, mine.eventId, { timeZone: "Asia/Tokyo" }), (e: unknown) => e instanceof AppError);
  assert.equal(audits(mine.eventId).length, 0);
  assert.equal(getEvent(OPERATOR, mine.eventId).timeZone, "UTC");
});

test("[EVENTS] today's IANA name of a zone the runtime lists under an older one is taken, and stored as listed", async () => {
  const organizer = await makeOrganizer();
  const { eventId } = makeEvent({ partnerCount: 0, attendeeCount: 0, organizer });
  const stored = setEventTimeZone(organizer, eventId, { timeZone: "Asia/Kolkata" });
  assert.ok(TIME_ZONES.includes(stored), `${stored} is in the settings form's list`);
  assert.equal(getEvent(organizer, eventId).timeZone, stored);
  assert.equal(utcOffsetMs(new Date("2026-12-05T12:00:00Z"), stored), 5.5 * 3_600_000);
});

test("[EVENTS] a zone's offset from UTC at an instant: half hours, daylight saving, west of Greenwich", () => {
  assert.equal(utcOffsetMs(new Date("2026-12-05T12:00:00Z"), "UTC"), 0);
  assert.equal(utcOffsetMs(new Date("2026-12-05T12:00:00Z"), "Europe/Berlin"), 3_600_000);
  assert.equal(utcOffsetMs(new Date("2026-07-05T12:00:00Z"), "Europe/Berlin"), 7_200_000);
  assert.equal(utcOffsetMs(new Date("2026-12-05T12:00:00Z"), "America/St_Johns"), -3.5 * 3_600_000);
  assert.equal(utcOffsetMs(new Date("2026-12-05T12:00:00Z"), "Asia/Kathmandu"), 5.75 * 3_600_000);
});
