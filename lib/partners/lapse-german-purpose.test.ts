// A change of the German purpose ends the shares given in German, as a change of the English
// purpose ends every share (decision 023): the German notice rendered it. Shares given in
// English never showed it and stand. Asked first, with the count, like every word change.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partnerChanges } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { currentDecision } from "../consent/current-consent";
import { verifyLedger } from "../consent/verify-ledger";
import { changedLines } from "../mail/lapse-notice";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { updatePartner } from "./partners";

before(() => useTestDatabase());

async function sharedInBothLanguages() {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, attendeeCount: 3 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const [en, de, de2] = event.attendees as [(typeof event.attendees)[0], (typeof event.attendees)[0], (typeof event.attendees)[0]];
  decideAtBooth(device, en.badgeCode, "share", { language: "en" });
  decideAtBooth(device, de.badgeCode, "share", { language: "de" });
  decideAtBooth(device, de2.badgeCode, "share", { language: "de" });
  const input = { name: partner.name, booth: partner.booth, contactEmail: partner.contactEmail ?? "", privacyUrl: partner.privacyUrl, purpose: partner.purpose };
  return { organizer, event, partner, en, de, de2, input };
}

test("[CONSENT] a new German purpose asks first with the count of shares given in German, then ends exactly those", async () => {
  const { organizer, event, partner, en, de, de2, input } = await sharedInBothLanguages();
  const purposeDe = "Wir senden Ihnen die gewünschte Broschüre.";

  const asked = updatePartner(organizer, event.eventId, partner.id, { ...input, purposeDe });
  assert.deepEqual(asked, { confirm: { lapsing: 2, changed: ["purposeDe"] } }, "only the two German shares lapse");
  assert.equal(currentDecision(de.id, partner.id)!.action, "grant", "asking changed nothing");

  const done = updatePartner(organizer, event.eventId, partner.id, { ...input, purposeDe }, { confirmLapses: 2 });
  assert.ok("partner" in done);
  assert.equal(done.lapsed, 2);
  assert.equal(currentDecision(de.id, partner.id)!.action, "lapse");
  assert.equal(currentDecision(de2.id, partner.id)!.action, "lapse");
  assert.equal(currentDecision(en.id, partner.id)!.action, "grant", "the English notice never showed the German purpose");

  const change = getDb().select().from(partnerChanges).where(and(eq(partnerChanges.eventId, event.eventId), eq(partnerChanges.partnerId, partner.id))).get()!;
  assert.equal(change.before.purposeDe, null);
  assert.equal(change.after.purposeDe, purposeDe);
  // The German lapse notice says what changed.
  assert.ok(changedLines(change.before, change.after, "de").some((l) => l.includes("Zweck auf Deutsch") && l.includes(purposeDe)));
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
});

test("[CONSENT] the same German purpose saved again, or blank for none, ends nothing", async () => {
  const { organizer, event, partner, de, input } = await sharedInBothLanguages();
  const same = updatePartner(organizer, event.eventId, partner.id, { ...input, purposeDe: "" });
  assert.ok("partner" in same, "blank is the missing translation it already was");
  assert.equal(same.lapsed, 0);
  assert.equal(currentDecision(de.id, partner.id)!.action, "grant");
});

test("[CONSENT] a change of the English purpose still ends every share, German ones included", async () => {
  const { organizer, event, partner, en, de, input } = await sharedInBothLanguages();
  const asked = updatePartner(organizer, event.eventId, partner.id, { ...input, purpose: "Sell you things" });
  assert.deepEqual(asked, { confirm: { lapsing: 3, changed: ["purpose"] } });
  updatePartner(organizer, event.eventId, partner.id, { ...input, purpose: "Sell you things" }, { confirmLapses: 3 });
  assert.equal(currentDecision(en.id, partner.id)!.action, "lapse");
  assert.equal(currentDecision(de.id, partner.id)!.action, "lapse");
});
