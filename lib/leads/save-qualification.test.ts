import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { leadQualifications } from "@/db/schema";
import { OPERATOR, type DeviceActor } from "../auth/actor";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { readCurrentQualifications } from "./current-qualifications";
import { readQualification } from "./read-qualification";
import { saveQualification, type QualificationInput } from "./save-qualification";
import { updateLeadForm } from "./update-lead-form";

before(() => useTestDatabase());

const revisions = (consentId: number) =>
  getDb().select({ n: count() }).from(leadQualifications).where(eq(leadQualifications.consentId, consentId)).get()!.n;

const save = (device: DeviceActor, input: Omit<QualificationInput, "clientId" | "answers" | "tags"> & Partial<QualificationInput>) =>
  saveQualification(device, { tags: [], answers: {}, clientId: randomUUID(), ...input });

/** A partner with two booth phones, its tags and a question, and one attendee who shared. */
function sharedLead() {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const phoneA = makeDevice(event.eventId, partner.id, "Phone A");
  const phoneB = makeDevice(event.eventId, partner.id, "Phone B");
  const form = updateLeadForm(OPERATOR, event.eventId, partner.id, {
    tags: ["Budget", "Follow up"],
    questions: [{ label: "Wants a demo?", kind: "yes_no" }],
  });
  const attendee = event.attendees[0]!;
  const consentId = decideAtBooth(phoneA, attendee.badgeCode, "share").result.consentId;
  return { event, partner, phoneA, phoneB, attendee, consentId, question: String(form.questions[0]!.id) };
}

test("[QUALIFY] qualification history with two devices: a stale save is refused, nothing is overwritten, both saves are in the history", () => {
  const { event, partner, phoneA, phoneB, attendee, consentId, question } = sharedLead();

  // Both phones open the lead before anyone saved: both saw revision 0.
  assert.equal(readQualification(phoneA, consentId).current, null);
  assert.equal(readQualification(phoneB, consentId).current, null);

  const a = save(phoneA, { consentId, basedOn: 0, rating: "hot", notes: "Wants 40 seats", tags: ["Budget"], answers: { [question]: "yes" } });
  assert.equal(a.status, "saved");
  assert.equal(a.current.revision, 1);

  const b = save(phoneB, { consentId, basedOn: 0, rating: "cold", notes: "Just browsing" });
  assert.equal(b.status, "conflict");
  assert.ok(b.current, "the conflict shows the other device's revision");
  assert.equal(b.current.deviceName, "Phone A");
  assert.deepEqual({ rating: b.current.rating, notes: b.current.notes, tags: b.current.tags }, { rating: "hot", notes: "Wants 40 seats", tags: ["Budget"] });
  assert.equal(revisions(consentId), 1, "the stale save wrote nothing");
  assert.equal(readQualification(phoneA, consentId).current!.notes, "Wants 40 seats");

  // Phone B merges on purpose: based on revision 1 now.
  const merged = save(phoneB, { consentId, basedOn: 1, rating: "warm", notes: "Wants 40 seats\nJust browsing", tags: ["Budget", "Follow up"] });
  assert.equal(merged.status, "saved");
  assert.equal(merged.current.revision, 2);
  assert.equal(merged.current.deviceName, "Phone B");

  const view = readQualification(phoneA, consentId);
  assert.deepEqual(
    view.history.map((r) => [r.revision, r.basedOn, r.deviceName, r.rating]),
    [
      [2, 1, "Phone B", "warm"],
      [1, 0, "Phone A", "hot"],
    ],
  );
  assert.deepEqual(view.history[1]!.answers, { [question]: "yes" });
  assert.equal(view.labels[question], "Wants a demo?");

  // What lists and exports read: the current values, per attendee.
  const current = readCurrentQualifications(OPERATOR, event.eventId, partner.id);
  assert.deepEqual(current.get(attendee.id), { consentId, rating: "warm", notes: "Wants 40 seats\nJust browsing" });
});

test("[QUALIFY] a retried save records once; a save that changes nothing adds no revision", () => {
  const { phoneA, consentId } = sharedLead();
  const input = { consentId, basedOn: 0, clientId: randomUUID(), rating: "warm" as const, notes: "", tags: [], answers: {} };
  const first = saveQualification(phoneA, input);
  const retry = saveQualification(phoneA, input);
  assert.equal(first.status, "saved");
  assert.deepEqual(retry, first);
  const same = save(phoneA, { consentId, basedOn: 1, rating: "warm", notes: "  " });
  assert.equal(same.status, "saved");
  assert.equal(same.current.revision, 1);
  assert.equal(revisions(consentId), 1);
});

test("[QUALIFY] another partner's device can neither read nor write the lead", () => {
  const { event, consentId } = sharedLead();
  const other = makeDevice(event.eventId, event.partners[1]!.id, "Other booth");
  assert.throws(() => readQualification(other, consentId), (e: unknown) => e instanceof AppError && e.code === "not_found");
  assert.throws(() => save(other, { consentId, basedOn: 0, rating: "hot", notes: "mine now" }), (e: unknown) => e instanceof AppError && e.code === "not_found");
  assert.equal(revisions(consentId), 0);
});

test("[QUALIFY] only the partner's tags and fitting answers are accepted; nothing is saved otherwise", () => {
  const { phoneA, consentId, question } = sharedLead();
  assert.throws(
    () => save(phoneA, { consentId, basedOn: 0, rating: null, notes: "", tags: ["Budget", "VIP"], answers: { [question]: "maybe" } }),
    (e: unknown) => e instanceof AppError && e.code === "invalid" && !!e.fields?.tags && !!e.fields?.[`answers.${question}`],
  );
  assert.throws(() => save(phoneA, { consentId, basedOn: 0, rating: "scorching" as never, notes: "" }), (e: unknown) => e instanceof AppError && e.code === "invalid");
  assert.equal(revisions(consentId), 0);
});
