import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { OPERATOR, type AttendeeActor } from "../auth/actor";
import { createAttendee } from "../attendees/attendees";
import { createEvent } from "../events/events";
import { AppError, type ErrorCode } from "../errors";
import { insertAttendees } from "../test/bulk-attendees";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { collect, pdfPageCount } from "../test/pdf";
import { readBadgePages } from "./read-badges";
import { renderBadgePdf } from "./render-badge-pdf";
import { writeBadgePdf } from "./write-badge-pdf";
import type { BadgeContent } from "./layout-badge";

before(() => useTestDatabase());

const BASE = "https://fairlead.example/";
const fails = (code: ErrorCode) => (e: unknown) => e instanceof AppError && e.code === code;
const audits = (eventId: number) => getDb().select().from(auditLog).where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "badges.print"))).all();

test("[BADGES] one attendee's A6 badge is two pages, front and back, and the print is audited", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, attendeeCount: 3 });
  const attendee = event.attendees[1]!;
  const pdf = writeBadgePdf(organizer, event.eventId, { format: "a6", attendeeId: attendee.id }, BASE);
  assert.equal(pdf.filename, `badges-${event.slug}-a6-${attendee.id}.pdf`);
  assert.deepEqual([pdf.badges, pdf.pages], [1, 2]);
  const bytes = await collect(pdf.chunks);
  assert.equal(pdfPageCount(bytes), 2);
  const text = bytes.toString("latin1");
  assert.match(text, /\/BaseFont \/[A-Z]{6}\+DejaVuSansCondensed-Bold/, "the names' font is embedded");
  assert.doesNotMatch(text, /\/BaseFont \/Helvetica/, "no standard font that lacks Ł and ś");
  const [entry, ...more] = audits(event.eventId);
  assert.equal(more.length, 0);
  assert.deepEqual({ subject: entry!.subject, details: entry!.details, actor: entry!.actorLabel }, {
    subject: `attendee ${attendee.id}`,
    details: { format: "a6", badges: 1, pages: 2 },
    actor: `organizer:${organizer.email}`,
  });
});

test("[BADGES] sheets hold 8 badges a page with a page of backs after each; single formats 2 pages a badge", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, attendeeCount: 3 });
  insertAttendees(event.eventId, 8); // 11 attendees
  const other = makeEvent({ attendeeCount: 5 }); // never printed with this event
  for (const [format, pages] of [["a4", 4], ["letter", 4], ["a6", 22], ["4x3", 22]] as const) {
    const pdf = writeBadgePdf(organizer, event.eventId, { format }, BASE);
    assert.equal(pdf.filename, `badges-${event.slug}-${format}.pdf`);
    assert.equal(pdf.badges, 11);
    assert.equal(pdfPageCount(await collect(pdf.chunks)), pages, format);
  }
  assert.deepEqual(audits(event.eventId).map((a) => a.details), [
    { format: "a4", badges: 11, pages: 4 },
    { format: "letter", badges: 11, pages: 4 },
    { format: "a6", badges: 11, pages: 22 },
    { format: "4x3", badges: 11, pages: 22 },
  ]);
  assert.equal(audits(other.eventId).length, 0);
});

test("[BADGES] only the event's organizers print badges; refusals print and record nothing", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, attendeeCount: 2 });
  const other = makeEvent({ attendeeCount: 1 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const attendee: AttendeeActor = { kind: "attendee", attendeeId: event.attendees[0]!.id, eventId: event.eventId, firstName: "Ada0", timeZone: "UTC" };
  const stranger = await makeOrganizer();
  const print = (actor: Parameters<typeof writeBadgePdf>[0], input: Parameters<typeof writeBadgePdf>[2] = { format: "a4" }) => () =>
    writeBadgePdf(actor, event.eventId, input, BASE);
  assert.throws(print(device), fails("forbidden"));
  assert.throws(print(attendee), fails("forbidden"));
  assert.throws(print(stranger), fails("not_found"));
  assert.throws(print(organizer, { format: "a4", attendeeId: other.attendees[0]!.id }), fails("not_found"), "another event's attendee");
  assert.throws(print(organizer, { format: "a3" as "a4" }), fails("invalid"));
  assert.throws(() => writeBadgePdf(organizer, event.eventId, { format: "a4" }, "not a url"), fails("invalid"));
  const empty = createEvent(OPERATOR, { name: "Empty", slug: `empty-${process.pid}-${Date.now()}` });
  assert.throws(() => writeBadgePdf(OPERATOR, empty.id, { format: "a4" }, BASE), fails("invalid"));
  assert.equal(audits(event.eventId).length, 0);
});

test("[BADGES] badges are read in name order, page by page, each exactly once", () => {
  const event = makeEvent({ attendeeCount: 0 });
  const names = [["Zoë", "Łukasiewicz"], ["Ada", "Byron"], ["Ada", "Byron"], ["Bob", "Byron"], ["Ada", "Able"], ["Ada", "Byron"], ["Eve", "Cole"]];
  for (const [i, [firstName, lastName]] of names.entries()) {
    createAttendee(OPERATOR, event.eventId, { firstName: firstName!, lastName: lastName!, email: `person${i}@example.com` });
  }
  const pages = [...readBadgePages(OPERATOR, event.eventId, {}, 2)];
  assert.deepEqual(pages.map((p) => p.length), [2, 2, 2, 1]);
  const all = pages.flat();
  assert.deepEqual(all.map((b) => `${b.firstName} ${b.lastName}`), ["Ada Able", "Ada Byron", "Ada Byron", "Ada Byron", "Bob Byron", "Eve Cole", "Zoë Łukasiewicz"]);
  assert.equal(new Set(all.map((b) => b.attendeeId)).size, 7, "ties on the name are split by id, none repeated or skipped");
});

test("[BADGES] the PDF is made as it is read: a chunk costs one page of badges, not the whole event", async () => {
  let pulled = 0;
  function* badges(): Generator<BadgeContent> {
    for (let i = 0; i < 80; i++) {
      pulled++;
      yield { eventName: "E", firstName: `F${i}`, lastName: "L", company: null, badgeCode: `CODE${i}`, personalUrl: `https://x.example/me/${i}` };
    }
  }
  const chunks = renderBadgePdf(badges(), { format: "a4", title: "t" });
  assert.equal(pulled, 0, "nothing happens before the first read");
  const first = await chunks.next();
  assert.ok(!first.done && Buffer.from(first.value).subarray(0, 5).toString() === "%PDF-");
  assert.ok(pulled <= 16, `after one chunk, ${pulled} of 80 badges were drawn`);
  await chunks.return(undefined); // the reader goes away: no error, nothing more is drawn
  assert.ok(pulled <= 16);
});
