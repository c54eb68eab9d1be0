import assert from "node:assert/strict";
import { createHash, randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { count as sqlCount, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, consentNotices, exports } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { makeDevice, makeEvent, makeOrganizer, type TestEvent } from "../test/fixtures";
import { openScan } from "../scans/open-scan";
import { recordDecision } from "../consent/record-decision";
import { LEAD_COLUMNS } from "./columns";
import { exportPartnerLeadsCsv } from "./test-downloads";
import { parseCsv } from "./test-readers";

before(() => useTestDatabase());

function decide(event: TestEvent, partnerIndex: number, attendeeIndex: number, choice: "share" | "decline") {
  const device = makeDevice(event.eventId, event.partners[partnerIndex]!.id);
  const read = { scanId: randomUUID(), code: event.attendees[attendeeIndex]!.badgeCode, scannedAt: new Date().toISOString() };
  const { notice } = openScan(device, read);
  const decision = { ...read, choice, drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language };
  return recordDecision(device, { ...decision, decidedAt: new Date().toISOString() });
}

test("[EXPORT] parseCsv itself reads quotes, doubled quotes and embedded CRLF", () => {
  assert.deepEqual(parseCsv('a,"b,""c""",\r\n"x\r\ny",z,\r\n'), [["a", 'b,"c"', ""], ["x\r\ny", "z", ""]]);
  assert.throws(() => parseCsv("a,b\n"));
});

test("[EXPORT] a partner's file holds exactly its current leads, each with its consent id and time", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, partnerCount: 2, attendeeCount: 4 });
  const partner = event.partners[0]!;
  const first = decide(event, 0, 0, "share");
  decide(event, 0, 1, "decline");
  decide(event, 0, 2, "share");
  decide(event, 0, 2, "decline"); // changed their mind: the latest decision wins
  decide(event, 1, 3, "share"); // another partner's lead
  const last = decide(event, 0, 3, "share");
  const exportsBefore = getDb().select({ n: sqlCount() }).from(exports).get()!.n;

  const now = new Date("2026-03-14T17:45:00Z");
  const file = await exportPartnerLeadsCsv(organizer, event.eventId, partner.id, now);
  const text = file.content.toString("utf8");
  assert.ok(text.startsWith("\uFEFF"), "a BOM, so Excel reads UTF-8");
  const [header, ...records] = parseCsv(text.slice(1));
  assert.deepEqual(header, LEAD_COLUMNS.map(([name]) => name));
  const col = (name: string) => header.indexOf(name);

  assert.equal(file.rows, 2);
  assert.deepEqual(records.map((r) => r[col("email")]).sort(), [event.attendees[0]!.email, event.attendees[3]!.email].sort());
  for (const record of records) {
    assert.equal(record.length, header.length);
    const ledger = getDb().select().from(consentEvents).where(eq(consentEvents.id, Number(record[col("consent_id")]))).get();
    assert.ok(ledger, "consent_id names a ledger row");
    assert.deepEqual([ledger.action, ledger.partnerId], ["grant", partner.id]);
    assert.equal(record[col("consent_time")], ledger.recordedAt.toISOString());
    const notice = getDb().select().from(consentNotices).where(eq(consentNotices.id, ledger.noticeId)).get()!;
    assert.equal(record[col("notice_version")], String(notice.version));
    assert.equal(record[col("notice_language")], ledger.language);
    assert.equal(record[col("company")], "'=cmd|' /C calc'!A0", "formula neutralised with a leading apostrophe");
  }
  assert.deepEqual(records.map((r) => Number(r[col("consent_id")])).sort(), [first.consentId, last.consentId].sort());

  const audit = getDb().select().from(exports).where(eq(exports.id, file.exportId)).get();
  assert.ok(audit);
  assert.deepEqual(
    [audit.eventId, audit.partnerId, audit.userId, audit.actorLabel, audit.rows, audit.format, audit.createdAt.getTime()],
    [event.eventId, partner.id, organizer.userId, `organizer:${organizer.email}`, 2, "csv", now.getTime()],
  );
  assert.equal(audit.sha256, createHash("sha256").update(file.content).digest("hex"));
  assert.equal(file.sha256, audit.sha256);
  assert.equal(getDb().select({ n: sqlCount() }).from(exports).get()!.n, exportsBefore + 1);
  assert.match(file.filename, new RegExp(`^partner-1-ev-[a-z0-9-]+-${partner.id}-leads-20260314-1745-checkpoint-${audit.checkpointId}\\.csv$`));
});

test("[EXPORT] a partner with no leads gets a header-only file, recorded with 0 rows", async () => {
  const event = makeEvent();
  decide(event, 1, 0, "decline");
  const file = await exportPartnerLeadsCsv(OPERATOR, event.eventId, event.partners[1]!.id);
  assert.deepEqual(parseCsv(file.content.toString("utf8").slice(1)), [LEAD_COLUMNS.map(([name]) => name)]);
  const audit = getDb().select().from(exports).where(eq(exports.id, file.exportId)).get()!;
  assert.deepEqual([audit.rows, audit.actorLabel, audit.userId], [0, "cli", null]);
});

test("[EXPORT] a refused export records nothing", async () => {
  const outsider = await makeOrganizer();
  const event = makeEvent();
  decide(event, 0, 0, "share");
  const before = getDb().select({ n: sqlCount() }).from(exports).get()!.n;
  assert.throws(() => exportPartnerLeadsCsv(outsider, event.eventId, event.partners[0]!.id), (e: unknown) => e instanceof AppError && e.code === "not_found");
  assert.equal(getDb().select({ n: sqlCount() }).from(exports).get()!.n, before);
});
