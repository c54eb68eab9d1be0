// verify-ledger catches an edited notice text or template (issue 11 §4): the ledger's rows hash
// only the text's sha256, so the stored text itself is checked against it.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, consentNotices, partners } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { withoutGuards } from "../test/tamper";
import { verifyLedger } from "./verify-ledger";

before(() => useTestDatabase());

/** Two shares at a partner whose name no other test's partner has, so its texts are its own. */
function eventWithShares(partnerName: string) {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  getDb().update(partners).set({ name: partnerName }).where(eq(partners.id, event.partners[0]!.id)).run();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const ids = event.attendees.map((a) => decideAtBooth(device, a.badgeCode, "share").result.consentId);
  const row = getDb().select().from(consentEvents).where(eq(consentEvents.id, ids[0]!)).get()!;
  return { event, ids, row };
}

test("[LEDGER] verify-ledger catches an edited notice text and names it", () => {
  const { event, ids, row } = eventWithShares("Edited Text GmbH");
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
  // The attendee was told one purpose; the file now says another.
  getDb().$client.prepare("update consent_texts set text = replace(text, 'Edited Text GmbH', 'Someone Else') where sha256 = ?").run(row.textSha256);
  const report = verifyLedger(OPERATOR, event.eventId);
  assert.equal(report.problem?.problem, "content");
  assert.equal(report.problem.consentId, ids[0]);
  assert.match(report.problem.detail, new RegExp(`the notice text ${row.textSha256.slice(0, 12)}… \\(shown first in consent row ${ids[0]}\\) no longer matches its sha256: it was edited`));
});

test("[LEDGER] verify-ledger catches a deleted notice text", () => {
  const { event, row } = eventWithShares("Deleted Text AG");
  withoutGuards(() => getDb().$client.prepare("delete from consent_texts where sha256 = ?").run(row.textSha256));
  assert.match(verifyLedger(OPERATOR, event.eventId).problem?.detail ?? "", /is missing from consent_texts: it was deleted/);
});

test("[LEDGER] verify-ledger catches an edited notice template and names its language and version", () => {
  const { event, ids, row } = eventWithShares("Edited Template Ltd");
  getDb().update(consentNotices).set({ template: "Anything goes {partner} {fields} {purpose} {privacy_url} {withdraw}" }).where(eq(consentNotices.id, row.noticeId)).run();
  const report = verifyLedger(OPERATOR, event.eventId);
  assert.equal(report.problem?.problem, "content");
  assert.equal(report.problem.consentId, ids[0]);
  assert.match(report.problem.detail, new RegExp(`the consent notice "en" version 1 \\(notice ${row.noticeId}\\) no longer matches its sha256 [0-9a-f]{12}…: its template was edited`));
});
