// The partner's words as shown, recorded with each decision (docs/decisions/022): kept, covered
// by the row's hash, the source of receipts, and checked by verify-ledger.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, consentPartnerWords, partners } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { sha256Hex } from "../crypto";
import { updatePartner } from "../partners/partners";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { canonicalEntry, entryHash, appendToLedger } from "./ledger";
import { SHARED_FIELDS } from "./notice-text";
import { getReceipt } from "./receipts/get-receipt";
import { verifyLedger } from "./verify-ledger";

before(() => useTestDatabase());

const rowOf = (id: number) => getDb().select().from(consentEvents).where(eq(consentEvents.id, id)).get()!;
const wordsOf = (sha256: string) => getDb().select().from(consentPartnerWords).where(eq(consentPartnerWords.sha256, sha256)).get();

test("[CONSENT] every decision records the partner's words as shown, and the row's hash covers them", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const atBooth = decideAtBooth(device, event.attendees[0]!.badgeCode, "share", { language: "de" }).result.consentId;
  decideAtBooth(device, event.attendees[1]!.badgeCode, "decline");
  const onPage = decideOnMyPage(attendeeFromToken(event.attendees[1]!.personalToken)!, partner.id, "share").consentId;

  const booth = rowOf(atBooth);
  const kept = wordsOf(booth.wordsSha256!)!;
  assert.equal(sha256Hex(kept.words), booth.wordsSha256);
  assert.deepEqual(JSON.parse(kept.words), {
    name: partner.name,
    booth: "B1",
    // The German notice showed the English purpose, marked: the organizer wrote no German one.
    purpose: `${partner.purpose} (auf Englisch)`,
    privacy_url: partner.privacyUrl,
    fields: [...SHARED_FIELDS.de],
    language: "de",
  });
  const page = rowOf(onPage);
  assert.ok(page.wordsSha256 && wordsOf(page.wordsSha256), "the attendee's page records them too");
  assert.notEqual(page.wordsSha256, booth.wordsSha256, "the English notice's words are other words");
  // Covered: the same row with other words has another hash.
  const { id: _id, prevHash, hash, ...entry } = booth;
  assert.equal(entryHash(prevHash, entry), hash);
  assert.notEqual(entryHash(prevHash, { ...entry, wordsSha256: "0".repeat(64) }), hash);
  assert.notEqual(entryHash(prevHash, { ...entry, wordsSha256: null }), hash);
});

test("[RECEIPT] renaming the partner, in the app or in the file, leaves its receipts as shown at the time", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const before = event.partners[0]!;
  const device = makeDevice(event.eventId, before.id);
  const id = decideAtBooth(device, event.attendees[0]!.badgeCode, "share").result.consentId;
  const asShown = (receipt: ReturnType<typeof getReceipt>["receipt"]) => [
    receipt.party_identification[0]!.party_name,
    receipt.pii_processing.purposes[0]!.purpose,
    (receipt.party_identification[0] as { party_url: string }).party_url,
  ];
  const then = [before.name, before.purpose, before.privacyUrl];

  updatePartner(OPERATOR, event.eventId, before.id, { name: "Renamed GmbH", booth: "Z9", privacyUrl: "https://renamed.example/p", purpose: "Sell you things." });
  const receipt = getReceipt(OPERATOR, id).receipt;
  assert.deepEqual(asShown(receipt), then);
  assert.equal(receipt.pii_processing.privacy_notice.words_recorded, true);
  getDb().update(partners).set({ name: "Edited In The File", purpose: "Anything." }).where(eq(partners.id, before.id)).run();
  assert.deepEqual(asShown(getReceipt(OPERATOR, id).receipt), then);

  // A decision after the change records the new words, under another sha256.
  const later = decideAtBooth(device, event.attendees[1]!.badgeCode, "share").result.consentId;
  assert.deepEqual(asShown(getReceipt(OPERATOR, later).receipt).slice(0, 2), ["Edited In The File", "Anything."]);
  assert.notEqual(rowOf(later).wordsSha256, rowOf(id).wordsSha256);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
});

test("[LEDGER] recorded words edited (or deleted) in the file are named by verify-ledger", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 3 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const ids = event.attendees.map((a) => decideAtBooth(device, a.badgeCode, "share").result.consentId);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
  const sha = rowOf(ids[1]!).wordsSha256!;
  const edited = wordsOf(sha)!.words.replace("Send the brochure", "Sell");
  getDb().update(consentPartnerWords).set({ words: edited }).where(eq(consentPartnerWords.sha256, sha)).run();
  const report = verifyLedger(OPERATOR, event.eventId);
  assert.equal(report.problem?.problem, "words");
  assert.equal(report.problem.consentId, ids[0], "named by the first row that recorded them");
  assert.match(report.problem.detail, /were changed after they were written/);
  assert.throws(() => getReceipt(OPERATOR, ids[2]!), /words recorded for decision \d+ were changed or removed/);
  const sqlite = getDb().$client;
  sqlite.pragma("foreign_keys = OFF");
  try {
    getDb().delete(consentPartnerWords).where(eq(consentPartnerWords.sha256, sha)).run();
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
  assert.match(verifyLedger(OPERATOR, event.eventId).problem?.detail ?? "", /were deleted/);
  assert.throws(() => getReceipt(OPERATOR, ids[2]!), /words recorded for decision \d+ were changed or removed/, "never today's partner in their place");
});

test("[LEDGER] a row from before words were recorded hashes as it always did, and its receipt says the words were not recorded", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const template = rowOf(decideAtBooth(device, event.attendees[0]!.badgeCode, "share").result.consentId);
  const { id: _id, prevHash: _p, hash: _h, ...entry } = template;
  const old = { ...entry, attendeeId: event.attendees[1]!.id, scanId: null, clientId: "before-022", wordsSha256: null };
  // The content an old row's hash has always covered: these fields, nothing more.
  assert.equal(
    canonicalEntry(old),
    JSON.stringify([old.eventId, old.attendeeId, old.partnerId, old.action, old.noticeId, old.textSha256, old.language, old.method, old.deviceId, null, "before-022", old.deviceTime.getTime(), old.recordedAt.getTime()]),
  );
  const { id } = getDb().transaction(() => appendToLedger({ ...old, wordsSha256: undefined }), { behavior: "immediate" });
  assert.equal(rowOf(id).wordsSha256, null);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);

  getDb().update(partners).set({ name: "Renamed Since" }).where(eq(partners.id, partner.id)).run();
  const receipt = getReceipt(OPERATOR, id).receipt;
  assert.equal(receipt.pii_processing.privacy_notice.words_recorded, false);
  assert.equal(receipt.pii_processing.privacy_notice.partner_words, null);
  assert.equal(receipt.party_identification[0]!.party_name, "Renamed Since", "today's partner, flagged as such");
  assert.ok(receipt.pii_processing.privacy_notice.text.includes(partner.name), "the stored text holds the words as shown");
});
