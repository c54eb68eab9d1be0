// Issue 14's acceptance, checked in a real spreadsheet: LibreOffice (headless, as .ci/run installs
// it) opens the leads files of a contact whose company, job title and name look like formulas,
// and finds no formula cell in the spreadsheet CSV or the XLSX; the phone number arrives as text
// without an apostrophe in the XLSX and in the CRM presets.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { OPERATOR } from "../auth/actor";
import { createAttendee } from "../attendees/attendees";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { streamPartnerFile, type ExportChoice } from "./stream-partner-file";
import { drain } from "./test-readers";

const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
// Required on CI (.ci/run installs libreoffice-calc-nogui); elsewhere the test says what it needs.
const skip = !soffice && !process.env.CI ? "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)" : false;

before(() => useTestDatabase());

const TRAPS = { company: '=HYPERLINK("http://evil.example","Click")', jobTitle: "@SUM(1+1)", lastName: "-2+3", phone: "+1 (555) 010-0161" };

async function exported(choice: ExportChoice, dir: string, name: string) {
  const event = makeEvent({ attendeeCount: 0 });
  const partner = event.partners[0]!;
  const attendee = createAttendee(OPERATOR, event.eventId, { firstName: "Formula", email: `trap-${name}@example.com`, ...TRAPS });
  decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");
  const file = path.join(dir, name);
  fs.writeFileSync(file, await drain(streamPartnerFile(OPERATOR, event.eventId, partner.id, choice).body));
  return file;
}

const CSV_AS_OPENED = "CSV:44,34,76,1,,0,false,true,false,false,false,false,true";

/** The file as LibreOffice reads it, saved as flat ODF (one XML file): its cells and formulas. */
function openInLibreOffice(file: string, dir: string, infilter?: string): string {
  const profile = `file://${path.join(dir, "profile")}`;
  const args = ["--headless", `-env:UserInstallation=${profile}`, ...(infilter ? [`--infilter=${infilter}`] : []), "--convert-to", "fods", "--outdir", dir, file];
  execFileSync("soffice", args, { stdio: "pipe", timeout: 120_000 });
  return fs.readFileSync(path.join(dir, `${path.parse(file).name}.fods`), "utf8");
}

test("[EXPORT] LibreOffice opens the leads CSV and XLSX with no formula cell; the XLSX phone is text without an apostrophe", { skip }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-lo-"));
  const xlsx = openInLibreOffice(await exported({ file: "leads", format: "xlsx" }, dir, "leads.xlsx"), dir);
  // A CSV opened as a user opens it: comma-separated, UTF-8, formulas evaluated (CSV_AS_OPENED's last token).
  const csv = openInLibreOffice(await exported({ file: "leads", format: "csv" }, dir, "leads.csv"), dir, CSV_AS_OPENED);
  // The check can fail: the same options on a raw formula make a formula cell.
  fs.writeFileSync(path.join(dir, "control.csv"), "a,b\r\n=1+1,x\r\n");
  assert.match(openInLibreOffice(path.join(dir, "control.csv"), dir, CSV_AS_OPENED), /table:formula=/, "the control's formula");
  for (const [name, doc] of [["xlsx", xlsx], ["csv", csv]] as const) {
    assert.doesNotMatch(doc, /table:formula=/, `${name}: a cell LibreOffice evaluates`);
    assert.match(doc, /HYPERLINK/, `${name}: the company is there, as text`);
  }
  assert.match(xlsx, /<text:p>\+15550100161<\/text:p>/, "the XLSX phone, E.164, as text");
  assert.doesNotMatch(xlsx, /<text:p>'/, "no cell of the XLSX starts with an apostrophe");
});

test("[EXPORT] the CRM presets carry the phone in E.164 without an apostrophe", { skip }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-crm-"));
  for (const format of ["hubspot", "salesforce", "vcard"] as const) {
    const text = fs.readFileSync(await exported({ file: "leads", format }, dir, `${format}.txt`), "utf8");
    assert.match(text, /\+15550100161/, format);
    assert.doesNotMatch(text, /'\+/, `${format}: no apostrophe before the phone`);
  }
});
