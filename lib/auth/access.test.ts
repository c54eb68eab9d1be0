import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { count as sqlCount } from "drizzle-orm";
import { getDb } from "@/db/client";
import { exports, pairingLinks } from "@/db/schema";
import { OPERATOR, type DeviceActor } from "./actor";
import { AppError, type ErrorCode } from "../errors";
import { makeDevice, makeEvent, makeOrganizer, type TestEvent } from "../test/fixtures";
import { listLeads } from "../consent/current-consent";
import { recordDecision } from "../consent/record-decision";
import { openScan } from "../scans/open-scan";
import { createEvent, getEvent, listEvents } from "../events/events";
import { requireOrganizerOf } from "./access";
import { listPartners } from "../partners/partners";
import { exportPartnerLeadsCsv } from "../exports/test-downloads";
import { createPairingLink } from "../devices/pairing";

before(() => useTestDatabase());

const rows = (table: typeof exports | typeof pairingLinks) => getDb().select({ n: sqlCount() }).from(table).get()!.n;
const fails = (code: ErrorCode) => (e: unknown) => e instanceof AppError && e.code === code;

/** One shared lead per partner, so "unreachable" is not just "empty". */
function share(event: TestEvent, device: DeviceActor, attendeeIndex: number) {
  const read = { scanId: randomUUID(), code: event.attendees[attendeeIndex]!.badgeCode, scannedAt: new Date() };
  const { notice } = openScan(device, read);
  recordDecision(device, { ...read, choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: "en", decidedAt: new Date() });
}

function twoPartnersWithLeads() {
  const event = makeEvent();
  const [a, b] = [event.partners[0]!, event.partners[1]!];
  const deviceA = makeDevice(event.eventId, a.id);
  const deviceB = makeDevice(event.eventId, b.id);
  share(event, deviceA, 0);
  share(event, deviceB, 1);
  return { event, a, b, deviceA, deviceB };
}

test("[AUTH] a device sees its own partner's leads, never another partner's", () => {
  const { event, a, b, deviceA } = twoPartnersWithLeads();
  assert.deepEqual(listLeads(deviceA, event.eventId, a.id).map((l) => l.email), [event.attendees[0]!.email]);
  assert.equal(listLeads(OPERATOR, event.eventId, b.id).length, 1, "partner B does have a lead");
  assert.throws(() => listLeads(deviceA, event.eventId, b.id), fails("not_found"));
});

test("[AUTH] a device cannot reach another event, even with that event's own partner id", () => {
  const { deviceA } = twoPartnersWithLeads();
  const other = twoPartnersWithLeads();
  assert.throws(() => listLeads(deviceA, other.event.eventId, other.a.id), fails("not_found"));
  assert.throws(() => listLeads(deviceA, deviceA.eventId, other.a.id), fails("not_found"));
  assert.throws(() => getEvent(deviceA, other.event.eventId), fails("not_found"));
  assert.throws(() => listPartners(deviceA, other.event.eventId), fails("not_found"));
});

test("[AUTH] listPartners for a device returns only its own partner", () => {
  const { event, a, deviceA } = twoPartnersWithLeads();
  assert.equal(listPartners(OPERATOR, event.eventId).length, 2);
  assert.deepEqual(listPartners(deviceA, event.eventId).map((p) => [p.id, p.leads]), [[a.id, 1]]);
});

test("[AUTH] a device can neither export nor make pairing links, and nothing is recorded", () => {
  const { event, a, deviceA } = twoPartnersWithLeads();
  const before = [rows(exports), rows(pairingLinks)];
  assert.throws(() => exportPartnerLeadsCsv(deviceA, event.eventId, a.id), fails("forbidden"));
  assert.throws(() => createPairingLink(deviceA, event.eventId, a.id), fails("forbidden"));
  assert.deepEqual([rows(exports), rows(pairingLinks)], before);
});

test("[AUTH] an organizer who is not a member of the event finds nothing of it", async () => {
  const outsider = await makeOrganizer();
  const { event, a } = twoPartnersWithLeads();
  const before = [rows(exports), rows(pairingLinks)];
  assert.throws(() => getEvent(outsider, event.eventId), fails("not_found"));
  assert.throws(() => listPartners(outsider, event.eventId), fails("not_found"));
  assert.throws(() => listLeads(outsider, event.eventId, a.id), fails("not_found"));
  assert.throws(() => exportPartnerLeadsCsv(outsider, event.eventId, a.id), fails("not_found"));
  assert.throws(() => createPairingLink(outsider, event.eventId, a.id), fails("not_found"));
  assert.deepEqual([rows(exports), rows(pairingLinks)], before);
});

test("[AUTH] a member organizer reaches the event, but not another event's partner through it", async () => {
  const member = await makeOrganizer();
  const event = makeEvent({ organizer: member });
  const a = event.partners[0]!;
  share(event, makeDevice(event.eventId, a.id), 2);
  assert.equal(getEvent(member, event.eventId).slug, event.slug);
  assert.equal(listPartners(member, event.eventId).length, 2);
  assert.deepEqual(listLeads(member, event.eventId, a.id).map((l) => l.email), [event.attendees[2]!.email]);
  const file = await exportPartnerLeadsCsv(member, event.eventId, a.id);
  assert.equal(file.rows, 1);
  const link = createPairingLink(member, event.eventId, a.id);
  assert.match(link.path, /^\/pair\//);

  const foreign = twoPartnersWithLeads();
  assert.throws(() => listLeads(member, event.eventId, foreign.a.id), fails("not_found"));
  assert.throws(() => exportPartnerLeadsCsv(member, event.eventId, foreign.a.id), fails("not_found"));
  assert.throws(() => createPairingLink(member, event.eventId, foreign.a.id), fails("not_found"));
});

test("[AUTH] an actor of a kind no check knows reaches nothing: each check lets named kinds through, not all but some", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const partner = event.partners[0]!;
  // What a new kind (an auditor, say) would be before every check names it (as the partner's team member was, decision 036).
  const stranger = { kind: "auditor", userId: owner.userId, eventId: event.eventId, partnerId: partner.id } as unknown as Parameters<typeof getEvent>[0];
  assert.throws(() => getEvent(stranger, event.eventId), fails("forbidden"));
  assert.throws(() => listPartners(stranger, event.eventId), fails("forbidden"));
  assert.throws(() => listLeads(stranger, event.eventId, partner.id), fails("forbidden"));
  assert.throws(() => requireOrganizerOf(stranger, event.eventId), fails("forbidden"));
  assert.throws(() => createEvent(stranger, { name: "Sneaky", slug: "sneaky" }), fails("forbidden"));
  assert.throws(() => listEvents(stranger), fails("forbidden"));
  const exported = rows(exports);
  await assert.rejects(async () => exportPartnerLeadsCsv(stranger, event.eventId, partner.id), fails("forbidden"));
  assert.equal(rows(exports), exported, "nothing recorded");
});
