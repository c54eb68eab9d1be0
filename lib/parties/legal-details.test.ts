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
    endsOn: "", retentionDays: "", supervisoryAuthorityName: "", supervisoryAuthorityUrl: "",
  });
  const { retentionDays, ...rest } = empty;
  assert.equal(retentionDays, 90, "the retention period has a default: 90 days (issue 12 §2)");
  assert.deepEqual(Object.values(rest), Array(9).fill(null));
  assert.deepEqual(missingEventLegal(empty).length, 9);
  const { retentionDays: absentDays, ...absent } = EventLegalInput.parse({});
  assert.deepEqual([absentDays, ...Object.values(absent)], [90, ...(Array(9).fill(null) as null[])], "absent is not stated too");
  const full = EventLegalInput.parse({ jurisdiction: " de ", retentionDays: "30", endsOn: "2026-12-03", legalContactEmail: " DPO@Expo.Example ", partyType: "public_body" });
  assert.deepEqual([full.jurisdiction, full.retentionDays, full.endsOn, full.legalContactEmail, full.partyType], ["DE", 30, "2026-12-03", "dpo@expo.example", "public_body"]);
  assert.deepEqual(PartnerLegalInput.parse({ legalName: "  Acme AG " }), { legalName: "Acme AG", legalAddress: null, legalContactEmail: null, partyType: null });
});

test("[LEGAL] bad input is refused field by field", () => {
  assert.deepEqual(fieldErrors({ jurisdiction: "Germany" }), ["jurisdiction"]);
  assert.deepEqual(fieldErrors({ jurisdiction: "D3" }), ["jurisdiction"]);
  assert.deepEqual(fieldErrors({ retentionDays: "0" }), ["retentionDays"]);
  assert.deepEqual(fieldErrors({ retentionDays: "1.5" }), ["retentionDays"]);
  assert.deepEqual(fieldErrors({ retentionDays: "3651" }), ["retentionDays"]);
  assert.deepEqual(fieldErrors({ retentionDays: "twelve" }), ["retentionDays"]);
  assert.deepEqual(fieldErrors({ endsOn: "3.12.2026" }), ["endsOn"]);
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
  const saved = setEventLegal(owner, event.eventId, { legalName: "Expo GmbH", jurisdiction: "de", retentionDays: 120 });
  assert.deepEqual([saved.legalName, saved.jurisdiction, saved.retentionDays, saved.storageLocation], ["Expo GmbH", "DE", 120, null]);
  assert.deepEqual(readEventLegal(owner, event.eventId), saved);
  const audit = getDb().select().from(auditLog).where(and(eq(auditLog.eventId, event.eventId), eq(auditLog.action, "events.legal"))).orderBy(desc(auditLog.id)).get();
  assert.deepEqual(audit?.details, { changed: ["legalName", "jurisdiction", "retentionDays"] });

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
