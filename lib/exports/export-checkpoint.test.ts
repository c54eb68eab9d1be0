// Each export file carries the signed checkpoint it falls under (issue 11 §4): the download's
// name and header, the XLSX's second sheet, the ZIP's checkpoint.json; the history shows it.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, exports, ledgerCheckpoints } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { PublishedCheckpointsSchema } from "../consent/receipts/verify-receipt";
import { keyFromJwk, verifyStatement } from "../ledger/checkpoint-statement";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { downloadResponse } from "./download-response";
import { listExports } from "./list-exports";
import { streamAllPartnersZip } from "./stream-all-partners";
import { streamPartnerFile } from "./stream-partner-file";
import { xlsxStream } from "./xlsx-file";
import { drain, readCsvFile, readZip } from "./test-readers";

before(() => useTestDatabase());

const checkpointRow = (id: number) => getDb().select().from(ledgerCheckpoints).where(eq(ledgerCheckpoints.id, id)).get()!;
const ledgerRows = (eventId: number) => getDb().select({ id: consentEvents.id }).from(consentEvents).where(eq(consentEvents.eventId, eventId)).all().length;

function eventWithLeads() {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 3 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  for (const a of event.attendees) decideAtBooth(device, a.badgeCode, "share");
  return event;
}

test("[EXPORT] a CSV download names its checkpoint in its name and a header; its rows are the leads alone", async () => {
  const event = eventWithLeads();
  const file = streamPartnerFile(OPERATOR, event.eventId, event.partners[0]!.id, { file: "leads", format: "csv" });
  const response = downloadResponse(file);
  const content = Buffer.from(await response.arrayBuffer());
  const id = file.checkpointId!;
  assert.ok(id, "a checkpoint was written for the export");
  assert.equal(response.headers.get("x-fairlead-checkpoint"), String(id));
  assert.match(response.headers.get("content-disposition")!, new RegExp(`-leads-\\d{8}-\\d{4}-checkpoint-${id}\\.csv"$`));
  assert.equal(checkpointRow(id).rows, ledgerRows(event.eventId), "it covers every row the file was read from");
  assert.equal(readCsvFile(content).records.length, 3, "the CSV holds its leads and nothing else");
  const [recorded] = file.recorded();
  assert.equal(getDb().select().from(exports).where(eq(exports.id, recorded!.exportId)).get()!.checkpointId, id);
  // The organizer's export history shows it.
  assert.equal(listExports(OPERATOR, event.eventId).find((e) => e.id === recorded!.exportId)?.checkpointId, id);
});

test("[EXPORT] an XLSX names its checkpoint on a second sheet, signature included", async () => {
  const event = eventWithLeads();
  const file = streamPartnerFile(OPERATOR, event.eventId, event.partners[0]!.id, { file: "leads", format: "xlsx" });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await drain(file.body)) as unknown as ArrayBuffer);
  assert.deepEqual(workbook.worksheets.map((s) => s.name), ["Leads", "Checkpoint"]);
  const values = new Map<string, string>();
  workbook.getWorksheet("Checkpoint")!.eachRow((row) => values.set(row.getCell(1).text, row.getCell(2).text));
  const c = checkpointRow(file.checkpointId!);
  assert.equal(values.get("checkpoint"), String(c.id));
  assert.equal(values.get("rows"), String(c.rows));
  assert.equal(values.get("head_hash"), c.headHash);
  assert.equal(values.get("signature"), c.signature);
  assert.equal(values.get("published_at"), `/api/events/${event.slug}/checkpoints`);
  assert.match(file.filename, new RegExp(`-checkpoint-${c.id}\\.xlsx$`));
});

test("[EXPORT] the Checkpoint sheet holds a signature that begins with \"-\" as it is, as a lead's text cell does", async () => {
  const signature = "-c9Je1dcpUl8ctVMvSqWHuzOnDhJBiM6auwu_rR15Da";
  const file = xlsxStream({ columns: [["Name", (r: string) => r]], rows: ["=cmd"] }, "Leads", new Date(), { sheet: "Checkpoint", rows: [["signature", signature]] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await drain(file)) as unknown as ArrayBuffer);
  assert.equal(workbook.getWorksheet("Checkpoint")!.getRow(1).getCell(2).text, signature);
  assert.equal(workbook.getWorksheet("Leads")!.getRow(2).getCell(1).text, "=cmd", "a lead's cell is typed text, no apostrophe (issue 14)");
});

test("[EXPORT] the all-partners ZIP carries checkpoint.json: the signed statement as published, which verifies", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, partnerCount: 2, attendeeCount: 2 });
  decideAtBooth(makeDevice(event.eventId, event.partners[0]!.id), event.attendees[0]!.badgeCode, "share");
  const zip = await streamAllPartnersZip(organizer, event.eventId);
  const entries = readZip(await drain(zip.body));
  const published = PublishedCheckpointsSchema.parse(JSON.parse(entries.get("checkpoint.json")!.toString("utf8")));
  assert.deepEqual(published.event, { id: event.eventId, slug: event.slug });
  const [statement] = published.checkpoints;
  assert.equal(statement!.id, zip.checkpointId);
  assert.equal(statement!.rows, 1);
  assert.ok(verifyStatement(statement!, keyFromJwk(published.key!)), "signed by the published key");
  assert.match(zip.filename, new RegExp(`-all-partners-\\d{8}-\\d{4}-checkpoint-${zip.checkpointId}\\.zip$`));
  assert.ok(zip.recorded().every((r) => getDb().select().from(exports).where(eq(exports.id, r.exportId)).get()!.checkpointId === zip.checkpointId));
});

test("[EXPORT] an event with an empty ledger exports without a checkpoint, and says none", async () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1 });
  const file = streamPartnerFile(OPERATOR, event.eventId, event.partners[0]!.id, { file: "leads", format: "csv" });
  const response = downloadResponse(file);
  await response.arrayBuffer();
  assert.equal(file.checkpointId, null);
  assert.equal(response.headers.get("x-fairlead-checkpoint"), null);
  assert.doesNotMatch(file.filename, /checkpoint/);
});
