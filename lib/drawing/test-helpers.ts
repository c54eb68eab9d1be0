// Helpers for the drawing tests only: visits and decisions at booths through the real domain
// functions (openScan, recordDecision), and the attendee actor of a test attendee.
import { randomUUID } from "node:crypto";
import type { Actor, AttendeeActor, DeviceActor } from "../auth/actor";
import { eventTimeZone } from "../events/event-time-zone";
import { openScan } from "../scans/open-scan";
import { decideAtBooth } from "../test/decide";
import { makeDevice, type TestEvent } from "../test/fixtures";
import { roundTime } from "./beacon";
import { drawWinners } from "./draw-winners";
import { freezeDrawing } from "./freeze-drawing";

/** One paired phone per partner of the event. */
export function boothsOf(event: TestEvent): DeviceActor[] {
  return event.partners.map((p) => makeDevice(event.eventId, p.id));
}

/** A badge read at the booth, received at `at` (claimed by the phone at `claimed`), with no decision. */
export function visit(device: DeviceActor, code: string, at = new Date(), claimed = at): void {
  openScan(device, { scanId: randomUUID(), code, scannedAt: claimed.toISOString() }, at);
}

/** A badge read and the attendee's decision, with or without the drawing box ticked. */
export function decide(device: DeviceActor, code: string, choice: "share" | "decline", drawing: boolean, at = new Date()) {
  return decideAtBooth(device, code, choice, { drawing, at }).result;
}

export function attendeeActor(event: TestEvent, index: number): AttendeeActor {
  const a = event.attendees[index]!;
  return { kind: "attendee", attendeeId: a.id, eventId: event.eventId, firstName: a.firstName, timeZone: eventTimeZone(event.eventId) };
}

/** A beacon value as a test types it (a real one comes from drand). */
export const BEACON = "ab".repeat(32);

/** Freeze at `at`, then draw just after the named beacon round is out. */
export function freezeAndDraw(actor: Actor, eventId: number, drawingId: number, at = new Date(), witnessValues: string[] = []) {
  const frozen = freezeDrawing(actor, eventId, drawingId, at);
  const after = new Date(roundTime(frozen.beaconRound).getTime() + 1000);
  const drawn = drawWinners(actor, eventId, drawingId, { beaconRandomness: BEACON, witnessValues }, after);
  return { ...frozen, ...drawn };
}
