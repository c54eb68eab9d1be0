// A receipt carries its pair's whole decision history, and the legal details the organizer entered.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { attendeeFromToken } from "../../auth/attendee";
import { setEventLegal, setPartnerLegal } from "../../parties/set-legal-details";
import { decideAtBooth, decideOnMyPage } from "../../test/decide";
import { useTestDatabase } from "../../test/db";
import { makeDevice, makeEvent, makeOrganizer } from "../../test/fixtures";
import { getReceipt } from "./get-receipt";

before(() => useTestDatabase());

test("[RECEIPT] grant → withdraw → grant: the receipt holds the pair's whole history in order, and only that pair's", () => {
  const event = makeEvent();
  const [partner, other] = event.partners;
  const attendee = event.attendees[0]!;
  const me = attendeeFromToken(attendee.personalToken)!;
  const t0 = Date.now() - 10_000;
  const first = decideAtBooth(makeDevice(event.eventId, partner!.id), attendee.badgeCode, "share", { at: new Date(t0) }).result.consentId;
  decideAtBooth(makeDevice(event.eventId, other!.id), attendee.badgeCode, "decline", { at: new Date(t0 + 500) });
  decideAtBooth(makeDevice(event.eventId, partner!.id), event.attendees[1]!.badgeCode, "share", { at: new Date(t0 + 700) });
  const withdrawn = decideOnMyPage(me, partner!.id, "decline", new Date(t0 + 1000)).consentId;
  const again = decideOnMyPage(me, partner!.id, "share", new Date(t0 + 2000)).consentId;

  const history = getReceipt(me, again).receipt.decision_history;
  assert.deepEqual(
    history.map((h) => [h.record_id, h.state, h.method]),
    [
      [`fairlead-consent-${first}`, "given", "booth_device"],
      [`fairlead-consent-${withdrawn}`, "withdrawn", "personal_page"],
      [`fairlead-consent-${again}`, "given", "personal_page"],
    ],
  );
  const received = history.map((h) => Date.parse(h.recorded_at));
  assert.deepEqual(received, [...received].sort((a, b) => a - b), "in the order the server received them");
  for (const h of history) assert.ok(!Number.isNaN(Date.parse(h.event_time)), "each with its device time");
  // An earlier receipt's history stops at its own decision.
  assert.deepEqual(
    getReceipt(me, withdrawn).receipt.decision_history.map((h) => h.record_id),
    [`fairlead-consent-${first}`, `fairlead-consent-${withdrawn}`],
  );
  assert.equal(getReceipt(me, first).receipt.decision_history.length, 1);
});

test("[RECEIPT] a booth device's copy of its lead's history holds no decline; the attendee's holds every row", () => {
  const event = makeEvent({ partnerCount: 1 });
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const me = attendeeFromToken(attendee.personalToken)!;
  const device = makeDevice(event.eventId, partner.id);
  const t0 = Date.now() - 10_000;
  decideAtBooth(device, attendee.badgeCode, "decline", { at: new Date(t0) });
  decideOnMyPage(me, partner.id, "share", new Date(t0 + 500));
  decideOnMyPage(me, partner.id, "decline", new Date(t0 + 1000));
  const granted = decideOnMyPage(me, partner.id, "share", new Date(t0 + 1500)).consentId;
  assert.deepEqual(getReceipt(me, granted).receipt.decision_history.map((h) => h.state), ["refused", "given", "withdrawn", "given"]);
  assert.deepEqual(getReceipt(device, granted).receipt.decision_history.map((h) => h.state), ["given", "withdrawn", "given"]);
});

test("[RECEIPT] the organizer's and partner's legal details reach the receipt; the receipt id is stable per row", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, partnerCount: 1 });
  const partner = event.partners[0]!;
  const id = decideAtBooth(makeDevice(event.eventId, partner.id), event.attendees[0]!.badgeCode, "share").result.consentId;
  const before = getReceipt(organizer, id).receipt;
  assert.equal(before.pii_processing.purposes[0]!.jurisdiction, null, "not stated until entered");

  setEventLegal(organizer, event.eventId, {
    legalName: "Expo Events GmbH",
    legalAddress: "Messeplatz 1, 60327 Frankfurt am Main",
    legalContactEmail: "Privacy@Expo.example",
    partyType: "company",
    jurisdiction: "de",
    storageLocation: "DE (Frankfurt)",
    retentionDays: "180",
    supervisoryAuthorityName: "Der Hessische Beauftragte für Datenschutz",
    supervisoryAuthorityUrl: "https://datenschutz.hessen.de",
  });
  setPartnerLegal(organizer, event.eventId, partner.id, { legalName: "Acme Widgets AG", legalAddress: "Hauptstraße 2, 10115 Berlin", legalContactEmail: "dpo@acme.example", partyType: "company" });

  const after = getReceipt(organizer, id).receipt;
  assert.equal(after.record.receipt_id, before.record.receipt_id);
  assert.match(after.record.receipt_id, /^urn:fairlead:receipt:[0-9a-f]{32}$/);
  const [purpose] = after.pii_processing.purposes;
  assert.deepEqual([purpose!.jurisdiction, purpose!.storage_locations, purpose!.retention_period?.duration], ["DE", ["DE (Frankfurt)"], "P180D"]);
  const [p, o, a] = after.party_identification;
  assert.deepEqual([p!.party_legal_name, p!.party_address, p!.party_contact?.[0]?.contact_information], ["Acme Widgets AG", "Hauptstraße 2, 10115 Berlin", "dpo@acme.example"]);
  assert.deepEqual([o!.party_legal_name, o!.party_contact?.[0]?.contact_information, o!.party_type], ["Expo Events GmbH", "privacy@expo.example", "dpv:ForProfitOrganisation"]);
  assert.deepEqual([a!.party_name, a!.party_url], ["Der Hessische Beauftragte für Datenschutz", "https://datenschutz.hessen.de"]);
  assert.equal(p!.party_name, partner.name, "the partner's words are untouched");
});
