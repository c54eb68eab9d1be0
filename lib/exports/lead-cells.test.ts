import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { databasePath } from "@/db/client";
import { openReadSnapshot } from "@/db/read-snapshot";
import { OPERATOR } from "../auth/actor";
import { createAttendee } from "../attendees/attendees";
import { makeEvent } from "../test/fixtures";
import { CsvBuffer } from "./csv-buffer";
import { LeadCells } from "./lead-cells";


before(() => useTestDatabase());

const contact = (cells: LeadCells, id: number) => {
  const out = new CsvBuffer();
  return cells.writeContact(out, id) ? out.take().toString("utf8") : null;
};

test("[EXPORT] contact cells preloaded for the event are those read one at a time, among another event's attendees", () => {
  const [a, b] = [makeEvent({ attendeeCount: 0 }), makeEvent({ attendeeCount: 0 })];
  // Interleaved ids: each event's range holds the other's attendees too; awkward cells on both.
  const ids = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < 41; i++) {
    ids.a.push(createAttendee(OPERATOR, a.eventId, { firstName: `=A${i}`, lastName: 'Lo "Ve", lace', email: `a${i}-${a.slug}@example.com`, company: "Grüße\r\nGmbH" }).id);
    ids.b.push(createAttendee(OPERATOR, b.eventId, { firstName: `B${i}`, lastName: "Other", email: `b${i}-${b.slug}@example.com` }).id);
  }
  const snapshot = openReadSnapshot(databasePath());
  try {
    const whole = new LeadCells(snapshot.db).preloadEvent(a.eventId);
    const oneByOne = new LeadCells(snapshot.db);
    for (const id of [...ids.a, ...ids.b, 0, Math.max(...ids.b) + 1000]) assert.equal(contact(whole, id), contact(oneByOne, id), `id ${id}`);
    assert.match(contact(whole, ids.a[0]!)!, /^'=A0,"Lo ""Ve"", lace",a0-/);
    assert.match(contact(whole, ids.b[0]!)!, /^B0,Other,b0-/, "another event's attendee is read when asked for");
    assert.equal(contact(whole, Math.max(...ids.b) + 1000), null, "no such attendee");
    assert.equal(contact(new LeadCells(snapshot.db).preloadEvent(makeEvent({ attendeeCount: 0 }).eventId), ids.a[1]!), contact(whole, ids.a[1]!), "an event without attendees preloads nothing");
  } finally {
    snapshot.close();
  }
});
