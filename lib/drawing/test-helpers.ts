// Helpers for the drawing tests only: visits and decisions at booths through the real domain
// functions (openScan, recordDecision), and the attendee actor of a test attendee.
import { randomUUID } from "node:crypto";
import type { AttendeeActor, DeviceActor } from "../auth/actor";
import { openScan } from "../scans/open-scan";
import { decideAtBooth } from "../test/decide";
import { makeDevice, type TestEvent } from "../test/fixtures";

/** One paired phone per partner of the event. */
export function boothsOf(event: TestEvent): DeviceActor[] {
  return event.partners.map((p) => makeDevice(event.eventId, p.id));
}

/** A badge read at the booth at `at`, with no decision (the attendee walked away). */
export function visit(device: DeviceActor, code: string, at = new Date()): void {
  openScan(device, { scanId: randomUUID(), code, scannedAt: at.toISOString() }, at);
}

/** A badge read and the attendee's decision, with or without the drawing box ticked. */
export function decide(device: DeviceActor, code: string, choice: "share" | "decline", drawing: boolean, at = new Date()) {
  return decideAtBooth(device, code, choice, { drawing, at }).result;
}

export function attendeeActor(event: TestEvent, index: number): AttendeeActor {
  const a = event.attendees[index]!;
  return { kind: "attendee", attendeeId: a.id, eventId: event.eventId, firstName: a.firstName };
}
