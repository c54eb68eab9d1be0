// The organizer's and partners' legal details: validated at the edge, organizers only, audited.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { AppError } from "../errors";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { useTestDatabase } from "../test/db";
import { EventLegalInput, PartnerLegalInput, missingEventLegal } from "./legal-details";
import { readEventLegal, readPartnerLegal, setEventLegal, setPartnerLegal } from "./set-legal-details";

before(() => useTestDatabase());

const fieldErrors = (input: unknown) => {
  const r = EventLegalInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};
const code = (c: string) => (e: unknown) => e instanceof AppError && e.code === c;

test("[LEGAL] a form's empty fields are 'not stated' (null); values are normalised once", () => {
  const empty = EventLegalInput.parse({
    legalName: "", legalAddress: " ", legalContactEmail: "", partyType: "", jurisdiction: "", storageLocation: "",
    retentionMonths: "", supervisoryAuthorityName: "", supervisoryAuthorityUrl: "",
  });
  assert.deepEqual(Object.values(empty), Array(9).fill(null));
  assert.deepEqual(missingEventLegal(empty).length, 9);
  assert.deepEqual(Object.values(EventLegalInput.parse({})), Array(9).fill(null), "absent is not stated too");
  const full = EventLegalInput.parse({ jurisdiction: " de ", retentionMonths: "12", legalContactEmail: " DPO@Expo.Example ", partyType: "public_body" });
  assert.deepEqual([full.jurisdiction, full.retentionMonths, full.legalContactEmail, full.partyType], ["DE", 12, "dpo@expo.example", "public_body"]);
  assert.deepEqual(PartnerLegalInput.parse({ legalName: "  Acme AG " }), { legalName: "Acme AG", legalAddress: null, legalContactEmail: null, partyType: null });
});

test("[LEGAL] bad input is refused field by field", () => {
  assert.deepEqual(fieldErrors({ jurisdiction: "Germany" }), ["jurisdiction"]);
  assert.deepEqual(fieldErrors({ jurisdiction: "D3" }), ["jurisdiction"]);
  assert.deepEqual(fieldErrors({ retentionMonths: "0" }), ["retentionMonths"]);
  assert.deepEqual(fieldErrors({ retentionMonths: "1.5" }), ["retentionMonths"]);
  assert.deepEqual(fieldErrors({ retentionMonths: "121" }), ["retentionMonths"]);
  assert.deepEqual(fieldErrors({ retentionMonths: "twelve" }), ["retentionMonths"]);
  assert.deepEqual(fieldErrors({ supervisoryAuthorityUrl: "javascript:alert(1)" }), ["supervisoryAuthorityUrl"]);
  assert.deepEqual(fieldErrors({ legalContactEmail: "not an email" }), ["legalContactEmail"]);
  assert.deepEqual(fieldErrors({ partyType: "corporation" }), ["partyType"]);
  assert.deepEqual(fieldErrors({ legalName: "x".repeat(201) }), ["legalName"]);
  assert.deepEqual(fieldErrors({ legalAddress: "x".repeat(501) }), ["legalAddress"]);
});

test("[LEGAL] organizers save them, audited; devices cannot; another event's organizer finds nothing", async () => {
  const [owner, stranger] = [await makeOrganizer(), await makeOrganizer()];
  const event = makeEvent({ organizer: owner, partnerCount: 1 });
  const partner = event.partners[0]!;
  const saved = setEventLegal(owner, event.eventId, { legalName: "Expo GmbH", jurisdiction: "de", retentionMonths: 12 });
  assert.deepEqual([saved.legalName, saved.jurisdiction, saved.retentionMonths, saved.storageLocation], ["Expo GmbH", "DE", 12, null]);
  assert.deepEqual(readEventLegal(owner, event.eventId), saved);
  const audit = getDb().select().from(auditLog).where(and(eq(auditLog.eventId, event.eventId), eq(auditLog.action, "events.legal"))).orderBy(desc(auditLog.id)).get();
  assert.deepEqual(audit?.details, { changed: ["legalName", "jurisdiction", "retentionMonths"] });

  setPartnerLegal(owner, event.eventId, partner.id, { legalName: "Acme AG", partyType: "company" });
  assert.deepEqual(readPartnerLegal(owner, event.eventId, partner.id), { legalName: "Acme AG", legalAddress: null, legalContactEmail: null, partyType: "company" });
  const partnerAudit = getDb().select().from(auditLog).where(and(eq(auditLog.eventId, event.eventId), eq(auditLog.action, "partners.legal"))).get();
  assert.deepEqual(partnerAudit?.details, { changed: ["legalName", "partyType"] });

  const device = makeDevice(event.eventId, partner.id);
  assert.throws(() => setEventLegal(device, event.eventId, { legalName: "Mine" }), code("forbidden"));
  assert.throws(() => setPartnerLegal(device, event.eventId, partner.id, { legalName: "Mine" }), code("forbidden"));
  assert.throws(() => setEventLegal(stranger, event.eventId, { legalName: "Mine" }), code("not_found"));
  assert.throws(() => setPartnerLegal(stranger, event.eventId, partner.id, { legalName: "Mine" }), code("not_found"));
  assert.throws(() => setEventLegal(owner, event.eventId, { jurisdiction: "Germany" }), code("invalid"));
  assert.equal(readEventLegal(owner, event.eventId).jurisdiction, "DE", "nothing changed by refused input");
});
