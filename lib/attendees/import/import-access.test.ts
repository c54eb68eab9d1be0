import assert from "node:assert/strict";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendeeImports, attendees } from "@/db/schema";
import { OPERATOR, type AttendeeActor } from "../../auth/actor";
import { AppError, type ErrorCode } from "../../errors";
import { useTestDatabase } from "../../test/db";
import { makeDevice, makeEvent, makeOrganizer } from "../../test/fixtures";
import { guessMapping } from "./guess-mapping";
import { fixtureBytes, EVENTBRITE, importFixture } from "./import-test-helpers";
import { getImportStatus } from "./import-status";
import { parseFile } from "./parse-file";
import { inspectFile, previewImport } from "./preview-import";
import { startImport } from "./start-import";

before(() => useTestDatabase());

const fails = (code: ErrorCode) => (e: unknown) => e instanceof AppError && e.code === code;
const rows = () => [getDb().select({ n: count() }).from(attendees).get()!.n, getDb().select({ n: count() }).from(attendeeImports).get()!.n];

test("[AUTH] a booth device, an attendee and an outside organizer can neither import nor preview nor read an import", async () => {
  const event = makeEvent({ attendeeCount: 1 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const attendee: AttendeeActor = { kind: "attendee", attendeeId: event.attendees[0]!.id, eventId: event.eventId, firstName: "Ada0", timeZone: "UTC" };
  const outsider = await makeOrganizer();
  const file = await parseFile(fixtureBytes(EVENTBRITE), EVENTBRITE);
  const mapping = guessMapping(file.headers);
  const { importId } = await importFixture(OPERATOR, event.eventId, EVENTBRITE);
  const before = rows();

  for (const [actor, code] of [[device, "forbidden"], [attendee, "forbidden"], [outsider, "not_found"]] as const) {
    assert.throws(() => startImport(actor, event.eventId, { filename: "x.csv", file, mapping }), fails(code), actor.kind);
    assert.throws(() => inspectFile(actor, event.eventId, file), fails(code));
    assert.throws(() => previewImport(actor, event.eventId, { headers: file.headers, sample: file.records.slice(0, 3), mapping }), fails(code));
    assert.throws(() => getImportStatus(actor, event.eventId, importId), fails(code));
  }
  assert.deepEqual(rows(), before, "nothing was written");
});

test("[AUTH] an organizer of another event does not find this event's import through their own event", async () => {
  const organizer = await makeOrganizer();
  const mine = makeEvent({ organizer, attendeeCount: 0 });
  const other = makeEvent({ attendeeCount: 0 });
  const { importId } = await importFixture(OPERATOR, other.eventId, EVENTBRITE);
  assert.throws(() => getImportStatus(organizer, mine.eventId, importId), fails("not_found"));
  assert.equal(getImportStatus(OPERATOR, other.eventId, importId).status, "done");
});

test("[IMPORT] a mapping without an email or name column is refused before anything is written", async () => {
  const event = makeEvent({ attendeeCount: 0 });
  const file = await parseFile(fixtureBytes(EVENTBRITE), EVENTBRITE);
  const before = rows();
  assert.throws(() => startImport(OPERATOR, event.eventId, { filename: "x.csv", file, mapping: { firstName: 2 } }), /email address/);
  assert.throws(() => startImport(OPERATOR, event.eventId, { filename: "x.csv", file, mapping: { email: 4 } }), /first name/);
  assert.throws(() => startImport(OPERATOR, event.eventId, { filename: "x.csv", file, mapping: { email: 4, firstName: 4 } }), /chosen for both/);
  assert.throws(() => startImport(OPERATOR, event.eventId, { filename: "x.csv", file, mapping: { email: 4, firstName: 99 } }), /no column 100/);
  assert.deepEqual(rows(), before);
  assert.equal(getDb().select().from(attendees).where(eq(attendees.eventId, event.eventId)).all().length, 0);
});
