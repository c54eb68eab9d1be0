import assert from "node:assert/strict";
import { before, test } from "node:test";
import { count } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import { OPERATOR } from "../../auth/actor";
import { useTestDatabase } from "../../test/db";
import { makeEvent } from "../../test/fixtures";
import { EVENTBRITE, PRETIX, fixtureBytes, importBytes } from "./import-test-helpers";
import { parseFile } from "./parse-file";
import { PREVIEW_ROWS, inspectFile, previewImport } from "./preview-import";

before(() => useTestDatabase());

const attendeeCount = () => getDb().select({ n: count() }).from(attendees).get()!.n;

test("[IMPORT] the preview shows the first rows as they will be stored, with each bad row's problem, and writes nothing", async () => {
  const eventId = makeEvent({ attendeeCount: 0 }).eventId;
  const file = await parseFile(fixtureBytes(PRETIX), PRETIX);
  const before = attendeeCount();
  const inspection = inspectFile(OPERATOR, eventId, file);
  assert.deepEqual([inspection.format, inspection.delimiter, inspection.rowsTotal, inspection.mappingProblem], ["csv", ";", 41, null]);
  assert.equal(inspection.preview.length, PREVIEW_ROWS);
  const [first] = inspection.preview;
  assert.deepEqual([first?.line, first?.outcome, first?.values.firstName, first?.values.email, first?.badgeCode, first?.badgeSource], [2, "new", "Łukasz", "lukasz.ivanov0@northwind.example", "76bv5g97vrf5663zwtbpgndgvy7qvgsd", "vendor"]);
  const kenji = inspection.preview.find((r) => r.line === 5)!;
  assert.equal(kenji.values.company, '=HYPERLINK("http://example.invalid","Click")');
  const bad = inspection.preview.filter((r) => r.outcome === "skipped").map((r) => [r.line, r.problems[0]?.field]);
  assert.deepEqual(bad, [[7, "E-mail"], [9, "E-mail"]]);
  assert.equal(attendeeCount(), before);
});

test("[IMPORT] a corrected mapping redraws the preview from the sample; rows already imported show as update or unchanged", async () => {
  const eventId = makeEvent({ attendeeCount: 0 }).eventId;
  const changed = fixtureBytes(EVENTBRITE).toString("utf8").replace("Sales Engineer,Litware", "CTO,Litware");
  await importBytes(OPERATOR, eventId, Buffer.from(changed), "first.csv");
  const inspection = inspectFile(OPERATOR, eventId, await parseFile(fixtureBytes(EVENTBRITE), EVENTBRITE));
  assert.deepEqual(inspection.preview.slice(0, 2).map((r) => [r.outcome, r.values.jobTitle, r.badgeSource]), [["unchanged", "Procurement Lead", "kept"], ["update", "Sales Engineer", "kept"]]);

  // Without the barcode column, a new person would get an issued code; the company column moved to Job Title.
  const { badgeCode: _, ...mapping } = inspection.mapping;
  const other = makeEvent({ attendeeCount: 0 }).eventId;
  const rows = previewImport(OPERATOR, other, { headers: inspection.headers, sample: inspection.sample, mapping: { ...mapping, jobTitle: 11, company: undefined } });
  assert.deepEqual([rows[0]?.outcome, rows[0]?.badgeCode, rows[0]?.badgeSource, rows[0]?.values.jobTitle, rows[0]?.values.company], ["new", null, "issued", "Northwind Traders", null]);
  assert.throws(() => previewImport(OPERATOR, other, { headers: inspection.headers, sample: inspection.sample, mapping: { firstName: 2 } }), /email address/);
});
