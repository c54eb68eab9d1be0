// Issue 14, "CRM-ready files": HubSpot and Salesforce imports and vCard, from the download route's code.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, currentConsent, exports } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { AppError } from "../errors";
import { saveQualification } from "../leads/save-qualification";
import { updateLeadForm } from "../leads/update-lead-form";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { streamPartnerFile, type ExportChoice } from "./stream-partner-file";
import { drain, readCsvFile } from "./test-readers";

before(() => useTestDatabase());

async function download(eventId: number, partnerId: number, choice: ExportChoice) {
  const file = streamPartnerFile(OPERATOR, eventId, partnerId, choice);
  const content = await drain(file.body);
  const [recorded] = file.recorded();
  assert.ok(recorded, "recorded once the last byte was sent");
  return { file, content, record: getDb().select().from(exports).where(eq(exports.id, recorded.exportId)).get()! };
}

/** One lead with every awkward value, rated, tagged and answered; a second lead plain. */
function show() {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const partner = event.partners[0]!;
  const [ada, bob] = event.attendees;
  getDb()
    .update(attendees)
    .set({ phone: "+49 (0)30 1234-5678", company: "=cmd|' /C calc'!A0", lastName: "O'Brien; Jr.", jobTitle: "Head of \"Things\", Europe" })
    .where(eq(attendees.id, ada!.id))
    .run();
  getDb().update(attendees).set({ phone: "030 1234", company: "Acme" }).where(eq(attendees.id, bob!.id)).run();
  const form = updateLeadForm(OPERATOR, event.eventId, partner.id, { tags: ["Budget", "Follow, up"], questions: [{ label: "Wants a demo?", kind: "yes_no" }] });
  const device = makeDevice(event.eventId, partner.id, "North phone");
  decideAtBooth(device, ada!.badgeCode, "share");
  decideAtBooth(device, bob!.badgeCode, "share");
  const consentId = getDb().select({ id: currentConsent.consentId }).from(currentConsent).where(and(eq(currentConsent.partnerId, partner.id), eq(currentConsent.attendeeId, ada!.id))).get()!.id;
  const demo = String(form.questions[0]!.id);
  saveQualification(device, { consentId, basedOn: 0, rating: "hot", notes: "Call back;\nafter the show", tags: ["Budget", "Follow, up"], answers: { [demo]: "yes" }, clientId: randomUUID() });
  return { event, partner, ada: ada!, bob: bob!, consentId };
}

test("[EXPORT] HubSpot and Salesforce files carry each CRM's column names, the consent, and values as they are (no apostrophe, phones E.164)", async () => {
  const { event, partner, ada, consentId } = show();
  for (const [format, names] of [
    ["hubspot", { phone: "Phone Number", company: "Company Name", title: "Job Title", rating: "Lead Rating", notes: "Notes" }],
    ["salesforce", { phone: "Phone", company: "Company", title: "Title", rating: "Rating", notes: "Description" }],
  ] as const) {
    const { file, content, record } = await download(event.eventId, partner.id, { file: "leads", format });
    const { header, records } = readCsvFile(content);
    const row = (email: string) => Object.fromEntries(header.map((h, i) => [h, records.find((r) => r[header.indexOf("Email")] === email)![i]]));
    const lead = row(ada.email);
    assert.equal(records.length, 2);
    assert.equal(lead[names.company], "=cmd|' /C calc'!A0", `${format}: a CRM runs nothing, so nothing is prefixed`);
    assert.equal(lead[names.phone], "+493012345678");
    assert.equal(lead["Last Name"], "O'Brien; Jr.");
    assert.equal(lead[names.title], 'Head of "Things", Europe');
    assert.equal(lead[names.rating], "Hot");
    assert.equal(lead[names.notes], "Call back;\nafter the show");
    assert.deepEqual([lead.Tags, lead["question: Wants a demo?"], lead["Lead Source"], lead["Consent ID"]], ["Budget; Follow, up", "yes", "Fairlead", String(consentId)]);
    assert.equal(row(event.attendees[1]!.email)[names.phone], "030 1234", "a national number stays as typed");
    assert.match(file.filename, new RegExp(`-${partner.id}-leads-${format}-\\d{8}-\\d{4}.*\\.csv$`));
    assert.deepEqual([record.format, record.rows], [`${format}_csv`, 2]);
  }
});

test("[EXPORT] a vCard per lead: escaped, folded at 75 octets, the consent in the note; it hands contacts over like any leads file", async () => {
  const { event, partner, ada, consentId } = show();
  const { file, content, record } = await download(event.eventId, partner.id, { file: "leads", format: "vcard" });
  const text = content.toString("utf8");
  assert.equal(file.contentType, "text/vcard; charset=utf-8");
  assert.match(file.filename, /\.vcf$/);
  assert.deepEqual([record.format, record.rows], ["vcard", 2]);
  assert.equal(text.match(/^BEGIN:VCARD\r\n/gm)?.length, 2);
  for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75, `folded: ${line}`);
  const unfolded = text.replace(/\r\n /g, "");
  const card = unfolded.split("END:VCARD").find((c) => c.includes(ada.email))!;
  assert.match(card, /^N:O'Brien\\; Jr\.;Ada\d*;;;$/m);
  assert.match(card, /^TEL;TYPE=WORK,VOICE:\+493012345678$/m);
  assert.match(card, /^ORG:=cmd\|' \/C calc'!A0$/m);
  assert.match(card, /^TITLE:Head of "Things"\\, Europe$/m);
  assert.match(card, /^CATEGORIES:Budget,Follow\\, up$/m);
  assert.match(card, new RegExp(`^NOTE:Rating: Hot\\\\nCall back\\\\;\\\\nafter the show\\\\nWants a demo\\?: yes\\\\nShared with consent ${consentId} at `, "m"));
  assert.match(card, new RegExp(`^UID:urn:fairlead:consent:${consentId}$`, "m"));

  // Handed over: a withdrawal afterwards is on the suppression list.
  decideOnMyPage(attendeeFromToken(ada.personalToken)!, partner.id, "decline", new Date(Date.now() + 1000));
  const suppression = readCsvFile((await download(event.eventId, partner.id, { file: "suppression", format: "csv" })).content);
  assert.deepEqual(suppression.records.map((r) => r[0]), [ada.email]);
});

test("[EXPORT] a suppression list comes as CSV or XLSX only: a CRM format is refused before anything is read", () => {
  const { event, partner } = show();
  assert.throws(
    () => streamPartnerFile(OPERATOR, event.eventId, partner.id, { file: "suppression", format: "vcard" }),
    (e: unknown) => e instanceof AppError && e.code === "invalid" && /CSV or XLSX/.test(e.message),
  );
});
