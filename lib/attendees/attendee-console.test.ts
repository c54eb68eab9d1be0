// The organizer's attendee screens: add, edit, search and filter, one attendee's history, and a
// lost badge reissued. Every change has its audit row; another event's attendee is not found.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, auditLog } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { listMyPartners } from "../consent/my-decisions";
import { verifyLedger } from "../consent/verify-ledger";
import { AppError } from "../errors";
import { decideAtBooth } from "../test/decide";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { createAttendee, getBadge } from "./attendees";
import { getAttendeeDetail } from "./attendee-history";
import { findBadgeHolder } from "./find-by-badge";
import { reissueBadge } from "./reissue-badge";
import { searchAttendees } from "./search-attendees";
import { readAttendeeFields, updateAttendee } from "./update-attendee";

before(() => useTestDatabase());

const refused = (code: string, field?: string) => (e: unknown) => e instanceof AppError && e.code === code && (field === undefined || Boolean(e.fields?.[field]));
const auditOf = (eventId: number, action: string) =>
  getDb().select().from(auditLog).where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, action))).all();

test("[ATTENDEES] an organizer adds and edits an attendee: clean text only, audit rows hold ids and field names, no contact details", async () => {
  const organizer = await makeOrganizer();
  const { eventId } = makeEvent({ organizer, partnerCount: 1, attendeeCount: 0 });
  assert.throws(() => createAttendee(organizer, eventId, { firstName: "Eve\u202E", email: "eve@example.com" }), refused("invalid", "firstName"));
  assert.throws(() => createAttendee(organizer, eventId, { firstName: "Eve", email: "eve@example.com", company: "Evil\u0007 Corp" }), refused("invalid", "company"));
  assert.throws(() => createAttendee(organizer, eventId, { firstName: "Eve\nline", email: "eve@example.com" }), refused("invalid", "firstName"));
  const made = createAttendee(organizer, eventId, { firstName: " Ngozi ", lastName: "", email: "Ngozi@Example.com", company: "", industry: "Food\r\nand drink " });
  const fields = readAttendeeFields(organizer, eventId, made.id);
  assert.equal(fields.firstName, "Ngozi");
  assert.equal(fields.lastName, "");
  assert.equal(fields.email, "ngozi@example.com");
  assert.equal(fields.company, null);
  assert.equal(fields.industry, "Food\nand drink", "as the import stores it: CRLF as LF, trimmed");

  assert.deepEqual(updateAttendee(organizer, eventId, made.id, { ...fields, lastName: "Okafor", company: "Contoso" }), ["lastName", "company"]);
  assert.deepEqual(updateAttendee(organizer, eventId, made.id, { ...fields, lastName: "Okafor", company: "Contoso" }), []);
  assert.throws(() => updateAttendee(organizer, eventId, made.id, { ...fields, email: "not an email" }), refused("invalid", "email"));
  assert.equal(readAttendeeFields(organizer, eventId, made.id).company, "Contoso");

  const [created] = auditOf(eventId, "attendees.create");
  assert.equal(created?.subject, `attendee ${made.id}`);
  const updates = auditOf(eventId, "attendees.update");
  assert.equal(updates.length, 1, "an unchanged save writes no row");
  assert.deepEqual(updates[0]!.details, { changed: ["lastName", "company"] });
  assert.ok(!JSON.stringify([created, updates]).includes("Okafor"));
});

test("[ATTENDEES] another event's attendee, or another event's organizer, finds nothing", async () => {
  const [orgA, orgB] = [await makeOrganizer(), await makeOrganizer()];
  const a = makeEvent({ organizer: orgA, attendeeCount: 1 });
  const b = makeEvent({ organizer: orgB, attendeeCount: 1 });
  const theirs = b.attendees[0]!.id;
  assert.throws(() => getAttendeeDetail(orgA, a.eventId, theirs), refused("not_found"));
  assert.throws(() => readAttendeeFields(orgA, a.eventId, theirs), refused("not_found"));
  assert.throws(() => updateAttendee(orgA, a.eventId, theirs, { firstName: "X", email: "x@example.com" }), refused("not_found"));
  assert.throws(() => reissueBadge(orgA, a.eventId, theirs), refused("not_found"));
  assert.throws(() => getAttendeeDetail(orgA, b.eventId, theirs), refused("not_found"));
  assert.throws(() => reissueBadge(orgA, b.eventId, theirs), refused("not_found"));
  assert.throws(() => searchAttendees(orgA, b.eventId), refused("not_found"));
  assert.equal(findBadgeHolder(b.eventId, b.attendees[0]!.badgeCode).id, theirs, "nothing changed");
});

test("[ATTENDEES] search by name, email, company or badge code; filter by visits and shares; one page at a time", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, partnerCount: 2, attendeeCount: 3 });
  const grace = createAttendee(organizer, event.eventId, { firstName: "Grace", lastName: "Hopper", email: "grace@navy.example", company: "100% Navy_Labs" });
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  decideAtBooth(phone, grace.badgeCode, "share");
  decideAtBooth(phone, event.attendees[0]!.badgeCode, "decline");
  const names = (q: Parameters<typeof searchAttendees>[2]) => searchAttendees(organizer, event.eventId, q).rows.map((r) => r.firstName);

  assert.deepEqual(names({ q: "grace hop" }), ["Grace"]);
  assert.deepEqual(names({ q: "NAVY.example" }), ["Grace"]);
  assert.deepEqual(names({ q: "100%" }), ["Grace"], "% is literal");
  assert.deepEqual(names({ q: "_" }), ["Grace"], "_ is literal");
  assert.deepEqual(names({ q: grace.badgeCode.toLowerCase().replace(/(.{5})/g, "$1-") }), ["Grace"], "a typed badge code, as printed");
  assert.deepEqual(names({ filter: "shared" }), ["Grace"]);
  assert.deepEqual(names({ filter: "visited" }).sort(), ["Ada0", "Grace"]);
  assert.deepEqual(names({ filter: "not-visited" }).sort(), ["Ada1", "Ada2"]);
  const all = searchAttendees(organizer, event.eventId, { filter: "bogus" as "all", page: "x" as unknown as number });
  assert.equal(all.total, 4);
  assert.equal(all.filter, "all");
  const row = all.rows.find((r) => r.firstName === "Grace")!;
  assert.deepEqual([row.visits, row.shares], [1, 1]);

  for (let i = 0; i < 50; i++) createAttendee(OPERATOR, event.eventId, { firstName: `Zed${i}`, lastName: "Zulu", email: `z${i}@example.com` });
  const second = searchAttendees(organizer, event.eventId, { page: 2 });
  assert.deepEqual([second.total, second.pages, second.page, second.rows.length], [54, 2, 2, 4]);
  assert.equal(searchAttendees(organizer, event.eventId, { page: 9 }).page, 2, "past the end: the last page");
});

test("[ATTENDEES] a reissued badge: the old code and personal link stop at once, the new ones work, the history stays and the ledger verifies", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, partnerCount: 2, attendeeCount: 1 });
  const lost = event.attendees[0]!;
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const shared = decideAtBooth(phone, lost.badgeCode, "share").result.consentId;
  const before = getAttendeeDetail(organizer, event.eventId, lost.id);

  const reissued = reissueBadge(organizer, event.eventId, lost.id);
  assert.notEqual(reissued.badgeCode, lost.badgeCode);
  assert.throws(() => findBadgeHolder(event.eventId, lost.badgeCode), refused("not_found"));
  assert.equal(findBadgeHolder(event.eventId, reissued.badgeCode).id, lost.id);
  assert.equal(attendeeFromToken(lost.personalToken), null, "the old /me link opens nothing");
  const badge = getBadge(organizer, event.eventId, lost.id);
  assert.notEqual(badge.personalToken, lost.personalToken);
  const me = attendeeFromToken(badge.personalToken)!;
  assert.equal(me.attendeeId, lost.id);
  assert.equal(listMyPartners(me).find((m) => m.partner.id === event.partners[0]!.id)?.decisions[0]?.consentId, shared, "their page still shows the share");

  const after = getAttendeeDetail(organizer, event.eventId, lost.id);
  assert.deepEqual(after.decisions, before.decisions);
  assert.deepEqual(after.visits, before.visits);
  assert.equal(after.decisions[0]?.consentId, shared);
  decideAtBooth(phone, reissued.badgeCode, "decline");
  assert.equal(verifyLedger(organizer, event.eventId).problem, null);

  const [row] = auditOf(event.eventId, "attendees.reissue_badge");
  assert.equal(row?.subject, `attendee ${lost.id}`);
  assert.ok(!JSON.stringify(row).includes(reissued.badgeCode) && !JSON.stringify(row).includes(lost.badgeCode), "no code in the log");
  const stored = getDb().select({ source: attendees.badgeSource }).from(attendees).where(eq(attendees.id, lost.id)).get();
  assert.equal(stored?.source, "issued");
});
