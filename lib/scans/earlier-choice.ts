// The attendee's earlier decision for this partner, shown on the booth phone only when the
// attendee taps "see my earlier choice" on the consent screen (issue 12 §4, docs/decisions/029).
// openScan says only that one exists, so the phone's screen, its network answers and whoever
// holds it learn nothing of it until that tap. The tap is answered only for a scan this phone
// made a moment ago and on which no decision was taken yet: the consent screen that asks is
// still open, and a phone cannot replay old scan ids to read decisions afterwards.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { scans, syncItems, type ConsentAction } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { currentDecision } from "../consent/current-consent";
import { notFound, parseInput } from "../errors";
import { ClientId } from "../fields";

/** How long after the scan reached the server the attendee may ask: longer than anyone reads a notice. */
export const EARLIER_CHOICE_WINDOW_MS = 15 * 60_000;

export const EarlierChoiceInput = z.object({ scanId: ClientId });

/** timeZone: the event's, which the screen states the day in (decision 044). */
export type EarlierChoice = { action: ConsentAction; at: Date; timeZone: string };

const openScanOfDevice = prepared((db) =>
  db
    .select({ attendeeId: scans.attendeeId, receivedAt: scans.receivedAt, answer: syncItems.result })
    .from(scans)
    .leftJoin(syncItems, eq(syncItems.id, scans.id))
    .where(and(eq(scans.id, sql.placeholder("scanId")), eq(scans.deviceId, sql.placeholder("deviceId"))))
    .prepare(),
);

/** The item record's first answer carries the decision once one was taken on this scan. */
function decided(answer: string | null): boolean {
  if (answer === null) return false;
  const parsed = JSON.parse(answer) as { decision?: unknown };
  return parsed.decision !== null && parsed.decision !== undefined;
}

export function readEarlierChoice(actor: DeviceActor, input: unknown, now = new Date()): EarlierChoice {
  const { scanId } = parseInput(EarlierChoiceInput, input);
  const scan = openScanOfDevice(getDb()).get({ scanId, deviceId: actor.deviceId });
  // One answer for every refusal: another phone's scan, an old one, a decided one, none at all.
  const refused = notFound("An earlier choice for this scan");
  if (!scan || decided(scan.answer)) throw refused;
  const age = now.getTime() - scan.receivedAt.getTime();
  if (age < 0 || age > EARLIER_CHOICE_WINDOW_MS) throw refused;
  const standing = currentDecision(scan.attendeeId, actor.partnerId);
  if (!standing) throw refused;
  return { action: standing.action, at: standing.at, timeZone: actor.timeZone };
}
