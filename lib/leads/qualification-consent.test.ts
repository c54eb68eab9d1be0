import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { leadQualificationCurrent, leadQualifications } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { readCurrentQualifications } from "./current-qualifications";
import { readQualification } from "./read-qualification";
import { saveQualification } from "./save-qualification";

before(() => useTestDatabase());

const isGone = (e: unknown) => e instanceof AppError && e.code === "gone";
// A booth phone learns nothing about a consent id that is not a current lead (issue 12 §4).
const isNotFound = (e: unknown) => e instanceof AppError && e.code === "not_found";
const rowsOf = (attendeeId: number) => ({
  history: getDb().select({ n: count() }).from(leadQualifications).where(eq(leadQualifications.attendeeId, attendeeId)).get()!.n,
  current: getDb().select({ n: count() }).from(leadQualificationCurrent).where(eq(leadQualificationCurrent.attendeeId, attendeeId)).get()!.n,
});
const input = (consentId: number, basedOn = 0) => ({ consentId, basedOn, clientId: randomUUID(), rating: "hot", notes: "Call on Monday", tags: [], answers: {} });

test("[QUALIFY] a lead who declined cannot be qualified: nothing is recorded about them", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const attendee = event.attendees[1]!;
  const declined = decideAtBooth(device, attendee.badgeCode, "decline").result.consentId;
  assert.throws(() => saveQualification(device, input(declined)), isNotFound);
  assert.throws(() => readQualification(device, declined), isNotFound);
  assert.throws(() => readQualification(OPERATOR, declined), isGone, "the organizer is told why");
  assert.deepEqual(rowsOf(attendee.id), { history: 0, current: 0 });
});

test("[QUALIFY] withdrawal erases the partner's qualification in the same transaction; sharing again starts blank", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const attendee = event.attendees[0]!;
  const grant = decideAtBooth(device, attendee.badgeCode, "share").result.consentId;
  assert.equal(saveQualification(device, input(grant)).status, "saved");
  assert.deepEqual(rowsOf(attendee.id), { history: 1, current: 1 });

  // The same person's qualification at another partner is not theirs to lose.
  const otherDevice = makeDevice(event.eventId, event.partners[1]!.id);
  const otherGrant = decideAtBooth(otherDevice, attendee.badgeCode, "share").result.consentId;
  saveQualification(otherDevice, input(otherGrant));

  const me = attendeeFromToken(attendee.personalToken)!;
  const withdrawnAt = new Date();
  assert.equal(decideOnMyPage(me, partner.id, "decline", withdrawnAt).action, "withdraw");
  assert.deepEqual(rowsOf(attendee.id), { history: 1, current: 1 }, "only the other partner's qualification is left");
  assert.throws(() => readQualification(device, grant), isNotFound);
  assert.throws(() => saveQualification(device, input(grant, 1)), isNotFound);
  assert.throws(() => readQualification(OPERATOR, grant), isGone);
  assert.equal(readCurrentQualifications(OPERATOR, event.eventId, partner.id).size, 0);

  // A millisecond later: in the same millisecond the withdrawal would win the tie.
  const again = decideOnMyPage(me, partner.id, "share", new Date(withdrawnAt.getTime() + 1)).consentId;
  const view = readQualification(device, again);
  assert.equal(view.current, null);
  assert.deepEqual(view.history, []);
  assert.equal(readQualification(otherDevice, otherGrant).current!.notes, "Call on Monday");
});
