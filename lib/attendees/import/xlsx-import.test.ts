import assert from "node:assert/strict";
import { before, test } from "node:test";
import ExcelJS from "exceljs";
import { OPERATOR } from "../../auth/actor";
import { useTestDatabase } from "../../test/db";
import { makeEvent } from "../../test/fixtures";
import { EVENTBRITE, fixtureBytes, importBytes, importFixture, storedAttendees } from "./import-test-helpers";
import { parseCsv } from "./parse-csv";
import { parseFile } from "./parse-file";

before(() => useTestDatabase());

/** The Eventbrite fixture as a registration system's XLSX export: every cell text, as exported. */
async function eventbriteWorkbook(): Promise<Buffer> {
  const csv = await parseCsv(fixtureBytes(EVENTBRITE));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Attendees");
  sheet.addRow(csv.headers);
  for (const record of csv.records.slice()) sheet.addRow(record.cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const comparable = (eventId: number) =>
  storedAttendees(eventId)
    .map(({ firstName, lastName, email, company, jobTitle, country, externalId, badgeCode, badgeSource }) =>
      JSON.stringify({ firstName, lastName, email, company, jobTitle, country, externalId, badgeCode, badgeSource }),
    )
    .sort();

test("[IMPORT] an XLSX export imports the same attendees as the CSV, with its row numbers as lines", async () => {
  const fromCsv = makeEvent({ attendeeCount: 0 }).eventId;
  const fromXlsx = makeEvent({ attendeeCount: 0 }).eventId;
  await importFixture(OPERATOR, fromCsv, EVENTBRITE);
  // Named .csv on purpose: the content decides, not the name.
  const result = await importBytes(OPERATOR, fromXlsx, await eventbriteWorkbook(), "attendees-export.csv");
  assert.deepEqual([result.created, result.rejected], [38, 3]);
  assert.deepEqual(result.problems.map((p) => p.line), [7, 9, 42], "a cell with a line break is still one spreadsheet row");
  assert.deepEqual(comparable(fromXlsx), comparable(fromCsv));
  assert.equal(comparable(fromXlsx).length, 38);
});

test("[IMPORT] XLSX cells: numbers, rich text, hyperlinks and formulas are read as the text a spreadsheet shows", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.addRow(["First name", "Last name", "Email", "Company", "Phone", "Ticket ID"]);
  sheet.addRow([
    { richText: [{ text: "Gr" }, { text: "ace", font: { bold: true } }] },
    "Hopper",
    { text: "grace@navy.example", hyperlink: "mailto:grace@navy.example" },
    { formula: 'CONCAT("US ","Navy")', result: "US Navy" },
    4930123456,
    1906,
  ]);
  sheet.addRow([]);
  sheet.addRow(["Ada", "Lovelace", "ada@byron.example", "=not a formula", "", ""]);
  const file = await parseFile(Buffer.from(await workbook.xlsx.writeBuffer()), "sheet.xlsx");
  assert.equal(file.format, "xlsx");
  assert.deepEqual(file.records.slice().map((r) => [r.line, ...r.cells]), [
    [2, "Grace", "Hopper", "grace@navy.example", "US Navy", "4930123456", "1906"],
    [4, "Ada", "Lovelace", "ada@byron.example", "=not a formula", "", ""],
  ]);
});
