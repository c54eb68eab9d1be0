import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, devices, sessions } from "@/db/schema";
import { sha256Hex } from "../crypto";
import { unpairSelf } from "../devices/unpair-self";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent } from "../test/fixtures";
import { createOrganizer } from "./organizers";
import { servedOverHttps, sessionCookie } from "./session-cookie";
import { createSession, deviceFromSession, deviceSession, idleMs, organizerFromSession } from "./sessions";

before(() => useTestDatabase());

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);
let n = 0;
const organizer = async () => (await createOrganizer({ email: `idle${++n}@example.com`, name: "Idle", password: "correct horse battery" })).id;

test("[SESSION] an organizer's session ends after 12 hours unused; each use pushes the end", async () => {
  const userId = await organizer();
  const start = new Date();
  const unused = createSession({ kind: "organizer", userId }, start);
  assert.ok(organizerFromSession(unused.token, at(start, 12 * HOUR - 1000)));
  const again = createSession({ kind: "organizer", userId }, start);
  assert.equal(organizerFromSession(again.token, at(start, 12 * HOUR + 1000)), null, "12 h and a second without a request");

  const used = createSession({ kind: "organizer", userId }, start);
  assert.ok(organizerFromSession(used.token, at(start, 10 * HOUR)));
  assert.ok(organizerFromSession(used.token, at(start, 21 * HOUR)), "the use at 10 h gave it until 22 h");
  assert.equal(organizerFromSession(used.token, at(start, 34 * HOUR)), null, "unused from 21 h to 34 h");
});

test("[SESSION] a phone's session ends after 7 days unused; its scans keep it open for up to 30 days", () => {
  const event = makeEvent();
  const start = new Date();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  assert.ok(deviceFromSession(device.sessionToken, at(start, 6 * DAY)));
  assert.ok(deviceFromSession(device.sessionToken, at(start, 12 * DAY)), "the use on day 6 gave it until day 13");
  assert.equal(deviceFromSession(device.sessionToken, at(start, 19 * DAY + HOUR)), null, "unused for a week");

  const busy = makeDevice(event.eventId, event.partners[0]!.id);
  for (let day = 0; day < 30; day += 5) assert.ok(deviceFromSession(busy.sessionToken, at(start, day * DAY)));
  assert.equal(deviceFromSession(busy.sessionToken, at(start, 30 * DAY + HOUR)), null, "30 days after pairing, however busy");
});

test("[SESSION] the idle times come from the configuration", () => {
  const saved = { ...process.env };
  try {
    process.env.FAIRLEAD_ORGANIZER_IDLE_HOURS = "2";
    process.env.FAIRLEAD_PHONE_IDLE_DAYS = "1.5";
    assert.equal(idleMs("organizer"), 2 * HOUR);
    assert.equal(idleMs("device"), 1.5 * DAY);
  } finally {
    process.env = saved;
  }
  assert.equal(idleMs("organizer"), 12 * HOUR);
  assert.equal(idleMs("device"), 7 * DAY);
});

test("[SESSION] the idle deadline is written at most once a minute, not on every request", async () => {
  const userId = await organizer();
  const start = new Date();
  const session = createSession({ kind: "organizer", userId }, start);
  const deadline = () => getDb().select({ e: sessions.expiresAt }).from(sessions).where(eq(sessions.idHash, sha256Hex(session.token))).get()!.e.getTime();
  const first = deadline();
  organizerFromSession(session.token, at(start, 30_000));
  assert.equal(deadline(), first, "30 s later: unchanged");
  organizerFromSession(session.token, at(start, 5 * 60_000));
  assert.equal(deadline(), first + 5 * 60_000);
});

test("[SESSION] a phone unpairs itself: its session is refused at once, the device is revoked and audited", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const actor = deviceFromSession(device.sessionToken)!;
  unpairSelf(actor);
  assert.equal(deviceFromSession(device.sessionToken), null);
  assert.ok(getDb().select({ r: devices.revokedAt }).from(devices).where(eq(devices.id, device.deviceId)).get()!.r);
  assert.equal(getDb().select().from(sessions).where(eq(sessions.deviceId, device.deviceId)).all().length, 0);
  const audit = getDb().select().from(auditLog).where(eq(auditLog.eventId, event.eventId)).all();
  assert.ok(audit.some((a) => a.action === "devices.unpair-self" && a.actorLabel === `device:${device.deviceId}`));
});

test("[SESSION] cookies: __Host- and Secure when the public address is https, plain name without Secure on http", () => {
  assert.deepEqual(sessionCookie("organizer", true), { name: "__Host-fairlead_organizer", secure: true });
  assert.deepEqual(sessionCookie("device", false), { name: "fairlead_device", secure: false });
  const env = (url?: string) => ({ ...process.env, FAIRLEAD_PUBLIC_URL: url });
  assert.equal(servedOverHttps(null, env("https://fairlead.example")), true, "configured https, whatever the request says");
  assert.equal(servedOverHttps("http", env("https://fairlead.example")), true);
  assert.equal(servedOverHttps("https", env("http://192.168.1.20:3000")), false, "configured http");
  assert.equal(servedOverHttps("https", env(undefined)), true, "none configured: the HTTPS front's header");
  assert.equal(servedOverHttps("https, http", env(undefined)), true);
  assert.equal(servedOverHttps(null, env(undefined)), false);
});

test("[SESSION] a phone's use through the sync endpoint is written in the items' commit: it keeps the session open the same way", async () => {
  const { recordTogether } = await import("../sync/record-together");
  const event = makeEvent();
  const start = new Date();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const idHash = sha256Hex(device.sessionToken);
  const expiresAt = () => getDb().select({ at: sessions.expiresAt }).from(sessions).where(eq(sessions.idHash, idHash)).get()!.at;
  const lastSeen = () => getDb().select({ at: devices.lastSeenAt }).from(devices).where(eq(devices.id, device.deviceId)).get()!.at;

  const [seenBefore, expiresBefore] = [lastSeen()!.getTime(), expiresAt().getTime()];
  const session = deviceSession(device.sessionToken, at(start, 6 * DAY))!;
  assert.ok(session.touch?.seenAt && session.touch.expiresAt, "six days on, both are due");
  assert.equal(lastSeen()!.getTime(), seenBefore, "reading the session writes nothing");
  assert.equal(expiresAt().getTime(), expiresBefore);
  const [answer] = await recordTogether(session.actor, [{ scanId: crypto.randomUUID(), code: event.attendees[0]!.badgeCode, scannedAt: start.toISOString() }], session.touch);
  assert.ok(answer!.ok);
  assert.equal(lastSeen()!.getTime(), at(start, 6 * DAY).getTime(), "last seen: the use");
  assert.ok(expiresAt().getTime() > at(start, 12 * DAY).getTime(), "the idle deadline moved a week past the use");
  assert.equal(deviceSession(device.sessionToken, at(start, 6 * DAY + 1000))!.touch, null, "a second later nothing is due");
  assert.ok(deviceFromSession(device.sessionToken, at(start, 12 * DAY)), "so the session is open on day 12");
});
