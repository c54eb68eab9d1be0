import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { count as sqlCount, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, pairingLinks, sessions } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { deviceFromSession } from "../auth/sessions";
import { sha256Hex } from "../crypto";
import { AppError, type ErrorCode } from "../errors";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { createPairingLink, describePairingLink, pairDevice } from "./pairing";
import { listDevices, revokeDevice } from "./devices";

before(() => useTestDatabase());

const rows = (table: typeof devices | typeof sessions) => getDb().select({ n: sqlCount() }).from(table).get()!.n;
const fails = (code: ErrorCode) => (e: unknown) => e instanceof AppError && e.code === code;
const MINUTE = 60_000;

test("[PAIRING] a link pairs one phone, once", () => {
  const event = makeEvent();
  const partner = event.partners[1]!;
  const link = createPairingLink(OPERATOR, event.eventId, partner.id);
  const paired = pairDevice({ token: link.token, deviceName: "Booth phone 1" });
  assert.equal(paired.partnerName, partner.name);
  const actor = deviceFromSession(paired.session.token);
  assert.deepEqual(
    [actor?.deviceId, actor?.partnerId, actor?.eventId, actor?.deviceName],
    [paired.deviceId, partner.id, event.eventId, "Booth phone 1"],
  );

  const before = [rows(devices), rows(sessions)];
  assert.throws(() => pairDevice({ token: link.token, deviceName: "Booth phone 2" }), fails("gone"));
  assert.throws(() => describePairingLink(link.token), fails("gone"));
  assert.deepEqual([rows(devices), rows(sessions)], before, "no second device or session");
  assert.deepEqual(listDevices(OPERATOR, event.eventId, partner.id).map((d) => d.name), ["Booth phone 1"]);
});

test("[PAIRING] an expired link is refused and pairs nothing", () => {
  const event = makeEvent();
  const made = new Date("2026-03-14T08:00:00Z");
  const link = createPairingLink(OPERATOR, event.eventId, event.partners[0]!.id, 30, made);
  assert.equal(link.expiresAt.getTime(), made.getTime() + 30 * MINUTE);
  const late = new Date(made.getTime() + 31 * MINUTE);
  const before = rows(devices);
  assert.throws(() => describePairingLink(link.token, late), fails("gone"));
  assert.throws(() => pairDevice({ token: link.token, deviceName: "Late phone" }, late), fails("gone"));
  assert.equal(rows(devices), before);
  // The same link, still in time, works: the refusal was about time, not the token.
  const inTime = new Date(made.getTime() + 29 * MINUTE);
  assert.equal(pairDevice({ token: link.token, deviceName: "On-time phone" }, inTime).partnerName, event.partners[0]!.name);
});

test("[PAIRING] the pairing page names the partner and booth before pairing", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const link = createPairingLink(OPERATOR, event.eventId, partner.id);
  const shown = describePairingLink(link.token);
  assert.deepEqual([shown.partnerName, shown.booth], [partner.name, partner.booth]);
  assert.equal(shown.expiresAt.getTime(), link.expiresAt.getTime());
  assert.throws(() => describePairingLink(link.token.slice(0, -1) + (link.token.endsWith("A") ? "B" : "A")), fails("gone"));
});

test("[PAIRING] the token is stored only as its sha256", () => {
  const event = makeEvent();
  const link = createPairingLink(OPERATOR, event.eventId, event.partners[0]!.id);
  assert.ok(link.token.length >= 40, "256-bit token");
  const row = getDb().select().from(pairingLinks).where(eq(pairingLinks.tokenHash, sha256Hex(link.token))).get();
  assert.ok(row, "found by hash");
  const dump = JSON.stringify(getDb().$client.prepare("select * from pairing_links").all());
  assert.ok(!dump.includes(link.token), "the raw token is nowhere in pairing_links");
});

test("[PAIRING] revoking a device locks it out at once and deletes its sessions", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const bystander = makeDevice(event.eventId, event.partners[0]!.id, "Other phone");
  const sessionsOf = (id: number) => getDb().select({ n: sqlCount() }).from(sessions).where(eq(sessions.deviceId, id)).get()!.n;
  assert.equal(sessionsOf(device.deviceId), 1);

  revokeDevice(OPERATOR, event.eventId, device.deviceId);
  assert.equal(deviceFromSession(device.sessionToken), null);
  assert.equal(sessionsOf(device.deviceId), 0);
  assert.ok(listDevices(OPERATOR, event.eventId, event.partners[0]!.id).find((d) => d.id === device.deviceId)?.revokedAt);
  assert.equal(deviceFromSession(bystander.sessionToken)?.deviceId, bystander.deviceId, "other devices keep working");
});

test("[PAIRING] a device of another event cannot be revoked through this one", async () => {
  const organizer = await makeOrganizer();
  const mine = makeEvent({ organizer });
  const theirs = makeEvent();
  const device = makeDevice(theirs.eventId, theirs.partners[0]!.id);
  assert.throws(() => revokeDevice(organizer, mine.eventId, device.deviceId), fails("not_found"));
  assert.throws(() => revokeDevice(organizer, theirs.eventId, device.deviceId), fails("not_found"));
  assert.throws(() => revokeDevice(device, theirs.eventId, device.deviceId), fails("forbidden"));
  assert.equal(deviceFromSession(device.sessionToken)?.deviceId, device.deviceId, "still paired");
  assert.equal(getDb().select().from(devices).where(eq(devices.id, device.deviceId)).get()!.revokedAt, null);
});
