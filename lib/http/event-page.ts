// The start of every organizer page of one event: the id from the URL, the signed-in organizer
// (or a redirect to sign-in that comes back), and the event, or the 404 page when it is not theirs.
import "server-only";
import { requireOrganizerPage } from "../auth/guards";
import { getEvent } from "../events/events";
import { idParam, orNotFound } from "./pages";

export async function organizerEventPage(rawEventId: string, subpath = "") {
  const eventId = idParam(rawEventId);
  const organizer = await requireOrganizerPage(`/events/${eventId}${subpath}`);
  const event = orNotFound(() => getEvent(organizer, eventId));
  return { eventId, organizer, event };
}
