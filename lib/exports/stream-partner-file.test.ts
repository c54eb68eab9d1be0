import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, exports } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { createAttendee } from "../attendees/attendees";
import { AppError } from "../errors";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { LEAD_COLUMNS } from "./columns";
import { streamPartnerFile, type ExportChoice } from "./stream-partner-file";
import { drain, readCsvFile, readXlsxRows, readZip } from "./test-readers";

before(() => useTestDatabase());

const exportCount = () => getDb().select({ n: count() }).from(exports).get()!.n;
const fails = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

async function download(eventId: number, partnerId: number, choice: ExportChoice, now = new Date()) {
  const file = streamPartnerFile(OPERATOR, eventId, partnerId, choice, now);
  const content = await drain(file.body);
  const [recorded] = file.recorded();
  assert.ok(recorded, "recorded once the last byte was sent");
  return { file, content, recorded, record: getDb().select().from(exports).where(eq(exports.id, recorded.exportId)).get()! };
}

/** An event whose first partner has three leads (company: the fixtures' formula), one decline. */
function eventWithLeads() {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 5 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id, "North phone");
  for (const i of [0, 1, 2]) decideAtBooth(device, event.attendees[i]!.badgeCode, "share");
  decideAtBooth(device, event.attendees[3]!.badgeCode, "decline");
  return { event, partner, device };
}

test("[EXPORT] the XLSX of a partner holds the same rows as its CSV, every cell a string and none a formula", async () => {
  const { event, partner } = eventWithLeads();
  const csv = await download(event.eventId, partner.id, { file: "leads", format: "csv" });
  const xlsx = await download(event.eventId, partner.id, { file: "leads", format: "xlsx" });
  const { header, records } = readCsvFile(csv.content);
  assert.deepEqual(header, LEAD_COLUMNS.map(([name]) => name));
  assert.equal(records.length, 3);
  // The same text, but for the CSV's apostrophe in front of a cell a spreadsheet would run.
  const asTyped = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  assert.deepEqual(await readXlsxRows(xlsx.content), [header, ...records.map((r) => r.map(asTyped))]);

  const sheet = readZip(xlsx.content).get("xl/worksheets/sheet1.xml")!.toString("utf8");
  assert.doesNotMatch(sheet, /<f[ >]/, "no formula element anywhere");
  const cells = sheet.match(/<c [^>]*>/g) ?? [];
  assert.equal(cells.length, (records.length + 1) * header.length);
  assert.ok(cells.every((c) => c.includes('t="str"')), "every cell is typed as text");

  assert.deepEqual([xlsx.record.format, xlsx.record.rows, csv.record.format, csv.record.rows], ["xlsx", 3, "csv", 3]);
  assert.equal(xlsx.record.sha256, createHash("sha256").update(xlsx.content).digest("hex"));
  assert.equal(csv.record.sha256, createHash("sha256").update(csv.content).digest("hex"));
  assert.match(xlsx.file.filename, new RegExp(`-${partner.id}-leads-\\d{8}-\\d{4}-checkpoint-${xlsx.record.checkpointId}\\.xlsx$`));
  assert.equal(xlsx.file.contentType, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  assert.ok(xlsx.record.ledgerMark! > 0, "a leads file keeps its snapshot's ledger mark");
});

test("[EXPORT] an XLSX hands contacts over like a CSV: a later withdrawal is on the next suppression list", async () => {
  const { event, partner } = eventWithLeads();
  await download(event.eventId, partner.id, { file: "leads", format: "xlsx" });
  const first = event.attendees[0]!;
  decideOnMyPage(attendeeFromToken(first.personalToken)!, partner.id, "decline", new Date(Date.now() + 1000));
  const suppression = readCsvFile((await download(event.eventId, partner.id, { file: "suppression", format: "csv" })).content);
  assert.deepEqual(suppression.records.map((r) => r[0]), [first.email]);
});

test("[EXPORT] formula injection is neutralised in the CSV (= + - @); an XLSX cell is typed text and holds the value as it is, phone numbers as E.164", async () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1 });
  const partner = event.partners[0]!;
  getDb().update(attendees).set({ phone: "+1 (555) 0161" }).where(eq(attendees.id, event.attendees[0]!.id)).run();
  const device = makeDevice(event.eventId, partner.id, "+Phone");
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  const csv = readCsvFile((await download(event.eventId, partner.id, { file: "leads", format: "csv" })).content);
  const xlsx = (await download(event.eventId, partner.id, { file: "leads", format: "xlsx" })).content;
  const [header, ...rows] = await readXlsxRows(xlsx);
  for (const [name, inCsv, inXlsx] of [
    ["company", "'=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"],
    ["last_name", "Lovelace", "Lovelace"],
    ["device", "'+Phone", "+Phone"],
    ["phone", "'+15550161", "+15550161"],
  ] as const) {
    assert.equal(csv.records[0]![csv.header.indexOf(name)], inCsv, `CSV ${name}`);
    assert.equal(rows[0]![header!.indexOf(name)], inXlsx, `XLSX ${name}`);
  }
  const sheet = readZip(xlsx).get("xl/worksheets/sheet1.xml")!.toString("utf8");
  assert.doesNotMatch(sheet, /<f[ >]/, "no formula: a spreadsheet shows the text and runs nothing");
});

test("[EXPORT] first and last visit are the partner's two scans, and device is the one that scanned last", async () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 2 });
  const [partner, other] = [event.partners[0]!, event.partners[1]!];
  const attendee = event.attendees[0]!;
  const first = new Date(Date.now() - 3 * 3600_000);
  const second = new Date(Date.now() - 3600_000);
  decideAtBooth(makeDevice(event.eventId, partner.id, "Hall A phone"), attendee.badgeCode, "share", { at: first });
  decideAtBooth(makeDevice(event.eventId, other.id, "Other partner phone"), attendee.badgeCode, "share", { at: new Date(Date.now() - 60_000) });
  decideAtBooth(makeDevice(event.eventId, partner.id, "Hall B phone"), attendee.badgeCode, "share", { at: second });
  const { header, records } = readCsvFile((await download(event.eventId, partner.id, { file: "leads", format: "csv" })).content);
  const row = Object.fromEntries(header.map((h, i) => [h, records[0]![i]]));
  assert.equal(records.length, 1);
  assert.deepEqual([row.first_visit, row.last_visit, row.device], [first.toISOString(), second.toISOString(), "Hall B phone"]);
  assert.deepEqual([row.rating, row.notes], ["", ""], "kept, empty until leads can be rated");
});

test("[EXPORT] the suppression list comes as CSV and XLSX; an XLSX export counts as handing the contact over", async () => {
  const { event, partner, device } = eventWithLeads();
  await download(event.eventId, partner.id, { file: "leads", format: "xlsx" }); // hands over attendees 0-2
  const attendee = event.attendees[1]!;
  decideOnMyPage(attendeeFromToken(attendee.personalToken)!, partner.id, "decline", new Date(Date.now() + 1000));
  decideAtBooth(device, event.attendees[4]!.badgeCode, "share");
  decideOnMyPage(attendeeFromToken(event.attendees[4]!.personalToken)!, partner.id, "decline", new Date(Date.now() + 2000)); // never exported
  const csv = await download(event.eventId, partner.id, { file: "suppression", format: "csv" });
  const xlsx = await download(event.eventId, partner.id, { file: "suppression", format: "xlsx" });
  const { header, records } = readCsvFile(csv.content);
  assert.deepEqual(header, ["email", "withdrawn_at", "consent_id", "email_sha256"]);
  assert.deepEqual(records.map((r) => r[0]), [attendee.email]);
  assert.deepEqual(await readXlsxRows(xlsx.content), [header, ...records]);
  assert.deepEqual([csv.record.format, xlsx.record.format, xlsx.record.rows], ["suppression_csv", "suppression_xlsx", 1]);
});

test("[EXPORT] a file holds the leads as they stood when the download was asked for, not when it was read", async () => {
  const { event, partner, device } = eventWithLeads();
  const file = streamPartnerFile(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv" });
  decideAtBooth(device, event.attendees[4]!.badgeCode, "share"); // committed while the file waits to be read
  decideOnMyPage(attendeeFromToken(event.attendees[0]!.personalToken)!, partner.id, "decline", new Date(Date.now() + 1000));
  const { header, records } = readCsvFile(await drain(file.body));
  const emails = records.map((r) => r[header.indexOf("email")]).sort();
  assert.deepEqual(emails, [0, 1, 2].map((i) => event.attendees[i]!.email).sort());
  assert.equal(file.recorded()[0]?.rows, 3);
});

test("[EXPORT] a booth device is refused and another event's organizer finds nothing; neither is recorded", async () => {
  const { event, partner, device } = eventWithLeads();
  const stranger = await makeOrganizer();
  const before = exportCount();
  for (const format of ["csv", "xlsx"] as const) {
    assert.throws(() => streamPartnerFile(device, event.eventId, partner.id, { file: "leads", format }), fails("forbidden"));
    assert.throws(() => streamPartnerFile(stranger, event.eventId, partner.id, { file: "leads", format }), fails("not_found"));
  }
  const elsewhere = makeEvent({ organizer: stranger });
  assert.throws(() => streamPartnerFile(stranger, elsewhere.eventId, partner.id, { file: "leads", format: "csv" }), fails("not_found"));
  assert.equal(exportCount(), before);
});

test("[EXPORT] a download cancelled before its last byte records nothing and lets go of its snapshot", async () => {
  const { event, partner } = eventWithLeads();
  // 170 leads of ~850 characters: a file of three 64 KB chunks, more than the streams buffer.
  const big = makeEvent({ partnerCount: 1, attendeeCount: 0 });
  const device = makeDevice(big.eventId, big.partners[0]!.id);
  const long = (c: string, n: number) => c.repeat(n);
  for (let i = 0; i < 170; i++) {
    const person = { firstName: long("F", 100), lastName: long("L", 100), email: `long${i}@example.com`, company: long("C", 200), jobTitle: long("J", 200) };
    decideAtBooth(device, createAttendee(OPERATOR, big.eventId, person).badgeCode, "share");
  }
  const before = exportCount();
  // Cancelled at once, before anything was read (both formats)…
  for (const format of ["csv", "xlsx"] as const) {
    const file = streamPartnerFile(OPERATOR, event.eventId, partner.id, { file: "leads", format });
    file.body.destroy();
    await sleep(50);
    assert.deepEqual(file.recorded(), []);
  }
  // …and by a slow client after the first chunk of a file larger than the stream buffers.
  const file = streamPartnerFile(OPERATOR, big.eventId, big.partners[0]!.id, { file: "leads", format: "csv" });
  await once(file.body, "readable");
  assert.ok((file.body.read(1) as Buffer).length > 0, "the client got the first byte");
  await sleep(50);
  file.body.destroy();
  await sleep(50);
  assert.deepEqual(file.recorded(), []);
  assert.equal(exportCount(), before);
  const [checkpoint] = getDb().$client.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  assert.equal(checkpoint!.busy, 0, "no export's read transaction is left open");
  // The same file read to its end is recorded with all its rows.
  assert.equal((await download(big.eventId, big.partners[0]!.id, { file: "leads", format: "csv" })).record.rows, 170);
});
