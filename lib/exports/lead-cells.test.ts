import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { databasePath } from "@/db/client";
import { OPERATOR } from "../auth/actor";
import { createAttendee } from "../attendees/attendees";
import { makeEvent } from "../test/fixtures";
import { CsvBuffer } from "./csv-buffer";
import { LeadCells } from "./lead-cells";
import { ReadSnapshot } from "./read-snapshot";

before(() => useTestDatabase());

const contact = (cells: LeadCells, id: number) => {
  const out = new CsvBuffer();
  return cells.writeContact(out, id) ? out.take().toString("utf8") : null;
};

test("[EXPORT] contact cells formatted in slices by several readers are those of one preload, at the slices' borders and among another event's attendees", () => {
  const [a, b] = [makeEvent({ attendeeCount: 0 }), makeEvent({ attendeeCount: 0 })];
  // Interleaved ids: each event's range holds the other's attendees too; awkward cells on both.
  const ids = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < 41; i++) {
    ids.a.push(createAttendee(OPERATOR, a.eventId, { firstName: `=A${i}`, lastName: 'Lo "Ve", lace', email: `a${i}-${a.slug}@example.com`, company: "Grüße\r\nGmbH" }).id);
    ids.b.push(createAttendee(OPERATOR, b.eventId, { firstName: `B${i}`, lastName: "Other", email: `b${i}-${b.slug}@example.com` }).id);
  }
  const snapshot = new ReadSnapshot(databasePath());
  try {
    const whole = new LeadCells(snapshot).preloadEvent(a.eventId);
    for (const parts of [2, 3, 7]) {
      const ranges = new LeadCells(snapshot).sliceRanges(a.eventId, parts)!;
      assert.ok(ranges.length > 1, `${parts} slices`);
      assert.equal(ranges[0]![0], Math.min(...ids.a));
      assert.equal(ranges.at(-1)![1], Math.max(...ids.a) + 1);
      ranges.slice(1).forEach(([from], i) => assert.equal(from, ranges[i]![1], "slices follow each other"));
      // Each "reader" formats one slice and adopts the others', as zip-parts-worker.ts does.
      const readers = ranges.map(() => new LeadCells(snapshot));
      const slices = ranges.map((range, i) => readers[i]!.formatSlice(a.eventId, range));
      readers.forEach((reader) => slices.forEach((slice) => reader.adopt(slice)));
      for (const reader of readers) {
        for (const id of [...ids.a, ...ids.b, 0, Math.max(...ids.b) + 1000]) assert.equal(contact(reader, id), contact(whole, id), `id ${id}, ${parts} slices`);
      }
    }
    assert.match(contact(whole, ids.a[0]!)!, /^'=A0,"Lo ""Ve"", lace",a0-/);
    assert.equal(contact(whole, Math.max(...ids.b) + 1000), null, "no such attendee");
    assert.deepEqual(new LeadCells(snapshot).sliceRanges(makeEvent({ attendeeCount: 0 }).eventId, 2), [], "an event without attendees");
  } finally {
    snapshot.close();
  }
});
