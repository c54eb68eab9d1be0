import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { databasePath, getDb, type Db } from "@/db/client";
import { openReadSnapshot } from "@/db/read-snapshot";
import { attendees, currentConsent, partnerVisits } from "@/db/schema";
import { and, eq } from "drizzle-orm";
import { saveQualification } from "../leads/save-qualification";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { OPERATOR } from "../auth/actor";
import { updateLeadForm } from "../leads/update-lead-form";
import { leadColumns } from "./columns";
import { csvChunks } from "./csv-file";
import { LeadCells } from "./lead-cells";
import { leadCsvChunks } from "./lead-csv";
import { readLeads, readQuestions } from "./read-partner-rows";
import { readCsvFile } from "./test-readers";

before(() => useTestDatabase());

/** The reference: csvChunks over leadColumns and the full rows (what the XLSX reads too). */
const reference = (db: Db, partnerId: number) => Buffer.concat([...csvChunks({ columns: leadColumns(readQuestions(db, partnerId)), rows: readLeads(db, partnerId) })]);
const fast = (db: Db, cells: LeadCells, partnerId: number) => {
  let rows = 0;
  const content = Buffer.concat([...leadCsvChunks(db, cells, partnerId, readQuestions(db, partnerId), () => rows++)]);
  return { content, rows };
};

/** Two partners whose leads have every awkward value a cell can hold. */
function awkwardShow() {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 6 });
  const [p1, p2] = [event.partners[0]!, event.partners[1]!];
  const people: [string, string, string | null, string, string, string | null][] = [
    ["=HYPERLINK(\"x\")", "O'Brien, Jr.", "+49 30 123", "@corp", "-Head", "DE"],
    ["Zoë", "Ünal", null, "Line\r\nbreak \"Ltd\"", "\tTabbed", null],
    ["日本", "🎉", "", "", "", ""],
    ["Plain", "Name", "123", "Acme", "CTO", "FR"],
  ];
  people.forEach(([firstName, lastName, phone, company, jobTitle, country], i) =>
    getDb().update(attendees).set({ firstName, lastName, phone, company, jobTitle, country }).where(eq(attendees.id, event.attendees[i]!.id)).run(),
  );
  const phone = makeDevice(event.eventId, p1.id, "+Booth, \"north\"");
  const other = makeDevice(event.eventId, p2.id, "Zweites Gerät");
  for (const i of [0, 1, 2, 3]) decideAtBooth(phone, event.attendees[i]!.badgeCode, "share", { at: new Date(Date.now() - 3 * 3600_000 + i) });
  // A second visit on another phone: first and last visit differ, and the device is the last one.
  decideAtBooth(makeDevice(event.eventId, p1.id, "Hall B"), event.attendees[0]!.badgeCode, "share", { at: new Date(Date.now() - 3600_000) });
  for (const i of [1, 4]) decideAtBooth(other, event.attendees[i]!.badgeCode, "share");
  decideAtBooth(other, event.attendees[5]!.badgeCode, "decline");
  // A lead without a visit row (partner_visits is a projection of the scans: gone here on purpose),
  // so no first or last visit, and the device is the one the decision was made on.
  decideAtBooth(phone, event.attendees[5]!.badgeCode, "share");
  getDb().delete(partnerVisits).where(and(eq(partnerVisits.partnerId, p1.id), eq(partnerVisits.attendeeId, event.attendees[5]!.id))).run();
  const consentId = (i: number) =>
    getDb().select({ id: currentConsent.consentId }).from(currentConsent).where(and(eq(currentConsent.partnerId, p1.id), eq(currentConsent.attendeeId, event.attendees[i]!.id))).get()!.id;
  // Questions whose labels repeat or need quoting, and one removed after it was answered.
  const form = updateLeadForm(OPERATOR, event.eventId, p1.id, {
    tags: ["=Budget", "Decision, maker"],
    questions: [
      { label: "Team \"size\"", kind: "choice", choices: ["1-10", "+100"] },
      { label: "Demo?", kind: "yes_no" },
      { label: "Demo?", kind: "text" },
    ],
  });
  const [size, demo, again] = form.questions.map((q) => String(q.id));
  const save = (i: number, rating: "cold" | "warm" | "hot" | null, notes: string, tags: string[] = [], answers: Record<string, string> = {}) =>
    saveQualification(phone, { consentId: consentId(i), basedOn: 0, rating, notes, tags, answers, clientId: randomUUID() });
  save(0, "hot", "=1+1, \"call\"\nsoon", ["=Budget", "Decision, maker"], { [size!]: "+100", [demo!]: "yes", [again!]: "Line\nbreak" });
  save(1, null, "Nur Notizen: Grüße", ["Decision, maker"]);
  save(2, "cold", "", [], { [demo!]: "no" });
  updateLeadForm(OPERATOR, event.eventId, p1.id, { tags: ["=Budget"], questions: [{ id: Number(size), label: "Team \"size\"", kind: "choice", choices: ["1-10", "+100"] }] });
  return { event, partners: [p1, p2] };
}

test("[EXPORT] a leads CSV from cached cells and numbers is byte for byte the CSV of leadColumns, tags and answers included", () => {
  const { event, partners } = awkwardShow();
  const { db, close } = openReadSnapshot(databasePath());
  try {
    const preloaded = new LeadCells(db).preloadEvent(event.eventId);
    for (const partner of partners) {
      const expected = reference(db, partner.id);
      const lazy = fast(db, new LeadCells(db), partner.id); // a single download: filled as it reads
      const zip = fast(db, preloaded, partner.id); // the ZIP: every attendee formatted up front
      assert.equal(lazy.content.toString("utf8"), expected.toString("utf8"));
      assert.ok(lazy.content.equals(expected) && zip.content.equals(expected), `partner ${partner.id}: same bytes`);
      assert.equal(zip.rows, readCsvFile(expected).records.length);
    }
    assert.equal(fast(db, preloaded, partners[0]!.id).rows, 5);
    // What the reference says, so both cannot agree on leaving the answers out.
    const { header, records } = readCsvFile(reference(db, partners[0]!.id));
    const [size, demo, again] = readQuestions(db, partners[0]!.id);
    assert.deepEqual(header.slice(-4), ["tags", 'question: Team "size"', `question: Demo? (${demo!.id})`, `question: Demo? (${again!.id})`], "a removed question keeps its column");
    const ada = records.find((r) => r[header.indexOf("first_name")] === "'=HYPERLINK(\"x\")")!;
    assert.deepEqual(ada.slice(-4), ["'=Budget; Decision, maker", "'+100", "yes", "Line\nbreak"]);
    assert.equal(ada[header.indexOf("phone")], "'+4930123", "E.164, neutralised in the spreadsheet CSV");
    assert.ok(size);
  } finally {
    close();
  }
});
