import assert from "node:assert/strict";
import { test } from "node:test";
import { SHARED_FIELDS } from "../notice-text";
import { buildReceipt, pseudonymFor, type ReceiptSource } from "./build-receipt";
import { PII_TYPE_OF_FIELD } from "./receipt";

const source = (over: Partial<ReceiptSource["consent"]> = {}): ReceiptSource => ({
  consent: {
    id: 7,
    action: "grant",
    language: "de",
    method: "booth_device",
    scanId: "3b0b7f3e-0000-4000-8000-000000000000",
    deviceTime: new Date("2026-03-14T10:00:00Z"),
    deviceClaim: null,
    recordedAt: new Date("2026-03-14T10:00:02Z"),
    hash: "a".repeat(64),
    prevHash: null,
    ...over,
  },
  notice: { version: 2, language: "de" },
  text: { sha256: "b".repeat(64), text: "Der Text" },
  words: null,
  principalId: pseudonymFor("token"),
  partner: { id: 3, name: "Acme", booth: "A1", contactEmail: null, privacyUrl: "https://acme.example/privacy", purpose: "Angebot" },
  event: { id: 1, name: "Expo" },
  device: { name: "Phone 1" },
});

test("[RECEIPT] each action maps to its 27560 state", () => {
  const state = (action: ReceiptSource["consent"]["action"]) => buildReceipt(source({ action })).event[0]!.state;
  assert.deepEqual([state("grant"), state("decline"), state("withdraw")], ["given", "refused", "withdrawn"]);
});

test("[RECEIPT] a decision on the attendee's own page names no device, and withdrawal is told in the notice's language", () => {
  const receipt = buildReceipt({ ...source({ method: "personal_page", scanId: null, action: "withdraw" }), device: null });
  assert.deepEqual(receipt.event[0]!.how, { method: "personal_page", device_name: null, booth: null, scan_id: null });
  assert.equal(receipt.pii_processing.purposes[0]!.collection_method, "attendee's own page");
  assert.match(receipt.pii_processing.purposes[0]!.withdrawal_method, /^\/me: .*Widerrufen/);
});

test("[RECEIPT] every shared field has a personal-data type", () => {
  for (const field of SHARED_FIELDS.en) assert.ok(PII_TYPE_OF_FIELD[field], `no pii_type for "${field}"`);
  assert.deepEqual(buildReceipt(source()).pii_processing.purposes[0]!.pii_information, [
    "Name",
    "EmailAddress",
    "PhoneNumber",
    "Employer",
    "JobTitle",
    "Country",
  ]);
});

test("[RECEIPT] recorded words are carried as recorded; their fields, in the notice's language, give the personal-data types", () => {
  const words = { sha256: "c".repeat(64), json: '{"name":"Acme"}', fields: ["E-Mail-Adresse", "Name"] };
  const notice = buildReceipt({ ...source(), words }).pii_processing;
  assert.deepEqual([notice.privacy_notice.words_recorded, notice.privacy_notice.partner_words], [true, { sha256: words.sha256, json: words.json }]);
  assert.deepEqual(notice.purposes[0]!.pii_information, ["EmailAddress", "Name"]);
  // A decision from before words were recorded says so.
  assert.deepEqual([buildReceipt(source()).pii_processing.privacy_notice.words_recorded, buildReceipt(source()).pii_processing.privacy_notice.partner_words], [false, null]);
});

test("[RECEIPT] the pseudonym is stable and reveals nothing of the token", () => {
  assert.equal(pseudonymFor("token"), pseudonymFor("token"));
  assert.notEqual(pseudonymFor("token"), pseudonymFor("token2"));
  assert.ok(!pseudonymFor("token").includes("token"));
});
