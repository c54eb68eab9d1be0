// The figures the dashboard page shows: eventFigures, shared by every organizer watching the
// same event and kept for a while in proportion to what they cost. A small event (a few ms)
// is recounted on every refresh; a very large one (seconds, at a million scans) is recounted at
// most every 10× its cost, up to a minute, so open dashboards take at most about a tenth of the
// server's time from the booth phones. The page says when the figures were counted.
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { eventFigures, type EventFigures } from "./event-figures";

/** How long figures that took `tookMs` to count may be shown again. */
export function maxAgeMs(tookMs: number): number {
  return Math.min(60_000, tookMs * 10);
}

const counted = new Map<number, { figures: EventFigures; until: number }>();

export function dashboardFigures(actor: Actor, eventId: number, now = new Date()): EventFigures {
  // Checked on every call: a cached result is never a way around the guard.
  requireOrganizerOf(actor, eventId);
  const hit = counted.get(eventId);
  if (hit && hit.until > now.getTime()) return hit.figures;
  const started = performance.now();
  const figures = eventFigures(actor, eventId, now);
  counted.set(eventId, { figures, until: now.getTime() + maxAgeMs(performance.now() - started) });
  return figures;
}
