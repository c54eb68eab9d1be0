// Test data for the retention tests: an event whose attendees shared, were qualified, were
// exported and have mail waiting, through the real domain functions.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import { exportPartnerLeadsCsv } from "../exports/test-downloads";
import { saveQualification } from "../leads/save-qualification";
import { enqueueLedgerMail } from "../mail/enqueue-ledger-mail";
import { OPERATOR } from "../auth/actor";
import { decideAtBooth } from "../test/decide";
import type { OrganizerActor } from "../auth/actor";
import { makeDevice, makeEvent } from "../test/fixtures";

/** Attendees 0..n-1 share with partner 1 (qualified, exported), attendee 0 also with partner 2; attendee n declines everywhere. */
export async function sharedEvent(opts: { attendeeCount?: number; organizer?: OrganizerActor; lastDay?: string } = {}) {
  const n = opts.attendeeCount ?? 3;
  const event = makeEvent({ partnerCount: 2, attendeeCount: n + 1, organizer: opts.organizer });
  const [p1, p2] = event.partners as [(typeof event.partners)[0], (typeof event.partners)[0]];
  const phone1 = makeDevice(event.eventId, p1.id);
  const phone2 = makeDevice(event.eventId, p2.id);
  const grants = event.attendees.slice(0, n).map((a) => decideAtBooth(phone1, a.badgeCode, "share").result.consentId);
  decideAtBooth(phone2, event.attendees[0]!.badgeCode, "share");
  decideAtBooth(phone1, event.attendees[n]!.badgeCode, "decline");
  for (const consentId of grants) saveQualification(phone1, { consentId, basedOn: 0, rating: "hot", notes: "Wants a call on Monday", tags: [], answers: {}, clientId: randomUUID() });
  await exportPartnerLeadsCsv(OPERATOR, event.eventId, p1.id);
  enqueueLedgerMail(10_000);
  if (opts.lastDay) getDb().update(events).set({ endsOn: opts.lastDay }).where(eq(events.id, event.eventId)).run();
  return { event, p1, p2, phone1, phone2, grants };
}
