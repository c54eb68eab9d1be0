import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { listLeads } from "../consent/current-consent";
import { getReceipt } from "../consent/receipts/get-receipt";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { readQualification } from "./read-qualification";
import { saveQualification } from "./save-qualification";

before(() => useTestDatabase());

// Every lib function behind a booth route that takes a consent id (app/booth/leads/[consentId]
// page and action, app/booth/receipts/[consentId] page and json route).
const ROUTES: Record<string, (device: DeviceActor, consentId: number) => unknown> = {
  "lead page": (d, id) => readQualification(d, id),
  "rating action": (d, id) => saveQualification(d, { consentId: id, basedOn: 0, clientId: randomUUID(), rating: "warm", notes: "", tags: [], answers: {} }),
  "receipt page and json": (d, id) => getReceipt(d, id),
};

test("[PRIVACY] a booth phone walking consent ids 1..N reaches its own current leads and nothing else: every other id is the same 404", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 7 });
  const [mine, theirs] = event.partners;
  const phone = makeDevice(event.eventId, mine!.id);
  const otherPhone = makeDevice(event.eventId, theirs!.id);
  const [shares, declines, withdrew, reshared, elsewhere, declinedTwice, declinedThenShared] = event.attendees;
  const start = Date.now() - 60_000;
  const at = (s: number) => new Date(start + s * 1000);

  decideAtBooth(phone, shares!.badgeCode, "share", { at: at(1) });
  decideAtBooth(phone, declines!.badgeCode, "decline", { at: at(2) });
  decideAtBooth(phone, withdrew!.badgeCode, "share", { at: at(3) });
  decideOnMyPage(attendeeFromToken(withdrew!.personalToken)!, mine!.id, "decline", at(4));
  // Shared, withdrew, shared again on their own page: the first grant's id is no lead any more.
  decideAtBooth(phone, reshared!.badgeCode, "share", { at: at(5) });
  const me = attendeeFromToken(reshared!.personalToken)!;
  decideOnMyPage(me, mine!.id, "decline", at(6));
  decideOnMyPage(me, mine!.id, "share", at(7));
  decideAtBooth(otherPhone, elsewhere!.badgeCode, "share", { at: at(8) });
  decideAtBooth(phone, elsewhere!.badgeCode, "decline", { at: at(9) });
  decideAtBooth(phone, declinedTwice!.badgeCode, "decline", { at: at(10) });
  decideAtBooth(phone, declinedTwice!.badgeCode, "decline", { at: at(11) });
  // Declined at the booth, shared later on their own page: a lead now, whose decline stays unreachable.
  decideAtBooth(phone, declinedThenShared!.badgeCode, "decline", { at: at(12) });
  decideOnMyPage(attendeeFromToken(declinedThenShared!.personalToken)!, mine!.id, "share", at(13));
  // Another event's share with a phone of its own.
  const other = makeEvent();
  decideAtBooth(makeDevice(other.eventId, other.partners[0]!.id), other.attendees[0]!.badgeCode, "share");

  const ownLeads = listLeads(phone, phone.eventId, phone.partnerId).map((l) => l.consentId).sort((a, b) => a - b);
  assert.equal(ownLeads.length, 3, "the one who shared, the one who shared again, the one who shared after declining");
  const last = getDb().select({ n: max(consentEvents.id) }).from(consentEvents).get()!.n!;
  const names = event.attendees.map((a) => a.firstName).concat(other.attendees.map((a) => a.firstName));

  for (const [route, call] of Object.entries(ROUTES)) {
    const reached: number[] = [];
    for (let id = 1; id <= last + 3; id++) {
      try {
        call(phone, id);
        reached.push(id);
      } catch (error) {
        assert.ok(error instanceof AppError, `${route} ${id}: ${String(error)}`);
        assert.equal(error.code, "not_found", `${route} ${id}: ${error.message}`);
        for (const name of names) assert.ok(!error.message.includes(name), `${route} ${id} names ${name}: ${error.message}`);
      }
    }
    assert.deepEqual(reached, ownLeads, `${route} reaches exactly the phone's current leads`);
  }
});
