import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents } from "@/db/schema";
import { attendeeFromToken } from "../../auth/attendee";
import { decideAtBooth, decideOnMyPage } from "../../test/decide";
import { useTestDatabase } from "../../test/db";
import { makeDevice, makeEvent } from "../../test/fixtures";
import { getReceipt } from "./get-receipt";

before(() => useTestDatabase());

test("[RECEIPT] a decision made on /me is recorded as made there, and its receipt says so", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const t0 = Date.now();
  decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share", { at: new Date(t0) });
  const me = attendeeFromToken(attendee.personalToken)!;
  for (const [choice, action, state, i] of [["decline", "withdraw", "withdrawn", 1], ["share", "grant", "given", 2]] as const) {
    const decision = decideOnMyPage(me, partner.id, choice, new Date(t0 + i * 1000));
    assert.equal(decision.action, action);
    const row = getDb().select().from(consentEvents).where(eq(consentEvents.id, decision.consentId)).get()!;
    assert.deepEqual([row.method, row.deviceId, row.scanId], ["personal_page", null, null]);
    const { receipt } = getReceipt(me, decision.consentId);
    const [when] = receipt.event;
    assert.equal(when!.state, state);
    assert.deepEqual(when!.how, { method: "personal_page", device_name: null, booth: null, scan_id: null });
    assert.equal(receipt.pii_processing.purposes[0]!.collection_method, "attendee's own page");
  }
});
