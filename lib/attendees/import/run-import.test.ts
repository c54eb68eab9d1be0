import assert from "node:assert/strict";
import { before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendeeImports, auditLog } from "@/db/schema";
import { OPERATOR } from "../../auth/actor";
import { useTestDatabase } from "../../test/db";
import { makeEvent, makeOrganizer } from "../../test/fixtures";
import { findBadgeHolder } from "../find-by-badge";
import { EVENTBRITE, PRETIX, byEmail, importFixture, storedAttendees } from "./import-test-helpers";

before(() => useTestDatabase());

const emptyEvent = (organizer?: Awaited<ReturnType<typeof makeOrganizer>>) => makeEvent({ attendeeCount: 0, organizer }).eventId;

test("[IMPORT] Eventbrite: good rows imported, each bad row listed with its line, column and reason", async () => {
  const eventId = emptyEvent();
  const result = await importFixture(OPERATOR, eventId, EVENTBRITE);
  assert.equal(result.status, "done");
  assert.deepEqual([result.rowsDone, result.created, result.updated, result.unchanged, result.rejected], [41, 38, 0, 0, 3]);
  assert.deepEqual(
    result.problems.map((p) => [p.line, p.field]),
    [[7, "Email"], [9, "Email"], [43, "Email"]],
    "the invalid email, the empty email, and the repeat (line 43: the quoted line break on 17-18 counts as two lines)",
  );
  assert.match(result.problems[0]!.reason, /"not-an-email" is not an email address/);
  assert.match(result.problems[1]!.reason, /empty/);
  assert.match(result.problems[2]!.reason, /same person as line 4/);
  assert.equal(storedAttendees(eventId).length, 38);
});

test("[IMPORT] pretix: semicolons, BOM and CRLF read; the same lines are rejected for the same reasons", async () => {
  const eventId = emptyEvent();
  const result = await importFixture(OPERATOR, eventId, PRETIX);
  assert.deepEqual([result.created, result.rejected], [38, 3]);
  assert.deepEqual(result.problems.map((p) => [p.line, p.field]), [[7, "E-mail"], [9, "E-mail"], [43, "E-mail"]]);
  const [lukasz] = byEmail(eventId, "lukasz.ivanov0@northwind.example");
  assert.deepEqual([lukasz?.firstName, lukasz?.lastName, lukasz?.phone, lukasz?.externalId], ["Łukasz", "Ivanov", "+1 555 0115", "UJEAT"], "no BOM glued to the first column");
});

test("[IMPORT] the repeated person is imported once, from the first line", async () => {
  for (const [name, email, code] of [
    [EVENTBRITE, "noah.chen2@fourth.example", "3991040541373195672"],
    [PRETIX, "jurgen.sato2@fourth.example", "j3mwt5jnmmdkh69w39z7sevu3dmbqcp6"],
  ] as const) {
    const eventId = emptyEvent();
    await importFixture(OPERATOR, eventId, name);
    const found = byEmail(eventId, email);
    assert.equal(found.length, 1, name);
    assert.equal(found[0]!.badgeCode, code, "the first line's badge code");
  }
});

test("[IMPORT] text is kept: other scripts, apostrophes, formula-looking companies; padding trimmed, inner tab and line break kept", async () => {
  const eventId = emptyEvent();
  await importFixture(OPERATOR, eventId, EVENTBRITE);
  const company = (email: string) => byEmail(eventId, email)[0]?.company;
  assert.equal(company("kenji.mensah3@woodgrove.example"), '=HYPERLINK("http://example.invalid","Click")');
  assert.equal(company("fatima.smith6@adatum.example"), "+1 (555) 010-0199");
  assert.equal(company("zoë.ñúñez@exämple.example"), "-2+3");
  assert.equal(company("liam.ivanov12@margie's.example"), "@SUM(A1:A2)");
  assert.equal(company("olu.muller18@relecloud.example"), 'Quote "Q" Ltd');
  assert.equal(company("oguz.mensah15@munson's.example"), "Line\nBreak Co");
  assert.equal(company("zoe.haddad21@coho.example"), "Tab\tSeparated AG");
  assert.equal(company("oguz.walsh24@contoso.example"), "Padded Inc");
  const names = storedAttendees(eventId).map((a) => `${a.firstName} ${a.lastName}`);
  for (const name of ["Zoë O'Brien", "Oğuz Petrova", "Sofía Wiśniewski", "Olu Ó Súilleabháin", "Łukasz Mensah"]) assert.ok(names.includes(name), name);
});

test("[IMPORT] the internationalised email address is accepted and stored as written", async () => {
  const eventId = emptyEvent();
  await importFixture(OPERATOR, eventId, PRETIX);
  const [dmitri] = byEmail(eventId, "zoë.ñúñez@exämple.example");
  assert.equal(dmitri?.firstName, "Dmitri");
});

test("[IMPORT] Eventbrite's Barcode # and pretix's Ticket secret are kept as vendor codes, and a scan finds the attendee", async () => {
  for (const [name, email, code] of [
    [EVENTBRITE, "zoe.wisniewski33@fabrikam.example", "0855195195547489200"],
    [PRETIX, "ada.gupta17@litware.example", "2vqcncyraftz9fzcpxzjwkgtgh7mjccz"],
  ] as const) {
    const eventId = emptyEvent();
    await importFixture(OPERATOR, eventId, name);
    const [attendee] = byEmail(eventId, email);
    assert.equal(attendee?.badgeCode, code, "leading zeros and lowercase kept");
    assert.equal(attendee?.badgeSource, "vendor");
    assert.equal(findBadgeHolder(eventId, code).id, attendee.id);
    assert.ok(storedAttendees(eventId).every((a) => a.badgeSource === "vendor"));
  }
});

test("[IMPORT] without a badge column Fairlead issues codes", async () => {
  const eventId = emptyEvent();
  const result = await importFixture(OPERATOR, eventId, EVENTBRITE, { firstName: 2, lastName: 3, email: 4, externalId: 7 });
  assert.equal(result.created, 38);
  const stored = storedAttendees(eventId);
  assert.ok(stored.every((a) => a.badgeSource === "issued" && /^[0-9A-HJKMNP-TV-Z]{26}$/.test(a.badgeCode)));
  assert.equal(new Set(stored.map((a) => a.personalTokenSha256)).size, 38);
  assert.equal(stored[0]!.company, null, "an unmapped column is not stored");
});

test("[IMPORT] the import's progress and outcome are recorded, with an audit entry naming the counts", async () => {
  const organizer = await makeOrganizer();
  const eventId = emptyEvent(organizer);
  const { importId } = await importFixture(organizer, eventId, EVENTBRITE);
  const row = getDb().select().from(attendeeImports).where(eq(attendeeImports.id, importId)).get()!;
  assert.deepEqual(
    [row.eventId, row.userId, row.filename, row.status, row.rowsTotal, row.rowsDone, row.created, row.rejected],
    [eventId, organizer.userId, EVENTBRITE, "done", 41, 41, 38, 3],
  );
  assert.equal(row.problems?.length, 3);
  assert.ok(row.finishedAt);
  const audit = getDb().select().from(auditLog).where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "attendees.import"))).all();
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.userId, organizer.userId);
  assert.deepEqual(audit[0]!.details, { importId, status: "done", rowsTotal: 41, rowsDone: 41, created: 38, updated: 0, unchanged: 0, rejected: 3 });
});
