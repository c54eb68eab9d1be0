// The world of the role × route test (e2e/role-route.spec.ts, docs/decisions/034): two events
// with partners, attendees, shares and declines, an import, a drawing, pairing and invitation
// links, and the nine kinds of actor the pen test of issue 13 used plus three partner team members, each with its credentials.
// Everything is made through lib/ (the fixtures) against the server's own database file.
import "./world"; // first: it points the test process at the server's database file
import { randomUUID } from "node:crypto";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { createInvite } from "@/lib/auth/invites";
import { OPERATOR } from "@/lib/auth/actor";
import { createSession } from "@/lib/auth/sessions";
import { fixtureBytes, importBytes, EVENTBRITE } from "@/lib/attendees/import/import-test-helpers";
import { revokeDevice } from "@/lib/devices/devices";
import { createPairingLink } from "@/lib/devices/pairing";
import { addOrganizerToEvent } from "@/lib/events/events";
import { listMyPartners } from "@/lib/consent/my-decisions";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { freezeDrawing } from "@/lib/drawing/freeze-drawing";
import { openScan } from "@/lib/scans/open-scan";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeEvent, makeOrganizer, makePartnerMember, openAgreementGate, type TestEvent } from "@/lib/test/fixtures";
import { invitePartnerMember } from "@/lib/partners/team";
import { addEndpoint } from "@/lib/webhooks/endpoints";

export const ACTORS = [
  "anonymous",
  "organizerA",
  "organizerB",
  "phoneA1",
  "phoneA2",
  "phoneB1",
  "revokedA1",
  "attendee1",
  "attendee2",
  // Partner teams (decision 036): A1's admin and member, and a member of A2 (another partner of the same event); both partners accepted the agreement.
  "partnerAdminA1",
  "partnerMemberA1",
  "partnerMemberA2",
] as const;
export type ActorName = (typeof ACTORS)[number];

/** A well-formed personal token that opens nothing: the one bad token the test sends, as anonymous only. */
export const UNKNOWN_TOKEN = "u".repeat(43);

export type Credentials = {
  /** The session cookie the actor's browser sends, if any. */
  cookie?: string;
  /**
   * The personal link the actor holds, put where a route's path has [token] under /me. Attendees
   * hold their own; the signed-in actors hold attendee 2's (a link they were given), so they try
   * attendee 1's objects with a valid link and their cookie; anonymous holds none (UNKNOWN_TOKEN).
   * Bad tokens stay few: another part of issue 13 limits failed token attempts per IP.
   */
  meToken: string;
};

export type RoleWorld = {
  a: TestEvent;
  b: TestEvent;
  organizerAEmail: string;
  actors: Record<ActorName, Credentials>;
  /** Attendee 1 shared with partner A1: the object most rows aim at. */
  consentA1: number;
  /** Attendee 2 declined partner A1. */
  declineA1: number;
  consentB1: number;
  importId: number;
  pairToken: string;
  inviteToken: string;
  /** An invitation to partner A1's team (/join/[token]). */
  joinToken: string;
  /** What the actions aim at, besides the objects above (e2e/support/action-inputs.ts). */
  more: {
    /** Partner A1's notice in English, as its phone shows it. */
    noticeA1: Notice;
    /** Partner A2's notice as attendee 1's page shows it (attendee 1 declined A2 at the booth). */
    noticeA2: Notice;
    /** A scan phone A1 made a moment ago, its consent screen still open (attendee 1 shared with A1 before). */
    openScanA1: string;
    /** An open drawing with no closing time (to freeze) and one frozen an hour ago (to draw). */
    drawingToFreeze: number;
    drawingToDraw: number;
    /** A phone of A1 the organizer may revoke. */
    spareDeviceA1: number;
    /** A second organizer of event A, for organizer A to remove. */
    spareOrganizerA: number;
    /** Members of A1's team to remove: one for A1's admin, one for the organizer. */
    spareMembersA1: [number, number];
    /** A1's webhook endpoints (to localhost's discard port): one the actions rotate, pause and replay to, one they remove. */
    endpointsA1: [number, number];
  };
  /** Strings of attendee 1 and event A that must never reach an actor refused their objects. */
  secrets: { email: string; badgeCode: string; eventName: string; partnerA1: string };
};

type Notice = { noticeId: number; noticeSha256: string; language: string };

const organizerCookie = (userId: number) => `fairlead_organizer=${createSession({ kind: "organizer", userId }).token}`;
const deviceCookie = (token: string) => `fairlead_device=${token}`;

export async function makeRoleWorld(): Promise<RoleWorld> {
  const [orgA, orgB] = [await makeOrganizer(), await makeOrganizer()];
  const a = makeEvent({ organizer: orgA, partnerCount: 2, attendeeCount: 4 });
  const b = makeEvent({ organizer: orgB, partnerCount: 1, attendeeCount: 2 });
  const [pA1, pA2] = [a.partners[0]!.id, a.partners[1]!.id];
  const [att1, att2] = [a.attendees[0]!, a.attendees[1]!];

  const phoneA1 = makeDevice(a.eventId, pA1, "Phone A1");
  const phoneA2 = makeDevice(a.eventId, pA2, "Phone A2");
  const phoneB1 = makeDevice(b.eventId, b.partners[0]!.id, "Phone B1");
  const revoked = makeDevice(a.eventId, pA1, "Revoked A1");
  revokeDevice(OPERATOR, a.eventId, revoked.deviceId);

  const consentA1 = decideAtBooth(phoneA1, att1.badgeCode, "share").result.consentId;
  const declineA1 = decideAtBooth(phoneA1, att2.badgeCode, "decline").result.consentId;
  decideAtBooth(phoneA2, att2.badgeCode, "share");
  decideAtBooth(phoneA2, att1.badgeCode, "decline");
  const consentB1 = decideAtBooth(phoneB1, b.attendees[0]!.badgeCode, "share").result.consentId;

  const { importId } = await importBytes(OPERATOR, a.eventId, fixtureBytes(EVENTBRITE), EVENTBRITE);
  const pairToken = createPairingLink(OPERATOR, a.eventId, pA1).token;
  const inviteToken = createInvite(OPERATOR, a.eventId, { email: `invitee-${a.slug}@example.com` }).path.split("/").pop()!;

  const screen = openScan(phoneA1, { scanId: randomUUID(), code: att1.badgeCode, scannedAt: new Date() });
  const shownA1 = screen.notices.find((n) => n.language === "en")!;
  const met = listMyPartners(attendeeFromToken(att1.personalToken)!).find((m) => m.partner.id === pA2)!;
  const shownA2 = met.notices.find((n) => n.language === "en")!;
  const openScanA1 = randomUUID();
  openScan(phoneA1, { scanId: openScanA1, code: att1.badgeCode, scannedAt: new Date() });
  const drawing = { name: "Role matrix", prize: "A mug", minFraction: 0.5 };
  const drawingToFreeze = createDrawing(OPERATOR, a.eventId, drawing).id;
  const hourAgo = new Date(Date.now() - 3_600_000);
  const drawingToDraw = createDrawing(OPERATOR, a.eventId, drawing, hourAgo).id;
  freezeDrawing(OPERATOR, a.eventId, drawingToDraw, hourAgo);
  const spareDeviceA1 = makeDevice(a.eventId, pA1, "Spare A1").deviceId;
  const spareOrganizerA = (await makeOrganizer()).userId;
  addOrganizerToEvent(OPERATOR, a.eventId, spareOrganizerA);
  const [adminA1, memberA1, adminA2, memberA2] = [
    await makePartnerMember(a.eventId, pA1, "admin"),
    await makePartnerMember(a.eventId, pA1, "member"),
    await makePartnerMember(a.eventId, pA2, "admin"),
    await makePartnerMember(a.eventId, pA2, "member"),
  ];
  openAgreementGate(adminA1);
  openAgreementGate(adminA2);
  const spareMembersA1: [number, number] = [(await makePartnerMember(a.eventId, pA1, "member")).userId, (await makePartnerMember(a.eventId, pA1, "member")).userId];
  const endpointsA1: [number, number] = [
    (await addEndpoint(adminA1, a.eventId, pA1, { url: "http://localhost:9/kept" })).id,
    (await addEndpoint(adminA1, a.eventId, pA1, { url: "http://localhost:9/spare" })).id,
  ];
  const joinToken = invitePartnerMember(OPERATOR, a.eventId, pA1, { email: `joiner-${a.slug}@example.com`, role: "member" }).path.split("/").pop()!;
  const notice = (n: typeof shownA1): Notice => ({ noticeId: n.noticeId, noticeSha256: n.sha256, language: n.language });

  const held = att2.personalToken;
  const actors: Record<ActorName, Credentials> = {
    anonymous: { meToken: UNKNOWN_TOKEN },
    organizerA: { cookie: organizerCookie(orgA.userId), meToken: held },
    organizerB: { cookie: organizerCookie(orgB.userId), meToken: held },
    phoneA1: { cookie: deviceCookie(phoneA1.sessionToken), meToken: held },
    phoneA2: { cookie: deviceCookie(phoneA2.sessionToken), meToken: held },
    phoneB1: { cookie: deviceCookie(phoneB1.sessionToken), meToken: held },
    revokedA1: { cookie: deviceCookie(revoked.sessionToken), meToken: held },
    attendee1: { meToken: att1.personalToken },
    attendee2: { meToken: att2.personalToken },
    partnerAdminA1: { cookie: `fairlead_organizer=${adminA1.sessionToken}`, meToken: held },
    partnerMemberA1: { cookie: `fairlead_organizer=${memberA1.sessionToken}`, meToken: held },
    partnerMemberA2: { cookie: `fairlead_organizer=${memberA2.sessionToken}`, meToken: held },
  };
  return {
    a,
    b,
    organizerAEmail: orgA.email,
    actors,
    consentA1,
    declineA1,
    consentB1,
    importId,
    pairToken,
    inviteToken,
    joinToken,
    more: { noticeA1: notice(shownA1), noticeA2: notice(shownA2), openScanA1, drawingToFreeze, drawingToDraw, spareDeviceA1, spareOrganizerA, spareMembersA1, endpointsA1 },
    secrets: { email: att1.email, badgeCode: att1.badgeCode, eventName: `Event ${a.slug}`, partnerA1: a.partners[0]!.name },
  };
}
