import assert from "node:assert/strict";
import { before, test } from "node:test";
import { OPERATOR } from "../../auth/actor";
import { useTestDatabase } from "../../test/db";
import { makeEvent } from "../../test/fixtures";
import { EVENTBRITE, PRETIX, byEmail, fixtureBytes, importBytes, importFixture, storedAttendees } from "./import-test-helpers";

before(() => useTestDatabase());

const emptyEvent = () => makeEvent({ attendeeCount: 0 }).eventId;
const eventbrite = () => fixtureBytes(EVENTBRITE).toString("utf8");
const codes = (eventId: number) => new Map(storedAttendees(eventId).map((a) => [a.id, a.badgeCode]));

test("[IMPORT] importing the same file again changes nothing and creates nobody", async () => {
  const eventId = emptyEvent();
  await importFixture(OPERATOR, eventId, EVENTBRITE);
  const before = storedAttendees(eventId);
  const again = await importFixture(OPERATOR, eventId, EVENTBRITE);
  assert.deepEqual([again.created, again.updated, again.unchanged, again.rejected], [0, 0, 38, 3]);
  assert.deepEqual(storedAttendees(eventId), before);
});

test("[IMPORT] an updated file updates contact fields, matched by registration id, but never a badge code", async () => {
  const eventId = emptyEvent();
  await importFixture(OPERATOR, eventId, EVENTBRITE);
  const before = codes(eventId);
  const updated = eventbrite()
    // Kwame: new job title, and the vendor re-issued his barcode.
    .replace("9900000001,5081954540611430706,Free Order,Sales Engineer", "9900000001,1111111111111111111,Free Order,VP Sales")
    // Nadia changed her address: still the same person by Attendee #.
    .replace("nadia.petrova4@blue.example", "Nadia.Petrova@Blue.example ")
    .concat("8140000099,2026-10-30 09:00,Grace,Hopper,grace@navy.example,1,VIP,9900000099,5555555555555555555,Free Order,Admiral,US Navy,US\n");
  const result = await importBytes(OPERATOR, eventId, Buffer.from(updated), "eventbrite-v2.csv");
  assert.deepEqual([result.created, result.updated, result.unchanged, result.rejected], [1, 2, 36, 3]);

  const [kwame] = byEmail(eventId, "kwame.hopper1@litware.example");
  assert.equal(kwame?.jobTitle, "VP Sales");
  assert.equal(kwame?.badgeCode, "5081954540611430706", "the badge already printed still scans");
  assert.equal(byEmail(eventId, "nadia.petrova4@blue.example").length, 0);
  assert.equal(byEmail(eventId, "nadia.petrova@blue.example")[0]?.externalId, "9900000004");
  const after = codes(eventId);
  for (const [id, code] of before) assert.equal(after.get(id), code);
  assert.equal(storedAttendees(eventId).length, 39);
});

test("[IMPORT] matched by email when there is no id; issued badge codes stay when a badge column appears later", async () => {
  const eventId = emptyEvent();
  const first = await importFixture(OPERATOR, eventId, PRETIX, { firstName: 2, lastName: 3, email: 7 });
  assert.equal(first.created, 38);
  const issued = codes(eventId);
  assert.ok(storedAttendees(eventId).every((a) => a.badgeSource === "issued" && a.externalId === null));

  const second = await importFixture(OPERATOR, eventId, PRETIX); // now with Order code and Ticket secret
  assert.deepEqual([second.created, second.updated, second.rejected], [0, 38, 3], "each gets its registration id, once");
  assert.deepEqual(codes(eventId), issued);
  assert.ok(storedAttendees(eventId).every((a) => a.badgeSource === "issued" && a.externalId !== null));
  const third = await importFixture(OPERATOR, eventId, PRETIX);
  assert.deepEqual([third.created, third.updated, third.unchanged], [0, 0, 38]);
});

test("[IMPORT] a vendor code another attendee already holds is a row problem; the row writes nothing", async () => {
  const event = makeEvent({ attendeeCount: 1 });
  const taken = event.attendees[0]!.badgeCode;
  const csv = [
    "Attendee #,First Name,Last Name,Email,Barcode #,Job Title",
    `A1,Ada,Byron,ada@byron.example,${taken},Countess`,
    "A2,Charles,Babbage,charles@engine.example,C-1,Inventor",
    "A3,Mary,Somerville,mary@science.example,C-1,Scientist",
    `A4,Alan,Turing,alan@bletchley.example,T-1,${"x".repeat(201)}`,
  ].join("\n");
  const result = await importBytes(OPERATOR, event.eventId, Buffer.from(csv), "clash.csv");
  assert.deepEqual([result.created, result.rejected], [1, 3]);
  assert.deepEqual(
    result.problems.map((p) => [p.line, p.field]),
    [[2, "Barcode #"], [4, "Barcode #"], [5, "Job Title"]],
  );
  assert.match(result.problems[0]!.reason, /already belongs to another attendee/);
  assert.match(result.problems[1]!.reason, /already on line 3/);
  assert.match(result.problems[2]!.reason, /longer than 200/);
  assert.deepEqual(storedAttendees(event.eventId).map((a) => a.email).sort(), ["charles@engine.example", event.attendees[0]!.email].sort());
});
