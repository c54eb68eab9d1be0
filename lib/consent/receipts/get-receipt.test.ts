import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { useTestDatabase } from "../../test/db";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents } from "@/db/schema";
import type { DeviceActor } from "../../auth/actor";
import { attendeeFromToken } from "../../auth/attendee";
import { sha256Hex } from "../../crypto";
import { AppError } from "../../errors";
import { makeDevice, makeEvent, makeOrganizer, type TestEvent } from "../../test/fixtures";
import { openScan } from "../../scans/open-scan";
import { recordDecision } from "../record-decision";
import { getReceipt } from "./get-receipt";

before(() => useTestDatabase());

const notFound = (e: unknown) => e instanceof AppError && e.code === "not_found";
let clock = Date.now() - 3_600_000;

/** The booth flow as the UI runs it: the screen is opened, then the attendee taps a button. */
function decide(device: DeviceActor, code: string, choice: "share" | "decline") {
  const read = { scanId: randomUUID(), code, scannedAt: new Date(clock) };
  const screen = openScan(device, read);
  const decidedAt = new Date((clock += 1000));
  const { notice } = screen;
  const result = recordDecision(device, { ...read, choice, drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt });
  return { screen, read, decidedAt, consentId: result.consentId };
}

function attendeeOf(event: TestEvent, i: number) {
  const actor = attendeeFromToken(event.attendees[i]!.personalToken);
  assert.ok(actor, "the personal token opens the attendee's page");
  return actor;
}

test("[RECEIPT] proves the exact text shown: its sha256 is the text's and the screen's", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id, "Front desk phone");
  const { screen, read, decidedAt, consentId } = decide(device, event.attendees[0]!.badgeCode, "share");

  const { receipt } = getReceipt(attendeeOf(event, 0), consentId);
  const notice = receipt.pii_processing.privacy_notice;
  assert.equal(notice.text, screen.notice.text);
  assert.equal(notice.sha256, screen.notice.sha256);
  assert.equal(notice.sha256, sha256Hex(notice.text));
  assert.equal(notice.version, screen.notice.version);
  assert.equal(notice.language, screen.notice.language);

  assert.equal(receipt.record.schema_version, "ISO/IEC TS 27560:2023");
  assert.equal(receipt.record.record_id, `fairlead-consent-${consentId}`);
  const [controller, organizer] = receipt.party_identification;
  assert.deepEqual(controller, {
    party_id: `partner-${event.partners[0]!.id}`,
    party_name: event.partners[0]!.name,
    party_role: "PII Controller",
    dpv_role: "dpv:DataController",
    party_email: event.partners[0]!.contactEmail,
    party_url: event.partners[0]!.privacyUrl,
    booth: "B1",
    // Not entered yet: "not stated".
    party_legal_name: null,
    party_address: null,
    party_contact: null,
    party_type: null,
  });
  // The organizer collects the decision on the partner's behalf (docs/decisions/024).
  assert.deepEqual(
    [organizer!.party_id, organizer!.party_name, organizer!.party_role],
    [`event-${event.eventId}`, `Event ${event.slug}`, "PII Processor"],
  );
  const [purpose] = receipt.pii_processing.purposes;
  assert.equal(purpose!.purpose, event.partners[0]!.purpose);
  assert.deepEqual(purpose!.pii_controllers, [controller.party_id]);
  assert.ok(purpose!.withdrawal_method.startsWith("/me: "));
  assert.ok(!purpose!.withdrawal_method.includes(event.attendees[0]!.personalToken));

  const [when] = receipt.event;
  assert.equal(when!.state, "given");
  // Tapped (by the phone's clock) an hour before the phone was paired: clamped, the claim kept.
  assert.equal(when!.event_time_claimed ?? when!.event_time, decidedAt.toISOString());
  assert.deepEqual(when!.how, { method: "booth_device", device_name: "Front desk phone", booth: "B1", scan_id: read.scanId });

  const row = getDb().select().from(consentEvents).where(eq(consentEvents.id, consentId)).get()!;
  assert.deepEqual(receipt.ledger, { hash: row.hash, prev_hash: row.prevHash });
  assert.match(receipt.ledger.hash, /^[0-9a-f]{64}$/);
});

test("[RECEIPT] states follow the ledger: declined is refused, granted is given, a later decline is withdrawn", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const code = event.attendees[1]!.badgeCode;
  const ids = [decide(device, code, "decline"), decide(device, code, "share"), decide(device, code, "decline")].map((d) => d.consentId);
  const attendee = attendeeOf(event, 1);
  assert.deepEqual(
    ids.map((id) => getReceipt(attendee, id).receipt.event[0]!.state),
    ["refused", "given", "withdrawn"],
  );
});

test("[RECEIPT] names the attendee by a stable pseudonym, never by email, badge code or token", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer });
  const [a, b] = [event.partners[0]!, event.partners[1]!];
  const who = event.attendees[0]!;
  const first = decide(makeDevice(event.eventId, a.id), who.badgeCode, "share").consentId;
  const second = decide(makeDevice(event.eventId, b.id), who.badgeCode, "decline").consentId;
  const other = decide(makeDevice(event.eventId, a.id), event.attendees[1]!.badgeCode, "share").consentId;

  const id = getReceipt(attendeeOf(event, 0), first).receipt.record.pii_principal_id;
  assert.match(id, /^att-[0-9a-f]{20}$/);
  const json = JSON.stringify(getReceipt(organizer, first).receipt);
  for (const secret of [who.email, who.badgeCode, who.personalToken]) assert.ok(!json.includes(secret), `no ${secret} in the receipt`);
  assert.equal(getReceipt(organizer, second).receipt.record.pii_principal_id, id, "the same for every decision and reader");
  assert.equal(getReceipt(organizer, first).receipt.event[0]!.entity_id, id);
  assert.notEqual(getReceipt(organizer, other).receipt.record.pii_principal_id, id);
});

test("[RECEIPT] an attendee reads only their own receipts; a bad token is nobody", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const mine = decide(device, event.attendees[0]!.badgeCode, "share").consentId;
  const theirs = decide(device, event.attendees[1]!.badgeCode, "share").consentId;
  assert.ok(getReceipt(attendeeOf(event, 0), mine));
  assert.throws(() => getReceipt(attendeeOf(event, 0), theirs), notFound);
  assert.throws(() => getReceipt(attendeeOf(event, 0), 999_999_999), notFound);
  assert.equal(attendeeFromToken("not-a-token"), null);
  assert.equal(attendeeFromToken(event.attendees[0]!.badgeCode), null, "the badge code does not open the page");
  assert.equal(attendeeFromToken(""), null);
});

test("[RECEIPT] a booth device reads its own partner's current leads only", () => {
  const event = makeEvent();
  const deviceA = makeDevice(event.eventId, event.partners[0]!.id);
  const deviceB = makeDevice(event.eventId, event.partners[1]!.id);
  const code = event.attendees[0]!.badgeCode;
  const granted = decide(deviceA, code, "share").consentId;

  assert.equal(getReceipt(deviceA, granted).receipt.event[0]!.state, "given");
  assert.throws(() => getReceipt(deviceB, granted), notFound, "another partner's receipt is unreachable");

  // The attendee changes their mind at the booth: no longer a lead, so no longer the partner's business.
  const withdrawn = decide(deviceA, code, "decline").consentId;
  assert.throws(() => getReceipt(deviceA, granted), notFound);
  assert.throws(() => getReceipt(deviceA, withdrawn), notFound);
  assert.equal(getReceipt(attendeeOf(event, 0), withdrawn).receipt.event[0]!.state, "withdrawn", "the attendee keeps the proof");

  const declined = decide(deviceA, event.attendees[1]!.badgeCode, "decline").consentId;
  assert.throws(() => getReceipt(deviceA, declined), notFound, "a decline never reaches the partner");
});

test("[RECEIPT] organizers read their events' receipts; another event's organizer finds nothing", async () => {
  const [owner, stranger] = [await makeOrganizer(), await makeOrganizer()];
  const event = makeEvent({ organizer: owner });
  const elsewhere = makeEvent({ organizer: stranger });
  const consentId = decide(makeDevice(event.eventId, event.partners[0]!.id), event.attendees[0]!.badgeCode, "decline").consentId;

  const read = getReceipt(owner, consentId, event.eventId);
  assert.equal(read.receipt.event[0]!.state, "refused");
  assert.deepEqual([read.eventId, read.partnerId], [event.eventId, event.partners[0]!.id]);
  assert.throws(() => getReceipt(stranger, consentId), notFound);
  assert.throws(() => getReceipt(stranger, consentId, elsewhere.eventId), notFound);
  assert.throws(() => getReceipt(owner, consentId, elsewhere.eventId), notFound, "the address's event must be the decision's");
});
