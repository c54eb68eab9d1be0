import assert from "node:assert/strict";
import { before, test } from "node:test";
import { getDb } from "@/db/client";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { currentDecision, IS_LATEST } from "./current-consent";
import { findStandingDrift } from "./standing-drift";
import { seededRandom } from "@/lib/seeded-random";

before(() => useTestDatabase());

const sqlite = () => getDb().$client;


test("[CONSENT] the stored standing decision is always the ledger's, with late offline decisions and ties", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 3 });
  const devices = event.partners.map((p) => makeDevice(event.eventId, p.id));
  const rnd = seededRandom(7);
  const base = Date.parse("2026-03-14T09:00:00Z");
  for (let i = 0; i < 80; i++) {
    const attendee = event.attendees[Math.floor(rnd() * 3)]!;
    const p = Math.floor(rnd() * 2);
    const choice = rnd() < 0.5 ? "share" : "decline";
    // Times drawn from a few minutes, so later rows often carry earlier times (an offline phone
    // syncing late) and sometimes the very same millisecond (a tie, which a withdrawal wins).
    const at = new Date(base + Math.floor(rnd() * 6) * 60_000);
    if (rnd() < 0.3 && currentDecision(attendee.id, event.partners[p]!.id)) {
      decideOnMyPage(attendeeFromToken(attendee.personalToken)!, event.partners[p]!.id, choice, at);
    } else {
      // With the attendee's code: a share after a withdrawal needs it (lib/booth/reshare-rule.ts).
      decideAtBooth(devices[p]!, attendee.badgeCode, choice, { at, personalCode: attendee.personalToken });
    }
  }
  assert.equal(findStandingDrift(OPERATOR, event.eventId), null);
  const derived = sqlite()
    .prepare(`select ce.partner_id as p, ce.attendee_id as a, ce.id as id from consent_events ce where ce.event_id = ? and ${IS_LATEST}`)
    .all(event.eventId) as { p: number; a: number; id: number }[];
  assert.equal(derived.length, 6, "every pair decided at least once");
  for (const { p, a, id } of derived) assert.equal(currentDecision(a, p)?.consentId, id, `pair ${p}/${a}`);
  const late = sqlite().prepare("select count(*) as n from consent_events where event_id = ? and id not in (select consent_id from current_consent)").get(event.eventId) as { n: number };
  assert.ok(late.n > 0, "some rows were superseded, so the order was really exercised");
});

test("[LEDGER] a standing decision edited in the file is named by verify-ledger's check", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  const declined = decideAtBooth(device, event.attendees[1]!.badgeCode, "decline").result.consentId;
  assert.equal(findStandingDrift(OPERATOR, event.eventId), null);

  sqlite().prepare("update current_consent set action = 'grant' where consent_id = ?").run(declined);
  assert.deepEqual(findStandingDrift(OPERATOR, event.eventId), {
    partnerId: event.partners[0]!.id,
    attendeeId: event.attendees[1]!.id,
    ledger: declined,
    stored: declined,
  });
  sqlite().prepare("delete from current_consent where consent_id = ?").run(declined);
  assert.deepEqual(findStandingDrift(OPERATOR, event.eventId)?.stored, null);
});
