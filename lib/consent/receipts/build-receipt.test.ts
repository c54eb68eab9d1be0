import assert from "node:assert/strict";
import { test } from "node:test";
import { SHARED_FIELDS } from "../notice-text";
import { buildReceipt, pseudonymFor, type ReceiptSource } from "./build-receipt";
import type { EventLegal, PartnerLegal } from "../../parties/legal-details";
import { PII_TYPE_OF_FIELD } from "./receipt";

const NOTHING_ENTERED: EventLegal = {
  legalName: null,
  legalAddress: null,
  legalContactEmail: null,
  partyType: null,
  jurisdiction: null,
  storageLocation: null,
  endsOn: null,
  retentionDays: 90,
  supervisoryAuthorityName: null,
  supervisoryAuthorityUrl: null,
};
const NO_PARTNER_LEGAL: PartnerLegal = { legalName: null, legalAddress: null, legalContactEmail: null, partyType: null };

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
  eventLegal: NOTHING_ENTERED,
  partnerLegal: NO_PARTNER_LEGAL,
  history: [
    {
      id: 7,
      action: over.action ?? "grant",
      method: over.method ?? "booth_device",
      deviceTime: new Date("2026-03-14T10:00:00Z"),
      deviceClaim: null,
      recordedAt: new Date("2026-03-14T10:00:02Z"),
    },
  ],
});

test("[RECEIPT] each action maps to its 27560 state", () => {
  const state = (action: ReceiptSource["consent"]["action"]) => buildReceipt(source({ action })).event[0]!.state;
  assert.deepEqual([state("grant"), state("decline"), state("withdraw")], ["given", "refused", "withdrawn"]);
});

test("[RECEIPT] a decision on the attendee's own page names no device, and withdrawal is told in the notice's language", () => {
  const receipt = buildReceipt({ ...source({ method: "personal_page", scanId: null, action: "withdraw" }), device: null });
  assert.deepEqual(receipt.event[0]!.how, { method: "personal_page", device_name: null, booth: null, scan_id: null });
  assert.equal(receipt.pii_processing.purposes[0]!.collection_method, "attendee's own page");
  assert.match(receipt.pii_processing.purposes[0]!.withdrawal_method, /^\/me: .*„Einwilligung für Acme widerrufen“/);
});

test("[RECEIPT] every shared field has a personal-data type", () => {
  for (const field of SHARED_FIELDS.en) assert.ok(PII_TYPE_OF_FIELD[field], `no pii_type for "${field}"`);
  assert.deepEqual(buildReceipt(source()).pii_processing.purposes[0]!.pii_information.map((p) => p.pii_type), [
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
  assert.deepEqual(notice.purposes[0]!.pii_information.map((p) => p.pii_type), ["EmailAddress", "Name"]);
  // A decision from before words were recorded says so.
  assert.deepEqual([buildReceipt(source()).pii_processing.privacy_notice.words_recorded, buildReceipt(source()).pii_processing.privacy_notice.partner_words], [false, null]);
});

test("[RECEIPT] the pseudonym is stable and reveals nothing of the token", () => {
  assert.equal(pseudonymFor("token"), pseudonymFor("token"));
  assert.notEqual(pseudonymFor("token"), pseudonymFor("token2"));
  assert.ok(!pseudonymFor("token").includes("token"));
});

test("[RECEIPT] 27560 fields: present, and null (not stated) when the organizer entered nothing", () => {
  const r = buildReceipt(source());
  assert.deepEqual(Object.keys(r["@context"]).sort(), ["dct", "dpv", "dpv-27560", "eu-gdpr", "pd"]);
  for (const uri of Object.values(r["@context"])) assert.match(uri, /^https?:\/\//);
  assert.equal(r.record.receipt_id, `urn:fairlead:receipt:${"a".repeat(32)}`);
  const [purpose] = r.pii_processing.purposes;
  assert.equal(purpose!.purpose_type, "dpv:DirectMarketing");
  assert.deepEqual(
    purpose!.pii_information.map((p) => [p.pii_type, p.pii_optional]),
    [["Name", false], ["EmailAddress", false], ["PhoneNumber", true], ["Employer", true], ["JobTitle", true], ["Country", true]],
  );
  assert.deepEqual(purpose!.recipients, [{ party_id: "partner-3", party_role: "PII Controller", dpv_role: "dpv:DataController" }]);
  assert.deepEqual(
    [purpose!.jurisdiction, purpose!.storage_locations, purpose!.processing_locations, purpose!.retention_period?.duration],
    // The retention period is never "not stated": 90 days unless the organizer set one (issue 12 §2).
    [null, null, null, "P90D"],
  );
  assert.deepEqual(purpose!.privacy_rights.map((x) => x.dpv_right), ["eu-gdpr:A15", "eu-gdpr:A16", "eu-gdpr:A17", "eu-gdpr:A7-3", "eu-gdpr:A77"]);
  assert.match(purpose!.privacy_rights.find((x) => x.right === "complaint")!.how, /not stated/);
  assert.equal(purpose!.privacy_rights.find((x) => x.right === "withdrawal")!.how, purpose!.withdrawal_method);
  const roles = r.party_identification.map((p) => [p.party_id, p.party_role, p.dpv_role]);
  assert.deepEqual(roles, [
    ["partner-3", "PII Controller", "dpv:DataController"],
    ["event-1", "PII Processor", "dpv:DataProcessor"],
    ["authority", "Authority", "dpv:SupervisoryAuthority"],
  ]);
  for (const p of r.party_identification.slice(0, 2)) {
    assert.deepEqual([p.party_legal_name, p.party_address, p.party_contact, p.party_type], [null, null, null, null], p.party_id);
  }
  assert.equal(r.party_identification[2]!.party_name, null);
  assert.deepEqual(r.event[0]!.validity, { until: "withdrawn by the attendee", at_most: "90 days after the event's last day, then the attendee's contact details are erased" });
  assert.deepEqual(r.decision_history, [
    { record_id: "fairlead-consent-7", recorded_at: "2026-03-14T10:00:02.000Z", event_time: "2026-03-14T10:00:00.000Z", event_time_claimed: null, state: "given", method: "booth_device" },
  ]);
});

test("[RECEIPT] the legal details the organizer entered are the parties', the place's and the retention's", () => {
  const r = buildReceipt({
    ...source(),
    eventLegal: {
      legalName: "Expo GmbH",
      legalAddress: "Messeplatz 1, 60327 Frankfurt",
      legalContactEmail: "privacy@expo.example",
      partyType: "company",
      jurisdiction: "DE",
      storageLocation: "DE",
      endsOn: "2026-12-03",
      retentionDays: 365,
      supervisoryAuthorityName: "HBDI Hessen",
      supervisoryAuthorityUrl: "https://datenschutz.hessen.de",
    },
    partnerLegal: { legalName: "Acme AG", legalAddress: "Hauptstr. 2, Berlin", legalContactEmail: "dpo@acme.example", partyType: "public_body" },
  });
  const [partner, organizer, authority] = r.party_identification;
  assert.deepEqual([partner!.party_legal_name, partner!.party_address, partner!.party_type], ["Acme AG", "Hauptstr. 2, Berlin", "dpv:GovernmentalOrganisation"]);
  assert.deepEqual(partner!.party_contact, [{ contact_type: "email", contact_information: "dpo@acme.example" }]);
  assert.equal(partner!.party_name, "Acme", "the partner's words stay apart from its legal name");
  assert.deepEqual([organizer!.party_legal_name, organizer!.party_type], ["Expo GmbH", "dpv:ForProfitOrganisation"]);
  assert.deepEqual([authority!.party_name, authority!.party_url], ["HBDI Hessen", "https://datenschutz.hessen.de"]);
  const [purpose] = r.pii_processing.purposes;
  assert.deepEqual([purpose!.jurisdiction, purpose!.storage_locations, purpose!.processing_locations], ["DE", ["DE"], ["DE"]]);
  assert.deepEqual(purpose!.retention_period, { duration: "P365D", text: "365 days after the event's last day, then the attendee's contact details are erased" });
  assert.deepEqual(r.event[0]!.validity, { until: "withdrawn by the attendee", at_most: "365 days after the event's last day, then the attendee's contact details are erased" });
  assert.match(purpose!.privacy_rights.find((x) => x.right === "erasure")!.how, /privacy@expo\.example/);
  assert.match(purpose!.privacy_rights.find((x) => x.right === "complaint")!.how, /HBDI Hessen \(https:\/\/datenschutz\.hessen\.de\)/);
  const refused = buildReceipt({ ...source({ action: "decline" }), eventLegal: { ...source().eventLegal, retentionDays: 1 } });
  assert.deepEqual(refused.event[0]!.validity, { until: "the attendee decides again", at_most: null });
  assert.equal(refused.pii_processing.purposes[0]!.retention_period!.text, "1 day after the event's last day, then the attendee's contact details are erased");
});
