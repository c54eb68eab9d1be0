import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, exports } from "@/db/schema";
import { OPERATOR, type Actor } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { AppError } from "../errors";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer, makePartnerMember, openAgreementGate } from "../test/fixtures";
import { listPartnerExports } from "./list-exports";
import { sinceLastExport } from "./since-last-export";
import { streamAllPartnersZip } from "./stream-all-partners";
import { streamPartnerFile, type ExportChoice } from "./stream-partner-file";
import { drain, readCsvFile, readXlsxRows } from "./test-readers";

before(() => useTestDatabase());

async function download(actor: Actor, eventId: number, partnerId: number, choice: ExportChoice) {
  const file = streamPartnerFile(actor, eventId, partnerId, choice);
  const content = await drain(file.body);
  const [recorded] = file.recorded();
  assert.ok(recorded, "recorded once the last byte was sent");
  return { file, content, record: getDb().select().from(exports).where(eq(exports.id, recorded.exportId)).get()! };
}

/** The emails of a leads CSV, in the file's order (newest consent first). */
const emailsOf = (content: Buffer) => {
  const { header, records } = readCsvFile(content);
  return records.map((r) => r[header.indexOf("email")]!);
};

function showWithLeads(attendeeCount = 8) {
  const event = makeEvent({ partnerCount: 2, attendeeCount });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id, "North phone");
  const share = (i: number) => decideAtBooth(device, event.attendees[i]!.badgeCode, "share");
  return { event, partner, device, share, email: (i: number) => event.attendees[i]!.email };
}

test("[EXPORT] “new since the last export” with no earlier leads export gives the whole list, recorded as such", async () => {
  const { event, partner, share, email } = showWithLeads();
  for (const i of [0, 1, 2]) share(i);
  assert.deepEqual(sinceLastExport(OPERATOR, event.eventId, partner.id), { previous: null, newLeads: 3 });
  const first = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv", since: "last" });
  assert.deepEqual(emailsOf(first.content), [email(2), email(1), email(0)]);
  assert.equal(first.record.sinceExportId, null, "nothing earlier: a whole list");
  assert.doesNotMatch(first.file.filename, /new-since/);
  const audit = getDb().select().from(auditLog).where(and(eq(auditLog.eventId, event.eventId), eq(auditLog.action, "exports.file"))).orderBy(desc(auditLog.id)).get()!;
  assert.deepEqual([audit.details?.since, audit.details?.sinceExportId], ["last", null]);
});

/** Three leads exported; then a new share, a returning contact (withdrew, shared again), another share, and another partner's. */
async function afterAnExport() {
  const show = showWithLeads();
  const { event, partner, share } = show;
  for (const i of [0, 1, 2]) share(i);
  const whole = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format: "xlsx" });
  assert.equal(whole.record.rows, 3);
  share(3);
  // A contact exported before who withdrew and shared again is new: the partner was told to suppress them.
  const attendee = attendeeFromToken(event.attendees[0]!.personalToken)!;
  decideOnMyPage(attendee, partner.id, "decline", new Date(Date.now() + 1_000));
  decideOnMyPage(attendee, partner.id, "share", new Date(Date.now() + 2_000));
  share(4);
  decideAtBooth(makeDevice(event.eventId, event.partners[1]!.id), event.attendees[5]!.badgeCode, "share"); // another partner's
  return { ...show, whole, expected: [show.email(4), show.email(0), show.email(3)] };
}

test("[EXPORT] after a leads export, a “new since” CSV (the fast path) holds only the shares made after it", async () => {
  const { event, partner, whole, expected } = await afterAnExport();
  const summary = sinceLastExport(OPERATOR, event.eventId, partner.id);
  assert.deepEqual([summary.previous?.id, summary.previous?.rows, summary.newLeads], [whole.record.id, 3, 3]);
  const csv = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv", since: "last" });
  assert.deepEqual(emailsOf(csv.content), expected);
  assert.deepEqual([csv.record.rows, csv.record.sinceExportId], [3, whole.record.id]);
  assert.match(csv.file.filename, new RegExp(`-leads-\\d{8}-\\d{4}-new-since-export-${whole.record.id}-checkpoint-\\d+\\.csv$`));
  const all = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv" });
  assert.equal(all.record.rows, 5, "without “new since”, every lead");
});

test("[EXPORT] “new since” XLSX, HubSpot, Salesforce and vCard files hold the same leads as the CSV", async () => {
  for (const format of ["xlsx", "hubspot", "salesforce", "vcard"] as const) {
    const { event, partner, whole, expected } = await afterAnExport();
    const file = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format, since: "last" });
    assert.deepEqual([file.record.rows, file.record.sinceExportId], [3, whole.record.id], format);
    if (format === "vcard") {
      const text = file.content.toString("utf8");
      assert.deepEqual(expected.map((e) => text.includes(`EMAIL;TYPE=INTERNET:${e}`)), [true, true, true], format);
      assert.equal(text.match(/BEGIN:VCARD/g)?.length, 3);
      continue;
    }
    const rows = format === "xlsx" ? await readXlsxRows(file.content) : (({ header, records }) => [header, ...records])(readCsvFile(file.content));
    const column = rows[0]!.indexOf(format === "xlsx" ? "email" : "Email");
    assert.deepEqual(rows.slice(1).map((r) => r[column]), expected, format);
  }
});

test("[EXPORT] each “new since” file continues the one before: nothing twice, nothing left out, and the mark is the highest, not the newest row's", async () => {
  const { event, partner, share, email } = showWithLeads();
  share(0);
  const first = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv" });
  share(1);
  const second = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv", since: "last" });
  assert.deepEqual([emailsOf(second.content), second.record.sinceExportId], [[email(1)], first.record.id]);
  const empty = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv", since: "last" });
  assert.deepEqual([emailsOf(empty.content), empty.record.rows, empty.record.sinceExportId], [[], 0, second.record.id]);

  // A download that started before `empty` but finished after it: recorded later, with a lower mark.
  const late = { ...first.record, id: undefined, ledgerMark: first.record.ledgerMark, createdAt: new Date() };
  getDb().insert(exports).values(late).run();
  share(2);
  const third = await download(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv", since: "last" });
  assert.deepEqual([emailsOf(third.content), third.record.sinceExportId], [[email(2)], empty.record.id]);

  // What a "new since" file handed over goes on the suppression list once withdrawn.
  decideOnMyPage(attendeeFromToken(event.attendees[2]!.personalToken)!, partner.id, "decline", new Date(Date.now() + 1_000));
  const suppression = await download(OPERATOR, event.eventId, partner.id, { file: "suppression", format: "csv" });
  assert.deepEqual(readCsvFile(suppression.content).records.map((r) => r[0]), [email(2)]);

  const history = listPartnerExports(OPERATOR, event.eventId, partner.id);
  assert.equal(history.find((h) => h.id === third.record.id)?.sinceAt?.getTime(), empty.record.createdAt.getTime());
  assert.equal(history.find((h) => h.id === first.record.id)?.sinceAt, null);
});

test("[EXPORT] “my last export” is the partner's, by anyone: the organizer's file counts for the partner's admin, and the admin's for the organizer", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner, partnerCount: 1, attendeeCount: 4 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const admin = await makePartnerMember(event.eventId, partner.id, "admin", { by: owner });
  openAgreementGate(admin);
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  const organizers = await download(owner, event.eventId, partner.id, { file: "leads", format: "csv" });
  decideAtBooth(device, event.attendees[1]!.badgeCode, "share");
  const admins = await download(admin, event.eventId, partner.id, { file: "leads", format: "xlsx", since: "last" });
  assert.deepEqual([admins.record.rows, admins.record.sinceExportId], [1, organizers.record.id]);
  decideAtBooth(device, event.attendees[2]!.badgeCode, "share");
  const next = await download(owner, event.eventId, partner.id, { file: "leads", format: "csv", since: "last" });
  assert.deepEqual([emailsOf(next.content), next.record.sinceExportId], [[event.attendees[2]!.email], admins.record.id]);
  // A suppression list hands nothing over, so it is no "last export"; and it has no "new since".
  await download(owner, event.eventId, partner.id, { file: "suppression", format: "csv" });
  assert.equal(sinceLastExport(admin, event.eventId, partner.id).previous?.id, next.record.id);
  assert.throws(
    () => streamPartnerFile(owner, event.eventId, partner.id, { file: "suppression", format: "csv", since: "last" }),
    (e: unknown) => e instanceof AppError && e.code === "invalid",
  );
  const member = await makePartnerMember(event.eventId, partner.id, "member", { by: admin });
  assert.throws(() => sinceLastExport(member, event.eventId, partner.id), (e: unknown) => e instanceof AppError && e.code === "forbidden");
});

test("[EXPORT] the organizer's all-partners ZIP is a leads export of each partner: “new since” continues it", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner, partnerCount: 2, attendeeCount: 4 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  await drain((await streamAllPartnersZip(owner, event.eventId)).body);
  const zipped = getDb().select().from(exports).where(and(eq(exports.partnerId, partner.id), eq(exports.format, "csv"))).get()!;
  decideAtBooth(device, event.attendees[1]!.badgeCode, "share");
  assert.deepEqual([sinceLastExport(owner, event.eventId, partner.id).previous?.id, sinceLastExport(owner, event.eventId, partner.id).newLeads], [zipped.id, 1]);
  const next = await download(owner, event.eventId, partner.id, { file: "leads", format: "csv", since: "last" });
  assert.deepEqual([emailsOf(next.content), next.record.sinceExportId], [[event.attendees[1]!.email], zipped.id]);
});
