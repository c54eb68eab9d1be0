// The role × route table (docs/decisions/034): every page and route handler of the build, by
// method, with the answer each of the twelve actors gets when aiming at the owner's objects. The
// path's ids are filled with event A's (partner A1, attendee 1, attendee 1's share with A1, the
// import, the drawing): see fillPath. e2e/role-route.spec.ts fails for a route of the build
// missing here, and for a row here the build no longer has.
import { randomUUID } from "node:crypto";
import { createApiToken } from "@/lib/api/api-tokens";
import { fixtureBytes, EVENTBRITE } from "@/lib/attendees/import/import-test-helpers";
import { OPERATOR } from "@/lib/auth/actor";
import { ACTORS, type ActorName, type RoleWorld } from "./role-world";

/**
 * "ok": 200, the owner (or, on a public or bearer-link row, anyone) gets through.
 * "own": 200 with the actor's own view (its scanner, its event list, its own personal page), holding none of the owner's data.
 * "unpaired": 200, the "this phone is not paired" screen.
 * "signin": a redirect to /signin that comes back here.
 * 401/403/404: the refusal as a status (a JSON error body from route handlers, Next's 404 page from pages).
 */
export type Answer = "ok" | "own" | "unpaired" | "signin" | 401 | 403 | 404;

type Body = { data?: unknown; multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>; headers?: Record<string, string> };

export type RouteRow = {
  answers: Record<ActorName, Answer>;
  /** Added to the path (the owner's objects where the route takes them from the query). */
  query?: (w: RoleWorld) => string;
  body?: (w: RoleWorld) => Body;
  /** What the owner's 200 must show, so "ok" means the object was really reached. */
  shows?: (w: RoleWorld) => string;
};

const all = (answer: Answer): Record<ActorName, Answer> => Object.fromEntries(ACTORS.map((a) => [a, answer])) as Record<ActorName, Answer>;

// The kinds of guard the app has, as answers per actor. Another organizer's event is "not
// found", as one that does not exist; a session of the wrong kind is no session.
/** Signed in, but no organizer of event A: organizer B and every partner team member. */
const signedInOthers = { organizerB: 404, partnerAdminA1: 404, partnerMemberA1: 404, partnerMemberA2: 404 } as const;
const organizerPage = { ...all("signin"), ...signedInOthers, organizerA: "ok" } as const;
const organizerRoute = { ...all(401), ...signedInOthers, organizerA: "ok" } as const;
/** Partner A1's workspace: its team; any other signed-in user (organizers included) is not on it. */
const workspacePage = { ...all("signin"), ...signedInOthers, organizerA: 404, partnerAdminA1: "ok", partnerMemberA1: "ok" } as const;
/** An admin's workspace page: a member of the team gets the "for your admins" card. */
const workspaceAdminPage = { ...workspacePage, partnerMemberA1: "own" } as const;
const workspaceRoute = { ...all(401), ...signedInOthers, organizerA: 404, partnerAdminA1: "ok", partnerMemberA1: "ok" } as const;
/** Booth pages answer 404 to anything but the phone whose partner holds the lead. */
const boothPage = { ...all(404), phoneA1: "ok" } as const;
const boothRoute = { ...all(401), phoneA1: "ok", phoneA2: 404, phoneB1: 404 } as const;
const phoneScreen = { ...all("unpaired"), phoneA1: "ok", phoneA2: "own", phoneB1: "own" } as const;
/** The path's token is the credential: only attendee 1's own link reaches attendee 1's receipts. */
const attendeeReceipt = { ...all(404), attendee1: "ok" } as const;
const everyone = all("ok");
const own = <T extends Record<string, unknown>>(actors: T) => Object.fromEntries(Object.keys(actors).map((a) => [a, "own"])) as Record<keyof T, "own">;

const eventName = (w: RoleWorld) => w.secrets.eventName;
const partnerA1 = (w: RoleWorld) => w.secrets.partnerA1;
/** Partner A1's pull-API token, one per world: whoever sends it reads A1's feed; a session cookie reads nothing (e2e/pull-api.spec.ts). */
const apiTokens = new WeakMap<RoleWorld, string>();
const apiToken = (w: RoleWorld) => apiTokens.get(w) ?? apiTokens.set(w, createApiToken(OPERATOR, w.a.eventId, w.a.partners[0]!.id, { name: "Role table" }).token).get(w)!;

export const ROUTES: Record<string, RouteRow> = {
  // Public by design: no personal data (checkpoints: counts and hashes; drawings: the published record).
  "GET /": { answers: everyone },
  "GET /signin": { answers: everyone },
  "GET /manifest.webmanifest": { answers: everyone },
  // app/'s icon files (Next's metadata routes): the same picture for everyone.
  "GET /favicon.ico": { answers: everyone },
  "GET /icon.svg": { answers: everyone },
  "GET /apple-icon.png": { answers: everyone },
  "GET /api/ping": { answers: everyone },
  "POST /api/ping": { answers: everyone, body: () => ({ data: {} }) },
  "GET /api/events/[slug]/checkpoints": { answers: everyone },
  "GET /api/v1/openapi.json": { answers: everyone, shows: () => '"openapi":"3.1.0"' },
  "GET /drawings/[drawingId]": { answers: everyone },
  "GET /drawings/[drawingId]/result.json": { answers: everyone },
  // Bearer links: whoever holds a valid pairing or invitation link may open it (it names the booth or the event).
  // The pull API's token likewise (every actor sends it beside its own cookie).
  "GET /api/v1/partners/[partnerId]/leads": { answers: everyone, body: (w) => ({ headers: { authorization: `Bearer ${apiToken(w)}` } }), shows: (w) => w.secrets.email },
  "GET /pair/[token]": { answers: everyone, shows: partnerA1 },
  "GET /invite/[token]": { answers: everyone, shows: eventName },
  "GET /join/[token]": { answers: everyone, shows: partnerA1 },

  "GET /events": { answers: { ...all("signin"), ...own(signedInOthers), organizerA: "ok" }, shows: eventName },
  // Whoever is signed in may create an event of their own (lib/events/events.ts createEvent).
  "GET /events/new": { answers: { ...all("signin"), ...own(signedInOthers), organizerA: "ok" } },
  "GET /events/[eventId]/agreement": { answers: organizerPage, shows: partnerA1 },

  "GET /partners": { answers: { ...all("signin"), ...own(signedInOthers), organizerA: "own", partnerAdminA1: "ok", partnerMemberA1: "ok" }, shows: partnerA1 },
  "GET /partners/[partnerId]": { answers: workspacePage, shows: (w) => w.secrets.email },
  "GET /partners/[partnerId]/agreement": { answers: workspacePage, shows: partnerA1 },
  "GET /partners/[partnerId]/leads/[consentId]": { answers: workspacePage, shows: (w) => w.a.attendees[0]!.firstName },
  "GET /partners/[partnerId]/receipts/[consentId]": { answers: workspacePage, shows: partnerA1 },
  "GET /partners/[partnerId]/receipts/[consentId]/json": { answers: workspaceRoute, shows: partnerA1 },
  "GET /partners/[partnerId]/devices": { answers: workspaceAdminPage, shows: () => "Phone A1" },
  "GET /partners/[partnerId]/team": { answers: workspaceAdminPage, shows: () => "Test Team Member" },
  "GET /partners/[partnerId]/lead-form": { answers: workspaceAdminPage, shows: partnerA1 },
  "GET /partners/[partnerId]/follow-up": { answers: workspaceAdminPage, shows: partnerA1 },
  "GET /partners/[partnerId]/exports": { answers: workspaceAdminPage, shows: partnerA1 },
  "GET /partners/[partnerId]/delivery": { answers: workspaceAdminPage, shows: () => "whsec_" },
  "POST /partners/[partnerId]/export": { answers: { ...workspaceRoute, partnerMemberA1: 403 }, query: () => "?file=leads&format=csv", shows: (w) => w.secrets.email },
  "GET /events/[eventId]": { answers: organizerPage, shows: eventName },
  "GET /events/[eventId]/attendees": { answers: organizerPage, shows: eventName },
  "GET /events/[eventId]/attendees/new": { answers: organizerPage },
  "GET /events/[eventId]/attendees/[attendeeId]": { answers: organizerPage, shows: (w) => w.secrets.email },
  "GET /events/[eventId]/attendees/[attendeeId]/badge": { answers: organizerPage },
  "GET /events/[eventId]/audit": { answers: organizerPage },
  "GET /events/[eventId]/dashboard": { answers: organizerPage },
  "GET /events/[eventId]/drawings": { answers: organizerPage },
  "GET /events/[eventId]/exports": { answers: organizerPage, shows: eventName },
  "GET /events/[eventId]/import": { answers: organizerPage },
  "GET /events/[eventId]/import/[importId]": { answers: organizerPage, shows: () => EVENTBRITE },
  "GET /events/[eventId]/legal": { answers: organizerPage },
  "GET /events/[eventId]/mail": { answers: organizerPage },
  "GET /events/[eventId]/notice": { answers: organizerPage },
  "GET /events/[eventId]/organizers": { answers: organizerPage },
  "GET /events/[eventId]/partners/new": { answers: organizerPage },
  "GET /events/[eventId]/partners/[partnerId]": { answers: organizerPage, shows: partnerA1 },
  "GET /events/[eventId]/receipts/[consentId]": { answers: organizerPage, shows: partnerA1 },
  "GET /events/[eventId]/receipts/[consentId]/json": { answers: organizerRoute, shows: partnerA1 },
  "POST /events/[eventId]/badges": { answers: organizerRoute, query: (w) => `?format=a4&attendee=${w.a.attendees[0]!.id}` },
  "POST /events/[eventId]/exports/all": { answers: organizerRoute },
  "POST /events/[eventId]/partners/[partnerId]/export": { answers: organizerRoute, query: () => "?file=leads&format=csv", shows: (w) => w.secrets.email },
  "POST /events/[eventId]/import/upload": {
    answers: organizerRoute,
    body: () => ({ multipart: { intent: "inspect", file: { name: EVENTBRITE, mimeType: "text/csv", buffer: fixtureBytes(EVENTBRITE) } } }),
  },

  "GET /scan": { answers: phoneScreen, shows: partnerA1 },
  "GET /booth/leads": { answers: phoneScreen, shows: (w) => w.secrets.email },
  "GET /booth/leads/[consentId]": { answers: boothPage, shows: (w) => w.a.attendees[0]!.firstName },
  "GET /booth/receipts/[consentId]": { answers: boothPage, shows: partnerA1 },
  "GET /booth/receipts/[consentId]/json": { answers: boothRoute, shows: partnerA1 },
  // Any phone of event A may scan attendee 1's badge; event B's phone does not know the code.
  "POST /api/booth/sync": {
    answers: { ...all(401), phoneA1: "ok", phoneA2: "ok", phoneB1: 404 },
    body: (w) => ({ data: { scanId: randomUUID(), code: w.secrets.badgeCode, scannedAt: new Date().toISOString() } }),
  },

  "GET /me/[token]": { answers: { ...all("own"), anonymous: 404, attendee1: "ok" }, shows: (w) => w.a.attendees[0]!.firstName },
  "GET /me/[token]/receipts/[consentId]": { answers: attendeeReceipt, shows: partnerA1 },
  "GET /me/[token]/receipts/[consentId]/json": { answers: attendeeReceipt, shows: partnerA1 },
};

/** The route's path with the owner's objects; `ownEvent` puts the actor's own event where the path names one (organizer B's mixed ids). */
export function fillPath(route: string, w: RoleWorld, actor: ActorName, ownEvent = false): string {
  const token = route.startsWith("/me/") ? w.actors[actor].meToken : route.startsWith("/pair/") ? w.pairToken : route.startsWith("/join/") ? w.joinToken : w.inviteToken;
  const values: Record<string, string | number> = {
    eventId: ownEvent ? w.b.eventId : w.a.eventId,
    partnerId: w.a.partners[0]!.id,
    attendeeId: w.a.attendees[0]!.id,
    consentId: w.consentA1,
    importId: w.importId,
    drawingId: w.a.drawingId,
    slug: w.a.slug,
    token,
  };
  return route.replace(/\[(\w+)\]/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for [${name}] in ${route}: add it to fillPath`);
    return String(values[name]);
  });
}

/**
 * Cross-object requests the table's one set of ids does not make: an actor with an id of the
 * right kind that is not theirs to see (another event's share, another attendee's decline).
 */
export const PROBES: { actor: ActorName; path: (w: RoleWorld) => string; answer: 404 }[] = [
  // Attendee 2's decline is no lead of A1's: walking consent ids teaches the phone nothing (decision 029).
  { actor: "phoneA1", path: (w) => `/booth/leads/${w.declineA1}`, answer: 404 },
  { actor: "phoneA1", path: (w) => `/booth/receipts/${w.consentB1}`, answer: 404 },
  { actor: "phoneA1", path: (w) => `/booth/receipts/${w.consentB1}/json`, answer: 404 },
  { actor: "attendee1", path: (w) => `/me/${w.actors.attendee1.meToken}/receipts/${w.consentB1}`, answer: 404 },
  { actor: "attendee1", path: (w) => `/me/${w.actors.attendee1.meToken}/receipts/${w.consentB1}/json`, answer: 404 },
  { actor: "organizerA", path: (w) => `/events/${w.a.eventId}/receipts/${w.consentB1}`, answer: 404 },
  { actor: "organizerA", path: (w) => `/events/${w.b.eventId}/receipts/${w.consentB1}/json`, answer: 404 },
  { actor: "organizerA", path: (w) => `/events/${w.b.eventId}/import/${w.importId}`, answer: 404 },
  // Another event's attendee under the organizer's own event id, and under its own.
  { actor: "organizerA", path: (w) => `/events/${w.a.eventId}/attendees/${w.b.attendees[0]!.id}`, answer: 404 },
  { actor: "organizerA", path: (w) => `/events/${w.b.eventId}/attendees/${w.b.attendees[0]!.id}`, answer: 404 },
];
